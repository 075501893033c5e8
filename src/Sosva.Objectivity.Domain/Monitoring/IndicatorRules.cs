using System.Text;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// How an indicator turns its input into points. The parameters are data, so a municipality can
/// change them in a copy of a methodology (<c>rule with { Penalty = 2 }</c>); the set of rule kinds is closed.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TimelinessRule), "timeliness")]
[JsonDerivedType(typeof(ConfirmationRule), "confirmation")]
[JsonDerivedType(typeof(BiasListRule), "biasList")]
[JsonDerivedType(typeof(ChoiceRule), "choice")]
[JsonDerivedType(typeof(ChecklistRule), "checklist")]
public abstract record IndicatorRule
{
    private protected IndicatorRule()
    {
    }

    [JsonIgnore]
    public abstract IndicatorInputKind InputKind { get; }

    /// <summary>The most points the rule can give before the cap, or null when unbounded (lists).</summary>
    internal abstract long? BestPoints { get; }

    internal abstract void Validate(IndicatorDefinition indicator, List<string> errors);

    /// <summary>
    /// Points, already capped at the maximum, and — when <paramref name="explain"/> — a Russian explanation
    /// (empty otherwise: ranking 40,000 schools should not format 280,000 sentences nobody reads). Input is of the right kind.
    /// </summary>
    internal abstract IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain);

    private protected static string Label(IndicatorDefinition indicator) => "Показатель " + indicator.Code + ": ";

    /// <summary>«5 баллов» or «5 × 2 = 10 баллов».</summary>
    private protected static string Product(long count, int perItem, long product) =>
        perItem == 1 ? RussianText.Points(Clamp(product)) : Invariant($"{count} × {perItem} = {RussianText.Points(Clamp(product))}");

    private protected static string Capped(long earned, int maximum) =>
        earned > maximum ? Invariant($", больше максимума — засчитано {RussianText.Points(maximum)}") : "";

    private protected static string Total(int points, int maximum) =>
        Invariant($" Итого: {RussianText.Points(points)} из {maximum}.");

    private protected static int Clamp(long value) => (int)Math.Clamp(value, int.MinValue, int.MaxValue);
}

internal sealed record IndicatorOutcome(int Points, string Explanation);

/// <summary>
/// P1, P2: points for every item on time and without errors, capped at the maximum; then, if
/// deadlines were missed more than <see cref="PenaltyThreshold"/> times, <see cref="Penalty"/> is taken once.
/// </summary>
/// <remarks>
/// Only a late item is a missed deadline («нарушение сроков»); an item on time with errors earns
/// nothing but is no missed deadline. The penalty comes after the cap, so it still bites a school
/// with more good items than the maximum (seed 004, item 8; docs/design.md#72-indicators).
/// </remarks>
/// <param name="PointsPerGoodItem">Points for an item on time and without errors (1 in seed 004).</param>
/// <param name="Penalty">Points taken once when too many deadlines were missed (1 in seed 004: «минус 1»).</param>
/// <param name="PenaltyThreshold">The penalty applies when missed deadlines exceed this count («более 2-х раз»: 2).</param>
public sealed record TimelinessRule(int PointsPerGoodItem, int Penalty, int PenaltyThreshold) : IndicatorRule
{
    [JsonIgnore]
    public override IndicatorInputKind InputKind => IndicatorInputKind.TimelinessList;

    internal override long? BestPoints => PointsPerGoodItem > 0 ? null : 0;

    internal override void Validate(IndicatorDefinition indicator, List<string> errors)
    {
        if (PointsPerGoodItem < 0)
            errors.Add(Label(indicator) + Invariant($"баллы за элемент в срок и без ошибок не могут быть отрицательными ({RussianText.Number(PointsPerGoodItem)})."));
        if (Penalty < 0)
            errors.Add(Label(indicator) + Invariant($"штраф задаётся положительным числом баллов, которые вычитаются ({RussianText.Number(Penalty)})."));
        if (PenaltyThreshold < 0)
            errors.Add(Label(indicator) + Invariant($"порог штрафа (число пропусков сроков) не может быть отрицательным ({RussianText.Number(PenaltyThreshold)})."));
    }

    internal override IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain)
    {
        var items = ((TimelinessInput)input).Items;
        // Plain loops: a national campaign evaluates this 80,000 times (docs/performance.md).
        var (good, missed) = (0, 0);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsGood) good++;
            if (!items[i].OnTime) missed++;
        }
        var earned = (long)good * PointsPerGoodItem;
        var capped = Math.Min(earned, indicator.Maximum);
        var penalized = missed > PenaltyThreshold;
        var points = Clamp(capped - (penalized ? Penalty : 0));
        if (!explain)
            return new IndicatorOutcome(points, "");

        var text = new StringBuilder()
            .Append(Invariant($"В срок и без ошибок: {good} из {items.Count} → {Product(good, PointsPerGoodItem, earned)}"))
            .Append(Capped(earned, indicator.Maximum))
            .Append(Invariant($". Пропусков сроков: {missed}"))
            .Append(penalized
                ? Invariant($" — больше {PenaltyThreshold}, {RussianText.Points(-Penalty)} один раз.")
                : missed > 0 ? Invariant($" — не больше {PenaltyThreshold}, без штрафа.") : ".")
            .Append(Total(points, indicator.Maximum));
        return new IndicatorOutcome(points, text.ToString());
    }
}

/// <summary>P3: points for every confirmed check, capped at the maximum.</summary>
/// <param name="PointsPerConfirmedCheck">2 in seed 004.</param>
public sealed record ConfirmationRule(int PointsPerConfirmedCheck) : IndicatorRule
{
    [JsonIgnore]
    public override IndicatorInputKind InputKind => IndicatorInputKind.ConfirmationList;

    internal override long? BestPoints => PointsPerConfirmedCheck > 0 ? null : 0;

    internal override void Validate(IndicatorDefinition indicator, List<string> errors)
    {
        if (PointsPerConfirmedCheck < 0)
            errors.Add(Label(indicator) + Invariant($"баллы за подтверждённую проверку не могут быть отрицательными ({RussianText.Number(PointsPerConfirmedCheck)})."));
    }

    internal override IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain)
    {
        var checks = ((ConfirmationInput)input).Checks;
        var confirmed = 0;
        for (var i = 0; i < checks.Count; i++)
        {
            if (checks[i]) confirmed++;
        }
        var earned = (long)confirmed * PointsPerConfirmedCheck;
        var points = Clamp(Math.Min(earned, indicator.Maximum));
        if (!explain)
            return new IndicatorOutcome(points, "");

        var text = Invariant($"Подтверждено: {confirmed} из {checks.Count} → {Product(confirmed, PointsPerConfirmedCheck, earned)}")
            + Capped(earned, indicator.Maximum) + "." + Total(points, indicator.Maximum);
        return new IndicatorOutcome(points, text);
    }
}

/// <summary>
/// P4: looks at the list of the reference year and of the year before it. Not on the reference
/// year's list: <see cref="NotOnList"/>; on it: <see cref="OnList"/>; on it and on the year
/// before's list too («в течение 2-х лет и более»): <see cref="OnListTwoYearsRunning"/>.
/// </summary>
public sealed record BiasListRule(int NotOnList, int OnList, int OnListTwoYearsRunning) : IndicatorRule
{
    [JsonIgnore]
    public override IndicatorInputKind InputKind => IndicatorInputKind.BiasListHistory;

    internal override long? BestPoints => NotOnList;

    internal override void Validate(IndicatorDefinition indicator, List<string> errors)
    {
        if (NotOnList < OnList || OnList < OnListTwoYearsRunning)
        {
            errors.Add(Label(indicator) + "баллы должны убывать: нет в перечне ≥ в перечне ≥ в перечне два года подряд "
                + Invariant($"(сейчас {RussianText.Number(NotOnList)}, {RussianText.Number(OnList)}, {RussianText.Number(OnListTwoYearsRunning)})."));
        }

        if (NotOnList > indicator.Maximum)
            errors.Add(Label(indicator) + Invariant($"баллы за отсутствие в перечне ({NotOnList}) больше максимума ({indicator.Maximum})."));
    }

    internal override IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain)
    {
        var years = ((BiasListInput)input).YearsOnList;
        var reference = indicator.ReferenceYear(campaignYear);
        var before = reference - 1;
        var onReference = years.Contains(reference);
        var onBefore = years.Contains(before);
        if (!explain)
            return new IndicatorOutcome(Math.Min(onReference ? (onBefore ? OnListTwoYearsRunning : OnList) : NotOnList, indicator.Maximum), "");
        var r = RussianText.Year(reference);
        var b = RussianText.Year(before);

        var (earned, text) = (onReference, onBefore) switch
        {
            (false, false) => (NotOnList, Invariant($"ОО нет в перечне {r} года → {RussianText.Points(NotOnList)}.")),
            (false, true) => (NotOnList, Invariant($"ОО нет в перечне {r} года (в перечне {b} года была) → {RussianText.Points(NotOnList)}.")),
            (true, false) => (OnList, Invariant($"ОО в перечне {r} года, в перечне {b} года её нет → {RussianText.Points(OnList)}.")),
            (true, true) => (OnListTwoYearsRunning,
                Invariant($"ОО в перечнях {r} и {b} годов, два года подряд → {RussianText.Points(OnListTwoYearsRunning)}.")),
        };
        var points = Math.Min(earned, indicator.Maximum);
        return new IndicatorOutcome(points, text + Total(points, indicator.Maximum));
    }
}

/// <summary>One answer of a <see cref="ChoiceRule"/>.</summary>
/// <param name="Code">Stable code, the value in the JSON contract («all», «partial», «none»).</param>
/// <param name="Title">Russian wording shown in the UI.</param>
public sealed record ChoiceOption(string Code, string Title, int Points);

/// <summary>P5, P6: the chosen option's points.</summary>
public sealed record ChoiceRule(IReadOnlyList<ChoiceOption> Options) : IndicatorRule
{
    [JsonIgnore]
    public override IndicatorInputKind InputKind => IndicatorInputKind.Choice;

    internal override long? BestPoints => Options is { Count: > 0 } ? Options.Max(option => option?.Points ?? 0) : 0;

    public ChoiceOption? Option(string code)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Code, code, StringComparison.Ordinal)) return Options[i];
        }
        return null;
    }

    internal override void Validate(IndicatorDefinition indicator, List<string> errors)
    {
        if (Options is not { Count: > 0 })
        {
            errors.Add(Label(indicator) + "не заданы варианты ответа.");
            return;
        }

        NamedEntries.Validate(Label(indicator), "вариант", Options.Select<ChoiceOption, (string?, string?, int)?>(o => o is null ? null : (o.Code, o.Title, o.Points)).ToList(), errors);
        foreach (var option in Options.Where(o => o is not null && o.Points > indicator.Maximum))
            errors.Add(Label(indicator) + Invariant($"вариант «{option.Code}» даёт {option.Points}, больше максимума ({indicator.Maximum})."));
    }

    internal override IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain)
    {
        var code = ((ChoiceInput)input).OptionCode;
        var option = Option(code) ?? throw new ArgumentException(
            Invariant($"Школа «{school}», показатель {indicator.Code}: неизвестный вариант «{code}»; допустимые: ")
            + string.Join(", ", Options.Select(o => o.Code)) + ".", nameof(input));
        var points = Math.Min(option.Points, indicator.Maximum);
        if (!explain)
            return new IndicatorOutcome(points, "");
        var text = Invariant($"Выбрано: «{option.Title}» → {RussianText.Points(option.Points)}.") + Total(points, indicator.Maximum);
        return new IndicatorOutcome(points, text);
    }
}

/// <summary>One item of a <see cref="ChecklistRule"/>.</summary>
/// <param name="Code">Stable code, the key in the JSON contract («publicInfo», «vprSchedule»…).</param>
/// <param name="Title">Russian wording shown in the UI.</param>
public sealed record ChecklistItem(string Code, string Title, int Points);

/// <summary>P7: the sum of the points of the items present, capped at the maximum.</summary>
public sealed record ChecklistRule(IReadOnlyList<ChecklistItem> Items) : IndicatorRule
{
    [JsonIgnore]
    public override IndicatorInputKind InputKind => IndicatorInputKind.Checklist;

    internal override long? BestPoints => Items is null ? 0 : Items.Sum(item => (long)(item?.Points ?? 0));

    public ChecklistItem? Item(string code)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (string.Equals(Items[i].Code, code, StringComparison.Ordinal)) return Items[i];
        }
        return null;
    }

    internal override void Validate(IndicatorDefinition indicator, List<string> errors)
    {
        if (Items is not { Count: > 0 })
        {
            errors.Add(Label(indicator) + "не заданы пункты.");
            return;
        }

        NamedEntries.Validate(Label(indicator), "пункт", Items.Select<ChecklistItem, (string?, string?, int)?>(i => i is null ? null : (i.Code, i.Title, i.Points)).ToList(), errors);
    }

    internal override IndicatorOutcome Evaluate(IndicatorDefinition indicator, int campaignYear, string school, IndicatorInput input, bool explain)
    {
        var checkedCodes = ((ChecklistInput)input).CheckedItems;
        for (var i = 0; i < checkedCodes.Count; i++)
        {
            var code = checkedCodes[i];
            if (Item(code) is not null) continue;
            throw new ArgumentException(
                Invariant($"Школа «{school}», показатель {indicator.Code}: неизвестный пункт «{code}»; допустимые: ")
                + string.Join(", ", Items.Select(i => i.Code)) + ".", nameof(input));
        }

        long earned = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            for (var k = 0; k < checkedCodes.Count; k++)
            {
                if (!string.Equals(checkedCodes[k], Items[i].Code, StringComparison.Ordinal)) continue;
                earned += Items[i].Points;
                break;
            }
        }
        var points = Clamp(Math.Min(earned, indicator.Maximum));
        if (!explain)
            return new IndicatorOutcome(points, "");
        var present = Items.Where(item => checkedCodes.Contains(item.Code, StringComparer.Ordinal)).ToList();
        var text = present.Count == 0
            ? Invariant($"Ничего не отмечено → {RussianText.Points(0)}.")
            : Invariant($"Отмечено {present.Count} из {Items.Count}: ")
                + string.Join(", ", present.Select(item => Invariant($"{item.Title} ({item.Points})")))
                + Invariant($" → {RussianText.Points(Clamp(earned))}") + Capped(earned, indicator.Maximum) + ".";
        return new IndicatorOutcome(points, text + Total(points, indicator.Maximum));
    }
}

/// <summary>Shared checks of choice options and checklist items.</summary>
internal static class NamedEntries
{
    public static void Validate(string label, string noun, IReadOnlyList<(string? Code, string? Title, int Points)?> entries, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                errors.Add(label + Invariant($"{noun} №{i + 1} не задан."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Code))
                errors.Add(label + Invariant($"{noun} №{i + 1}: не указан код."));
            else if (!seen.Add(entry.Code))
                errors.Add(label + Invariant($"код «{entry.Code}» повторяется."));
            if (string.IsNullOrWhiteSpace(entry.Title))
                errors.Add(label + Invariant($"{noun} «{entry.Code}»: не указано название."));
            if (entry.Points < 0)
                errors.Add(label + Invariant($"{noun} «{entry.Code}»: баллы не могут быть отрицательными ({RussianText.Number(entry.Points)})."));
        }
    }
}
