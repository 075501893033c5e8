using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.ExceptionServices;
using static System.FormattableString;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// Scores and ranks schools by a <see cref="Methodology"/> (docs/design.md#73-bands-and-ranking). Pure: the same
/// methodology, year and inputs give the same result, in the same order.
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

        // National scale (40,000 schools) has a budget of 100 ms (docs/performance.md): schools are
        // evaluated in parallel (pure and independent) and the order is sorted in parallel. The
        // result does not depend on it: the sort's last key (input order) makes the order total, and
        // of several invalid inputs the first in input order is the one reported, as it would be
        // sequentially, as its own exception (not an AggregateException).
        var evaluated = new (string School, int Index, OrderedDictionary<string, int> Points, int Total)[schools.Count];
        var failures = new Exception?[schools.Count];
        Parallel.For(0, schools.Count, index =>
        {
            try
            {
                var school = schools[index];
                var outcomes = Evaluate(methodology, campaignYear, school, index, explain: false);
                var points = new OrderedDictionary<string, int>(outcomes.Count, StringComparer.Ordinal);
                long sum = 0;
                foreach (var (indicator, outcome) in outcomes)
                {
                    points.Add(indicator.Code, outcome.Points);
                    sum += outcome.Points;
                }
                evaluated[index] = (school!.School, index, points, (int)Math.Clamp(sum, int.MinValue, int.MaxValue));
            }
            catch (ArgumentException e)
            {
                failures[index] = e;
            }
        });
        if (Array.Find(failures, e => e is not null) is { } failure)
            ExceptionDispatchInfo.Capture(failure).Throw();

        var scored = evaluated
            .AsParallel()
            .OrderByDescending(school => school.Total)
            .ThenBy(school => school.School, RussianNames)
            .ThenBy(school => school.School, StringComparer.Ordinal)
            .ThenBy(school => school.Index)
            .ToList();

        var result = new List<SchoolScore>(scored.Count);
        var bands = new Dictionary<int, string>();
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
                bands.TryGetValue(school.Total, out var band) ? band : bands[school.Total] = methodology.BandFor(school.Total).Code,
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
        return Evaluate(methodology, campaignYear, school, 0, explain: true)
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
        Methodology methodology, int campaignYear, SchoolInputs? school, int index, bool explain)
    {
        if (school is null)
            throw new ArgumentException(Invariant($"Школа №{index + 1} не задана."), nameof(school));
        if (string.IsNullOrWhiteSpace(school.School))
            throw new ArgumentException(Invariant($"Школа №{index + 1}: не указано название."), nameof(school));

        var name = school.School;
        if (school.Inputs is null)
            throw new ArgumentException(Invariant($"Школа «{name}»: нет данных по показателям."), nameof(school));
        foreach (var code in school.Inputs.Keys)
        {
            if (methodology.Indicator(code) is null)
                throw new ArgumentException(Invariant($"Школа «{name}»: показателя «{code}» нет в методике."), nameof(school));
        }

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

            outcomes.Add((indicator, indicator.Rule.Evaluate(indicator, campaignYear, name, input, explain)));
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
