using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

/// <summary>Inputs of one school for the Kazachinsko-Lensky preset, tweaked in tests with <c>with</c>.</summary>
internal sealed record KlSchool(
    string Name,
    IReadOnlyList<TimelinessItem> P1,
    IReadOnlyList<TimelinessItem> P2,
    IReadOnlyList<bool> P3,
    IReadOnlyList<int> BiasListYears,
    string P5,
    string P6,
    IReadOnlyList<string> P7)
{
    public static readonly TimelinessItem Ok = new(OnTime: true, WithErrors: false);
    public static readonly TimelinessItem Late = new(OnTime: false, WithErrors: false);
    public static readonly TimelinessItem OnTimeWithErrors = new(OnTime: true, WithErrors: true);
    public static readonly TimelinessItem LateWithErrors = new(OnTime: false, WithErrors: true);

    /// <summary>Nothing done, not on any list: only P4's 3 points.</summary>
    public static KlSchool Blank(string name) => new(name, [], [], [], [], "none", "none", []);

    /// <summary>Worked example «School A»
    /// (docs/design.md#74-worked-examples): 2 + 18 + 10 + 3 + 2 + 2 + 7 = 44.</summary>
    public static KlSchool A => new(
        "Школа А",
        P1: [Ok, Ok, Late],
        P2: Items(ok: 18, late: 2),
        P3: Checks(confirmed: 5, of: 6),
        BiasListYears: [],
        P5: "all",
        P6: "qualitative",
        P7: ["publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation"]);

    /// <summary>Worked example «School B»
    /// (docs/design.md#74-worked-examples): −1 + 14 + 4 − 10 + 1 + 1 + 3 = 12.</summary>
    public static KlSchool B => new(
        "Школа Б",
        P1: [Late, Late, Late],
        P2: Items(ok: 15, late: 5),
        P3: Checks(confirmed: 2, of: 6),
        BiasListYears: [2022, 2021],
        P5: "partial",
        P6: "statistical",
        P7: ["publicInfo", "vprSchedule"]);

    public static IReadOnlyList<TimelinessItem> Items(int ok, int late) =>
        [.. Enumerable.Repeat(Ok, ok), .. Enumerable.Repeat(Late, late)];

    public static IReadOnlyList<bool> Checks(int confirmed, int of) =>
        [.. Enumerable.Repeat(true, confirmed), .. Enumerable.Repeat(false, of - confirmed)];

    public SchoolInputs ToInputs() => new(Name, new Dictionary<string, IndicatorInput>
    {
        ["P1"] = new TimelinessInput(P1),
        ["P2"] = new TimelinessInput(P2),
        ["P3"] = new ConfirmationInput(P3),
        ["P4"] = new BiasListInput(BiasListYears),
        ["P5"] = new ChoiceInput(P5),
        ["P6"] = new ChoiceInput(P6),
        ["P7"] = new ChecklistInput(P7),
    });
}
