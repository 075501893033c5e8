using System.Collections.ObjectModel;
using System.Globalization;
using static System.FormattableString;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// Scores and ranks schools by a <see cref="Methodology"/> (DESIGN §5). Pure: the same methodology,
/// year and inputs give the same result, in the same order.
/// </summary>
public static class ObjectivityScoring
{
    /// <summary>
    /// Schools with equal totals are listed by name as Russian readers expect (ru-RU, ignoring case:
    /// «Ё» next to «Е»); ordinal order and then input order settle what the culture calls equal.
    /// </summary>
    private static readonly StringComparer RussianNames =
        StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), CompareOptions.IgnoreCase);

    /// <summary>
    /// Every school's points, total, band and competition rank («1, 2, 2, 4»), ordered by rank and,
    /// within a rank, by name.
    /// </summary>
    /// <exception cref="InvalidMethodologyException">The methodology fails <see cref="Methodology.Validate"/>.</exception>
    /// <exception cref="ArgumentException">An input is missing, of the wrong kind or names an unknown option or item.</exception>
    public static IReadOnlyList<SchoolScore> Score(Methodology methodology, int campaignYear, IReadOnlyList<SchoolInputs> schools)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        ArgumentNullException.ThrowIfNull(schools);
        methodology.EnsureValid();

        var scored = schools
            .Select((school, index) =>
            {
                var outcomes = Evaluate(methodology, campaignYear, school, index);
                var points = new OrderedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var (indicator, outcome) in outcomes)
                    points.Add(indicator.Code, outcome.Points);
                var total = (int)Math.Clamp(points.Values.Sum(value => (long)value), int.MinValue, int.MaxValue);
                return (School: school.School, Index: index, Points: points, Total: total);
            })
            .OrderByDescending(school => school.Total)
            .ThenBy(school => school.School, RussianNames)
            .ThenBy(school => school.School, StringComparer.Ordinal)
            .ThenBy(school => school.Index)
            .ToList();

        var result = new List<SchoolScore>(scored.Count);
        var rank = 0;
        for (var i = 0; i < scored.Count; i++)
        {
            var school = scored[i];
            if (i == 0 || school.Total != scored[i - 1].Total)
                rank = i + 1;
            result.Add(new SchoolScore(
                school.School,
                new ReadOnlyDictionary<string, int>(school.Points),
                school.Total,
                methodology.BandFor(school.Total).Code,
                rank));
        }

        return result.AsReadOnly();
    }

    /// <summary>A school's breakdown: for every indicator its points and a Russian explanation.</summary>
    /// <exception cref="InvalidMethodologyException">The methodology fails <see cref="Methodology.Validate"/>.</exception>
    /// <exception cref="ArgumentException">An input is missing, of the wrong kind or names an unknown option or item.</exception>
    public static IReadOnlyList<IndicatorExplanation> Explain(Methodology methodology, int campaignYear, SchoolInputs school)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        methodology.EnsureValid();
        return Evaluate(methodology, campaignYear, school, 0)
            .Select(pair => new IndicatorExplanation(
                pair.Indicator.Code,
                pair.Indicator.Title,
                pair.Indicator.ReferenceYear(campaignYear),
                pair.Outcome.Points,
                pair.Indicator.Maximum,
                pair.Outcome.Explanation))
            .ToList()
            .AsReadOnly();
    }

    private static List<(IndicatorDefinition Indicator, IndicatorOutcome Outcome)> Evaluate(
        Methodology methodology, int campaignYear, SchoolInputs? school, int index)
    {
        if (school is null)
            throw new ArgumentException(Invariant($"Школа №{index + 1} не задана."), nameof(school));
        if (string.IsNullOrWhiteSpace(school.School))
            throw new ArgumentException(Invariant($"Школа №{index + 1}: не указано название."), nameof(school));

        var name = school.School;
        if (school.Inputs is null)
            throw new ArgumentException(Invariant($"Школа «{name}»: нет данных по показателям."), nameof(school));
        foreach (var code in school.Inputs.Keys.Where(code => methodology.Indicator(code) is null))
            throw new ArgumentException(Invariant($"Школа «{name}»: показателя «{code}» нет в методике."), nameof(school));

        var outcomes = new List<(IndicatorDefinition, IndicatorOutcome)>(methodology.Indicators.Count);
        foreach (var indicator in methodology.Indicators)
        {
            if (!school.Inputs.TryGetValue(indicator.Code, out var input) || input is null || IsIncomplete(input))
                throw new ArgumentException(Invariant($"Школа «{name}»: нет данных по показателю {indicator.Code}."), nameof(school));
            if (input.Kind != indicator.InputKind)
            {
                throw new ArgumentException(
                    Invariant($"Школа «{name}», показатель {indicator.Code}: ожидаются данные вида {indicator.InputKind}, получены {input.Kind}."),
                    nameof(school));
            }

            outcomes.Add((indicator, indicator.Rule.Evaluate(indicator, campaignYear, name, input)));
        }

        return outcomes;
    }

    private static bool IsIncomplete(IndicatorInput input) => input switch
    {
        TimelinessInput timeliness => timeliness.Items is null,
        ConfirmationInput confirmation => confirmation.Checks is null,
        BiasListInput biasList => biasList.YearsOnList is null,
        ChoiceInput choice => choice.OptionCode is null,
        ChecklistInput checklist => checklist.CheckedItems is null,
        _ => true,
    };
}
