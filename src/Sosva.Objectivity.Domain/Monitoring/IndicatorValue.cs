using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Schools;
using static System.FormattableString;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// The raw input of one indicator for one school in one campaign (never points: points are computed).
/// Which fields are used follows from the indicator's <see cref="IndicatorInputKind"/>.
/// </summary>
/// <remarks>
/// A list of forms or events (P1, P2) is kept as three counts — on time without errors, on time with
/// errors, late — because that is all the rule looks at (an item earns a point only on time and
/// without errors; only a late item is a missed deadline), and a methodologist copies counts from
/// ФИС ОКО rather than ticking twenty rows. A list of checks (P3) is kept as two counts likewise.
/// P4 is not entered here: it is read from the bias lists (<see cref="BiasListEntry"/>).
/// Who entered the value and when are the <see cref="ITracked"/> stamps.
/// </remarks>
public class IndicatorValue : ITracked, IVersioned
{
    /// <summary>More items than this in one list is a typo, not a school (and keeps the expanded list small).</summary>
    public const int MaximumCount = 1000;

    public int Id { get; set; }
    public int CampaignId { get; set; }
    public MonitoringCampaign? Campaign { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public string IndicatorCode { get; set; } = "";

    /// <summary>Timeliness: items on time and without errors.</summary>
    public int? OnTimeCount { get; set; }

    /// <summary>Timeliness: items on time but with errors.</summary>
    public int? WithErrorsCount { get; set; }

    /// <summary>Timeliness: items late (missed deadlines), with or without errors.</summary>
    public int? LateCount { get; set; }

    /// <summary>Confirmation: checks confirmed.</summary>
    public int? ConfirmedCount { get; set; }

    /// <summary>Confirmation: checks not confirmed.</summary>
    public int? NotConfirmedCount { get; set; }

    /// <summary>Choice: the code of the chosen option.</summary>
    public string? OptionCode { get; set; }

    /// <summary>Checklist: the codes of the items present.</summary>
    public List<string> CheckedItems { get; set; } = [];

    /// <summary>A link to the evidence (a page of the school's site, a document).</summary>
    public string? EvidenceUrl { get; set; }

    public string? Comment { get; set; }

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Whether every field the indicator needs is filled.</summary>
    public bool IsComplete(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.InputKind switch
        {
            IndicatorInputKind.TimelinessList => OnTimeCount is not null && WithErrorsCount is not null && LateCount is not null,
            IndicatorInputKind.ConfirmationList => ConfirmedCount is not null && NotConfirmedCount is not null,
            IndicatorInputKind.Choice => !string.IsNullOrEmpty(OptionCode),
            IndicatorInputKind.Checklist => true,
            _ => false,
        };
    }

    /// <summary>The engine's input; null when incomplete. P4 (bias lists) is never built from a value.</summary>
    public IndicatorInput? ToInput(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!IsComplete(indicator))
            return null;
        return indicator.InputKind switch
        {
            IndicatorInputKind.TimelinessList => new TimelinessInput(
            [
                .. Enumerable.Repeat(new TimelinessItem(OnTime: true, WithErrors: false), OnTimeCount!.Value),
                .. Enumerable.Repeat(new TimelinessItem(OnTime: true, WithErrors: true), WithErrorsCount!.Value),
                .. Enumerable.Repeat(new TimelinessItem(OnTime: false, WithErrors: false), LateCount!.Value),
            ]),
            IndicatorInputKind.ConfirmationList => new ConfirmationInput(
                [.. Enumerable.Repeat(true, ConfirmedCount!.Value), .. Enumerable.Repeat(false, NotConfirmedCount!.Value)]),
            IndicatorInputKind.Choice => new ChoiceInput(OptionCode!),
            IndicatorInputKind.Checklist => new ChecklistInput(CheckedItems.ToArray()),
            _ => null,
        };
    }

    /// <summary>Problems with the value, in Russian, each naming the field; empty when the value can be saved.</summary>
    public IReadOnlyList<string> Validate(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var errors = new List<string>();
        switch (indicator.Rule)
        {
            case TimelinessRule:
                Count(OnTimeCount, FieldNames.OnTime, errors);
                Count(WithErrorsCount, FieldNames.WithErrors, errors);
                Count(LateCount, FieldNames.Late, errors);
                break;
            case ConfirmationRule:
                Count(ConfirmedCount, FieldNames.Confirmed, errors);
                Count(NotConfirmedCount, FieldNames.NotConfirmed, errors);
                break;
            case ChoiceRule choice:
                if (string.IsNullOrEmpty(OptionCode))
                    errors.Add("«" + FieldNames.Option + "»: не выбран вариант.");
                else if (choice.Option(OptionCode) is null)
                    errors.Add(Invariant($"«{FieldNames.Option}»: неизвестный вариант «{OptionCode}»."));
                break;
            case ChecklistRule checklist:
                foreach (var code in CheckedItems.Where(code => checklist.Item(code) is null))
                    errors.Add(Invariant($"«{FieldNames.Items}»: неизвестный пункт «{code}»."));
                break;
            default:
                errors.Add("Этот показатель не вводится вручную: он берётся из перечней Рособрнадзора.");
                break;
        }
        return errors;
    }

    /// <summary>A short Russian description for the data-entry grid, e.g. «в срок 18, с ошибками 0, с нарушением срока 2».</summary>
    public string Describe(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!IsComplete(indicator))
            return "не заполнено";
        return indicator.Rule switch
        {
            TimelinessRule => Invariant($"в срок {OnTimeCount}, с ошибками {WithErrorsCount}, с нарушением срока {LateCount}"),
            ConfirmationRule => Invariant($"подтверждено {ConfirmedCount} из {ConfirmedCount + NotConfirmedCount}"),
            ChoiceRule choice => choice.Option(OptionCode!)?.Title ?? OptionCode!,
            ChecklistRule checklist => CheckedItems.Count == 0
                ? "ничего не отмечено"
                : string.Join("; ", checklist.Items.Where(item => CheckedItems.Contains(item.Code)).Select(item => item.Title)),
            _ => "",
        };
    }

    private static void Count(int? value, string field, List<string> errors)
    {
        if (value is null)
            errors.Add("«" + field + "»: не указано число.");
        else if (value < 0)
            errors.Add(Invariant($"«{field}»: число не может быть отрицательным ({value})."));
        else if (value > MaximumCount)
            errors.Add(Invariant($"«{field}»: слишком большое число ({value}), не больше {MaximumCount}."));
    }

    /// <summary>Russian names of the fields, shared by the form, the template and the messages.</summary>
    public static class FieldNames
    {
        public const string OnTime = "в срок и без ошибок";
        public const string WithErrors = "в срок, но с ошибками";
        public const string Late = "с нарушением срока";
        public const string Confirmed = "подтверждено";
        public const string NotConfirmed = "не подтверждено";
        public const string Option = "вариант";
        public const string Items = "пункты";
    }
}
