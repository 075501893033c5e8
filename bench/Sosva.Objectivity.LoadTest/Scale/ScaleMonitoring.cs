using System.Globalization;
using Npgsql;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>
/// Monitoring at scale: bias lists, every school's inputs for each campaign, and the results and addressed
/// recommendations computed by the same domain code as <see cref="Monitoring.CampaignComputation"/>
/// (scores, ranks, explanations, default templates), written with binary COPY.
/// </summary>
internal sealed class ScaleMonitoring(NpgsqlConnection connection, Methodology methodology, IReadOnlyList<ScaleDataSeeder.GridSchool> schools, int firstId)
{
    private int _nextId = firstId;

    public sealed record Counts(long Values, long Results, long Recommendations, long BiasEntries);

    /// <summary>Upper bound of the ids used: bias entries, inputs, results and recommendations of every campaign.</summary>
    public static long MaxRows(int schools, int campaigns) => (long)schools * (campaigns + 2 + campaigns * (1 + 2 * Methodologies.KazachinskoLensky2023.Indicators.Count));

    public Counts Copy(IReadOnlyList<(int Id, int Year)> campaigns, DateTimeOffset now)
    {
        if (campaigns.Count == 0) return new Counts(0, 0, 0, 0);
        var biasYears = CopyBiasLists(campaigns[0].Year - 2, campaigns[^1].Year - 1, now);
        long values = 0, results = 0, recommendations = 0;
        foreach (var (id, year) in campaigns)
        {
            var inputs = CopyInputs(id, year, biasYears, ref values);
            var (r, rec) = CopyResults(id, year, inputs);
            results += r;
            recommendations += rec;
        }
        return new Counts(values, results, recommendations, biasYears.Sum(y => y.Count));
    }

    /// <summary>Rosobrnadzor's lists: a few weak schools each year, and a school on a list tends to stay on the next.</summary>
    private List<int>[] CopyBiasLists(int fromYear, int toYear, DateTimeOffset now)
    {
        var years = new List<int>[schools.Count];
        using var copy = new BulkCopy(connection, "BiasListEntries", "Id", "Year", "SchoolId", "NameAsListed", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy");
        for (var i = 0; i < schools.Count; i++)
        {
            years[i] = [];
            var q = schools[i].Quality;
            for (var year = fromYear; year <= toYear; year++)
            {
                var p = years[i].Contains(year - 1) ? 0.45 : q < 0.3 ? 0.12 : q < 0.5 ? 0.02 : 0.002;
                if (ScaleDraw.Unit(0xB1A5, (ulong)i, (ulong)year) >= p) continue;
                years[i].Add(year);
                copy.Row().Int(_nextId++).Int(year).Int(schools[i].Id).Null()
                    .Time(now).Text(ScaleDataSeeder.Methodologist).Time(now).Text(ScaleDataSeeder.Methodologist);
            }
        }
        copy.Complete();
        return years;
    }

    private List<SchoolInputs> CopyInputs(int campaignId, int year, List<int>[] biasYears, ref long count)
    {
        var all = new List<SchoolInputs>(schools.Count);
        var entered = new DateTimeOffset(year, 5, 20, 6, 0, 0, TimeSpan.Zero);
        using var copy = new BulkCopy(connection, "IndicatorValues", "Id", "CampaignId", "SchoolId", "IndicatorCode", "OnTimeCount", "WithErrorsCount",
            "LateCount", "ConfirmedCount", "NotConfirmedCount", "OptionCode", "CheckedItems", "EvidenceUrl", "Comment", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy");
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            // The school's diligence drifts from year to year and slowly improves.
            var q = Math.Clamp(school.Quality + 0.2 * (ScaleDraw.Unit(0x9EA2, (ulong)i, (ulong)year) - 0.5) + 0.02 * (year % 10), 0, 1);
            var inputs = new Dictionary<string, IndicatorInput>(StringComparer.Ordinal);
            foreach (var indicator in methodology.Indicators)
            {
                if (indicator.InputKind == IndicatorInputKind.BiasListHistory)
                {
                    inputs[indicator.Code] = new BiasListInput(biasYears[i]);
                    continue;
                }
                var value = Value(indicator, q, (ulong)i, (ulong)year);
                inputs[indicator.Code] = value.ToInput(indicator)!;
                var by = indicator.SelfReported && school.Login is not null ? school.Login : ScaleDataSeeder.Methodologist;
                copy.Row().Int(_nextId++).Int(campaignId).Int(school.Id).Text(indicator.Code).Int(value.OnTimeCount).Int(value.WithErrorsCount)
                    .Int(value.LateCount).Int(value.ConfirmedCount).Int(value.NotConfirmedCount).Text(value.OptionCode).Texts([.. value.CheckedItems])
                    .Text(indicator.SelfReported ? string.Create(CultureInfo.InvariantCulture, $"https://school{i + 1}.edu.example/vpr") : null).Null()
                    .Time(entered).Text(by).Time(entered).Text(by);
            }
            all.Add(new SchoolInputs(school.ShortName, inputs));
        }
        count += copy.Complete();
        return all;
    }

    /// <summary>An input of the kind the indicator needs, better the more diligent the school.</summary>
    private static IndicatorValue Value(IndicatorDefinition indicator, double q, ulong school, ulong year)
    {
        var key = ScaleDraw.Hash(school, year, (ulong)indicator.Code.Aggregate(17L, (h, ch) => h * 31 + ch));
        var value = new IndicatorValue { IndicatorCode = indicator.Code };
        switch (indicator.Rule)
        {
            case TimelinessRule rule:
                var items = Math.Max(1, indicator.Maximum / Math.Max(1, rule.PointsPerGoodItem));
                int good = 0, late = 0;
                for (var k = 0; k < items; k++)
                {
                    var u = ScaleDraw.Unit(key, (ulong)k);
                    if (u < q) good++;
                    else if (u < q + (1 - q) * 0.5) late++;
                }
                (value.OnTimeCount, value.LateCount, value.WithErrorsCount) = (good, late, items - good - late);
                break;
            case ConfirmationRule rule:
                var checks = Math.Max(1, indicator.Maximum / Math.Max(1, rule.PointsPerConfirmedCheck));
                var confirmed = Enumerable.Range(0, checks).Count(k => ScaleDraw.Unit(key, (ulong)k) < 0.3 + 0.7 * q);
                (value.ConfirmedCount, value.NotConfirmedCount) = (confirmed, checks - confirmed);
                break;
            case ChoiceRule rule:
                var options = rule.Options.OrderByDescending(o => o.Points).ToList();
                var level = q + 0.3 * (ScaleDraw.Unit(key, 99) - 0.5);
                value.OptionCode = options[Math.Clamp((int)((1 - level) * options.Count), 0, options.Count - 1)].Code;
                break;
            case ChecklistRule rule:
                value.CheckedItems = [.. rule.Items.Where((item, k) => ScaleDraw.Unit(key, (ulong)k) < 0.2 + 0.75 * q).Select(item => item.Code)];
                break;
        }
        return value;
    }

    private (long Results, long Recommendations) CopyResults(int campaignId, int year, List<SchoolInputs> inputs)
    {
        var scores = ObjectivityScoring.Score(methodology, year, inputs);
        var index = inputs.Select((s, i) => (s.School, i)).ToDictionary(x => x.School, x => x.i, StringComparer.Ordinal);
        var recommendations = new List<(int School, string Code, string Text)>();
        long results;
        using (var copy = new BulkCopy(connection, "SchoolResults", "Id", "CampaignId", "SchoolId", "Points", "Explanations", "Total", "BandCode", "Rank"))
        {
            foreach (var score in scores)
            {
                var i = index[score.School];
                var lines = ObjectivityScoring.Explain(methodology, year, inputs[i]);
                copy.Row().Int(_nextId++).Int(campaignId).Int(schools[i].Id).Ints([.. methodology.Indicators.Select(x => score.Points[x.Code])])
                    .Texts([.. lines.Select(l => l.Explanation)]).Int(score.Total).Text(score.BandCode).Int(score.Rank);
                foreach (var line in lines.Where(l => l.Points < l.Maximum))
                    recommendations.Add((schools[i].Id, line.Code, RecommendationText.Fill(RecommendationText.Default(line.Code), line)));
            }
            results = copy.Complete();
        }
        var at = new DateTimeOffset(year, 6, 15, 4, 0, 0, TimeSpan.Zero);
        using (var copy = new BulkCopy(connection, "SchoolRecommendations", "Id", "CampaignId", "SchoolId", "IndicatorCode", "Text", "IsEdited",
                   "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy"))
        {
            foreach (var (school, code, text) in recommendations)
                copy.Row().Int(_nextId++).Int(campaignId).Int(school).Text(code).Text(text).Bool(false)
                    .Time(at).Text(HttpCurrentUser.System).Time(at).Text(HttpCurrentUser.System);
            copy.Complete();
        }
        return (results, recommendations.Count);
    }
}
