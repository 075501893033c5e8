using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

/// <summary>
/// Properties of scores and rankings over many random campaigns. The seed is fixed, so a failure
/// reproduces; the campaign index in the assertion message says which one.
/// </summary>
public class ObjectivityScoringPropertyTests
{
    private const int Year = 2023;
    private const int Campaigns = 300;
    private static readonly Methodology Kl = Methodologies.KazachinskoLensky2023;
    private static readonly string[] P5Options = ["all", "partial", "none"];
    private static readonly string[] P6Options = ["qualitative", "statistical", "none"];
    private static readonly string[] P7Items = ["publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation", "survey"];

    public static TheoryData<int> Seeds => [20230301, 49, 534];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_total_is_the_sum_of_the_points_and_no_indicator_exceeds_its_maximum(int seed)
    {
        foreach (var (index, _, scores) in RandomCampaigns(seed))
        {
            foreach (var score in scores)
            {
                score.Total.Should().Be(score.Points.Values.Sum(), "campaign {0}", index);
                score.Points.Keys.Should().Equal(Kl.Indicators.Select(i => i.Code), "campaign {0}", index);
                foreach (var indicator in Kl.Indicators)
                    score.Points[indicator.Code].Should().BeLessThanOrEqualTo(indicator.Maximum, "campaign {0}, {1}", index, indicator.Code);
                score.Total.Should().BeInRange(-12, 50, "campaign {0}", index);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Points_follow_the_rules_of_design_section_5(int seed)
    {
        foreach (var (index, schools, scores) in RandomCampaigns(seed))
        {
            foreach (var school in schools)
            {
                var score = scores.Single(s => s.School == school.Name);
                score.Points.Should().Equal(ExpectedPoints(school), "campaign {0}, {1}", index, school.Name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ranking_order_agrees_with_totals_and_ties_are_listed_by_name(int seed)
    {
        var names = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), System.Globalization.CompareOptions.IgnoreCase);
        foreach (var (index, _, scores) in RandomCampaigns(seed))
        {
            for (var i = 1; i < scores.Count; i++)
            {
                var (previous, current) = (scores[i - 1], scores[i]);
                current.Total.Should().BeLessThanOrEqualTo(previous.Total, "campaign {0}", index);
                if (current.Total == previous.Total)
                    names.Compare(previous.School, current.School).Should().BeNegative("campaign {0}", index);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_rank_is_one_more_than_the_number_of_schools_with_a_strictly_greater_total(int seed)
    {
        foreach (var (index, _, scores) in RandomCampaigns(seed))
        {
            foreach (var score in scores)
                score.Rank.Should().Be(1 + scores.Count(other => other.Total > score.Total), "campaign {0}", index);
            scores.GroupBy(s => s.Total).Should().OnlyContain(tie => tie.Select(s => s.Rank).Distinct().Count() == 1, "campaign {0}", index);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_band_follows_from_the_total_alone(int seed)
    {
        foreach (var (index, _, scores) in RandomCampaigns(seed))
        {
            foreach (var score in scores)
                score.BandCode.Should().Be(score.Total >= 40 ? "high" : score.Total >= 30 ? "sufficient" : "low", "campaign {0}", index);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_result_depends_neither_on_input_order_nor_on_the_other_schools(int seed)
    {
        var random = new Random(seed);
        foreach (var (index, schools, scores) in RandomCampaigns(seed))
        {
            var shuffled = schools.ToArray();
            random.Shuffle(shuffled);

            var again = ObjectivityScoring.Score(Kl, Year, [.. shuffled.Select(s => s.ToInputs())]);

            again.Select(Flat).Should().Equal(scores.Select(Flat), "campaign {0}", index);
            foreach (var school in schools.Take(3))
            {
                var alone = ObjectivityScoring.Score(Kl, Year, [school.ToInputs()]).Single();
                alone.Points.Should().Equal(scores.Single(s => s.School == school.Name).Points, "campaign {0}", index);
            }
        }
    }

    /// <summary>An independent statement of the preset's table (docs/design.md#72-indicators).</summary>
    private static Dictionary<string, int> ExpectedPoints(KlSchool school)
    {
        static int Timeliness(IReadOnlyList<TimelinessItem> items, int maximum) =>
            Math.Min(items.Count(i => i.OnTime && !i.WithErrors), maximum) - (items.Count(i => !i.OnTime) > 2 ? 1 : 0);

        var onLastYear = school.BiasListYears.Contains(Year - 1);
        var onYearBefore = school.BiasListYears.Contains(Year - 2);
        return new Dictionary<string, int>
        {
            ["P1"] = Timeliness(school.P1, 3),
            ["P2"] = Timeliness(school.P2, 20),
            ["P3"] = Math.Min(2 * school.P3.Count(c => c), 12),
            ["P4"] = !onLastYear ? 3 : onYearBefore ? -10 : 0,
            ["P5"] = 2 - Array.IndexOf(P5Options, school.P5),
            ["P6"] = 2 - Array.IndexOf(P6Options, school.P6),
            ["P7"] = school.P7.Distinct().Sum(item => item switch
            {
                "publicInfo" => 2,
                "assessmentCourses" => 3,
                _ => 1,
            }),
        };
    }

    private static string Flat(SchoolScore score) =>
        $"{score.School}|{string.Join(",", score.Points.Values)}|{score.Total}|{score.BandCode}|{score.Rank}";

    private static IEnumerable<(int Index, IReadOnlyList<KlSchool> Schools, IReadOnlyList<SchoolScore> Scores)> RandomCampaigns(int seed)
    {
        var random = new Random(seed);
        for (var index = 0; index < Campaigns; index++)
        {
            // Few, narrow inputs make equal totals common, so ties are exercised in most campaigns.
            var schools = Enumerable.Range(1, random.Next(1, 25)).Select(n => RandomSchool(random, n)).ToList();
            yield return (index, schools, ObjectivityScoring.Score(Kl, Year, [.. schools.Select(s => s.ToInputs())]));
        }
    }

    private static KlSchool RandomSchool(Random random, int number)
    {
        // Names in random case and letters, including «Ё», so name order is tested beyond the obvious.
        string[] stems = ["Ёлкинская", "Елецкая", "абанская", "Жданская", "ЖДАНСКАЯ", "Карамская", "Улькан"];
        var name = $"{stems[random.Next(stems.Length)]} СОШ №{number}";
        return new KlSchool(
            name,
            RandomItems(random, 6),
            RandomItems(random, 26),
            [.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => random.Next(2) == 0)],
            [.. Enumerable.Range(2018, 6).Where(_ => random.Next(3) == 0)],
            P5Options[random.Next(3)],
            P6Options[random.Next(3)],
            [.. P7Items.Where(_ => random.Next(2) == 0)]);
    }

    private static List<TimelinessItem> RandomItems(Random random, int maxCount) =>
        [.. Enumerable.Range(0, random.Next(0, maxCount + 1)).Select(_ => new TimelinessItem(random.Next(4) != 0, random.Next(5) == 0))];
}
