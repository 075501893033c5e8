namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>What was entered for one indicator of one school; the type matches the indicator's input kind.</summary>
public abstract record IndicatorInput
{
    private protected IndicatorInput()
    {
    }

    public abstract IndicatorInputKind Kind { get; }
}

/// <summary>One form (P1) or one event (P2): was it on time, did it contain errors.</summary>
public readonly record struct TimelinessItem(bool OnTime, bool WithErrors)
{
    /// <summary>Only an item on time and without errors earns points (seed 004, item 8).</summary>
    public bool IsGood => OnTime && !WithErrors;
}

/// <summary>Forms or events of a <see cref="IndicatorInputKind.TimelinessList"/> indicator.</summary>
public sealed record TimelinessInput(IReadOnlyList<TimelinessItem> Items) : IndicatorInput
{
    public override IndicatorInputKind Kind => IndicatorInputKind.TimelinessList;
}

/// <summary>Checks of a <see cref="IndicatorInputKind.ConfirmationList"/> indicator: true when confirmed.</summary>
public sealed record ConfirmationInput(IReadOnlyList<bool> Checks) : IndicatorInput
{
    public override IndicatorInputKind Kind => IndicatorInputKind.ConfirmationList;
}

/// <summary>Every year the school was on Rosobrnadzor's list; years the rule does not look at are ignored.</summary>
public sealed record BiasListInput(IReadOnlyList<int> YearsOnList) : IndicatorInput
{
    public override IndicatorInputKind Kind => IndicatorInputKind.BiasListHistory;
}

/// <summary>The code of the chosen option of a <see cref="IndicatorInputKind.Choice"/> indicator.</summary>
public sealed record ChoiceInput(string OptionCode) : IndicatorInput
{
    public override IndicatorInputKind Kind => IndicatorInputKind.Choice;
}

/// <summary>The codes of the items present at the school; a code listed twice counts once.</summary>
public sealed record ChecklistInput(IReadOnlyList<string> CheckedItems) : IndicatorInput
{
    public override IndicatorInputKind Kind => IndicatorInputKind.Checklist;
}

/// <summary>Everything entered for one school in one campaign.</summary>
/// <param name="School">The school's name as it should appear in the ranking.</param>
/// <param name="Inputs">Indicator code → input; every indicator of the methodology needs one.</param>
public sealed record SchoolInputs(string School, IReadOnlyDictionary<string, IndicatorInput> Inputs);
