using Sosva.Objectivity.Domain.Monitoring;
using static Sosva.Objectivity.Domain.Tests.Monitoring.KlSchool;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

public class ObjectivityScoringTests
{
    private const int Year = 2023;
    private static readonly Methodology Kl = Methodologies.KazachinskoLensky2023;

    // ---- Worked examples of docs/design.md#74-worked-examples ----

    [Fact]
    public void School_A_scores_44_and_is_high()
    {
        var score = ScoreOne(A);

        score.Points.Should().Equal(Points(2, 18, 10, 3, 2, 2, 7));
        score.Total.Should().Be(44);
        score.BandCode.Should().Be("high");
        score.Rank.Should().Be(1);
    }

    [Fact]
    public void School_B_scores_12_and_is_low()
    {
        var score = ScoreOne(B);

        score.Points.Should().Equal(Points(-1, 14, 4, -10, 1, 1, 3));
        score.Total.Should().Be(12);
        score.BandCode.Should().Be("low");
    }

    [Fact]
    public void Points_are_listed_in_the_order_of_the_methodologys_indicators()
    {
        ScoreOne(A).Points.Keys.Should().Equal("P1", "P2", "P3", "P4", "P5", "P6", "P7");
    }

    [Fact]
    public void Totals_44_39_39_12_rank_1_2_2_4()
    {
        var scores = Score(B, ThirtyNineOnLists(), A, ThirtyNineByChecklist());

        scores.Select(s => (s.School, s.Total, s.Rank)).Should().Equal(
            ("Школа А", 44, 1),
            ("Школа В", 39, 2),
            ("Школа Г", 39, 2),
            ("Школа Б", 12, 4));
    }

    [Theory]
    [InlineData(50, "high")]
    [InlineData(40, "high")]
    [InlineData(39, "sufficient")]
    [InlineData(30, "sufficient")]
    [InlineData(29, "low")]
    public void Band_boundaries_hold_for_scored_schools(int total, string band)
    {
        var school = SchoolsByTotal()[total];

        var score = ScoreOne(school);

        score.Total.Should().Be(total);
        score.BandCode.Should().Be(band);
    }

    [Fact]
    public void A_negative_total_is_low()
    {
        var score = ScoreOne(B with { P2 = [], P3 = [], P5 = "none", P6 = "none", P7 = [] });

        score.Total.Should().Be(-11);
        score.BandCode.Should().Be("low");
    }

    [Fact]
    public void The_lowest_possible_total_is_minus_12()
    {
        var worst = Blank("Школа") with { P1 = [Late, Late, Late], P2 = [Late, Late, Late], BiasListYears = [2022, 2021] };

        ScoreOne(worst).Total.Should().Be(-12);
    }

    // ---- P1, P2: 1 per item on time and without errors; more than 2 missed deadlines → −1 once ----

    [Theory]
    [InlineData("", 0)]
    [InlineData("+", 1)]
    [InlineData("++-", 2)]
    [InlineData("+--", 1)] // exactly 2 missed deadlines: no penalty
    [InlineData("+---", 0)] // 3 missed: −1
    [InlineData("---", -1)]
    [InlineData("+++------", 2)] // 6 missed: still −1 once
    [InlineData("eee", 0)] // on time with errors: no points, but no deadline missed either
    [InlineData("xxx", -1)] // late with errors: missed deadlines
    [InlineData("+e-x", 1)]
    [InlineData("+++", 3)]
    [InlineData("+++++", 3)] // more good forms than the maximum: capped
    [InlineData("+++++---", 2)] // the cap comes first, then the penalty
    public void P1_gives_a_point_per_good_form_and_takes_one_after_more_than_two_missed_deadlines(string forms, int points)
    {
        ScoreOne(Blank("Школа") with { P1 = Forms(forms) }).Points["P1"].Should().Be(points);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(18, 2, 18)]
    [InlineData(15, 5, 14)]
    [InlineData(20, 0, 20)]
    [InlineData(17, 3, 16)]
    [InlineData(25, 0, 20)]
    [InlineData(25, 3, 19)]
    [InlineData(0, 3, -1)]
    [InlineData(0, 2, 0)]
    public void P2_follows_the_same_rule_with_a_maximum_of_20(int ok, int late, int points)
    {
        ScoreOne(Blank("Школа") with { P2 = Items(ok, late) }).Points["P2"].Should().Be(points);
    }

    // ---- P3: 2 per confirmed check, at most 12 ----

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 6, 0)]
    [InlineData(2, 6, 4)]
    [InlineData(5, 6, 10)]
    [InlineData(6, 6, 12)]
    [InlineData(7, 7, 12)]
    public void P3_gives_two_points_per_confirmed_check_up_to_12(int confirmed, int of, int points)
    {
        ScoreOne(Blank("Школа") with { P3 = Checks(confirmed, of) }).Points["P3"].Should().Be(points);
    }

    // ---- P4: the list of the year before the campaign, and the one before that ----

    [Theory]
    [InlineData(2023, "", 3)]
    [InlineData(2023, "2022", 0)] // on last year's list only
    [InlineData(2023, "2022,2021", -10)] // on both years' lists
    [InlineData(2023, "2022,2021,2020", -10)] // «2 years and more»
    [InlineData(2023, "2021", 3)] // on the year before's list only: not on the reference year's
    [InlineData(2023, "2021,2020", 3)]
    [InlineData(2023, "2022,2020", 0)] // not two years running
    [InlineData(2023, "2023", 3)] // the campaign year's own list is not the reference
    [InlineData(2024, "2022,2021", 3)]
    [InlineData(2024, "2023,2022", -10)]
    public void P4_reads_the_list_of_the_year_before_the_campaign(int campaignYear, string years, int points)
    {
        var school = Blank("Школа") with { BiasListYears = [.. years.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)] };

        ObjectivityScoring.Score(Kl, campaignYear, [school.ToInputs()])[0].Points["P4"].Should().Be(points);
    }

    // ---- P5, P6: options; P7: checklist ----

    [Theory]
    [InlineData("all", 2)]
    [InlineData("partial", 1)]
    [InlineData("none", 0)]
    public void P5_gives_the_points_of_the_public_observation_option(string option, int points)
    {
        ScoreOne(Blank("Школа") with { P5 = option }).Points["P5"].Should().Be(points);
    }

    [Theory]
    [InlineData("qualitative", 2)]
    [InlineData("statistical", 1)]
    [InlineData("none", 0)]
    public void P6_gives_the_points_of_the_analysis_option(string option, int points)
    {
        ScoreOne(Blank("Школа") with { P6 = option }).Points["P6"].Should().Be(points);
    }

    [Theory]
    [InlineData("publicInfo", 2)]
    [InlineData("vprSchedule", 1)]
    [InlineData("assessmentCourses", 3)]
    [InlineData("vprRegulation", 1)]
    [InlineData("survey", 1)]
    public void P7_items_are_worth_their_points(string item, int points)
    {
        ScoreOne(Blank("Школа") with { P7 = [item] }).Points["P7"].Should().Be(points);
    }

    [Fact]
    public void P7_sums_its_items_to_at_most_8_and_counts_a_repeated_item_once()
    {
        string[] all = ["publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation", "survey"];

        ScoreOne(Blank("Школа") with { P7 = all }).Points["P7"].Should().Be(8);
        ScoreOne(Blank("Школа") with { P7 = [] }).Points["P7"].Should().Be(0);
        ScoreOne(Blank("Школа") with { P7 = ["survey", "survey"] }).Points["P7"].Should().Be(1);
    }

    // ---- Ranking ----

    [Fact]
    public void Equal_totals_are_listed_by_russian_alphabetical_order_ignoring_case()
    {
        // Ordinal order would put «Ё» (U+0401) before «Е» and lower case after every capital.
        string[] names = ["Жданская СОШ", "Ёлкинская СОШ", "абанская СОШ", "Елецкая СОШ"];

        var scores = ObjectivityScoring.Score(Kl, Year, [.. names.Select(name => (A with { Name = name }).ToInputs())]);

        scores.Select(s => s.School).Should().Equal("абанская СОШ", "Елецкая СОШ", "Ёлкинская СОШ", "Жданская СОШ");
        scores.Should().OnlyContain(s => s.Rank == 1);
    }

    [Fact]
    public void Ranks_skip_after_a_tie_within_a_larger_field()
    {
        var scores = Score(
            A with { Name = "Д" },
            A with { Name = "Г" },
            A with { Name = "В", P7 = [] },
            B with { Name = "Б" },
            B with { Name = "А" },
            Blank("Е"));

        scores.Select(s => (s.School, s.Rank)).Should().Equal(
            ("Г", 1), ("Д", 1), ("В", 3), ("А", 4), ("Б", 4), ("Е", 6));
    }

    [Fact]
    public void No_schools_give_an_empty_ranking()
    {
        ObjectivityScoring.Score(Kl, Year, []).Should().BeEmpty();
    }

    // ---- A modified methodology ----

    [Fact]
    public void A_modified_methodology_changes_points_totals_and_bands()
    {
        var modified = Kl
            .WithIndicator("P2", p2 => p2 with { Maximum = 10, Rule = new TimelinessRule(1, 1, PenaltyThreshold: 1) })
            with
            {
                TotalMaximum = 40,
                Bands = [new("high", "высокий", 35), new("sufficient", "достаточный", 25), new("low", "низкий", null)],
            };

        var scores = ObjectivityScoring.Score(modified, Year, [A.ToInputs(), B.ToInputs(), ThirtyNineByChecklist().ToInputs()]);

        // A: P2 = min(18, 10) − 1 because 2 missed deadlines now exceed the threshold of 1.
        scores.Select(s => (s.School, s.Points["P2"], s.Total, s.BandCode, s.Rank)).Should().Equal(
            ("Школа А", 9, 35, "high", 1),
            ("Школа Г", 9, 30, "sufficient", 2),
            ("Школа Б", 9, 7, "low", 3));
        ScoreOne(A).Total.Should().Be(44, "the preset itself is unchanged");
    }

    [Fact]
    public void A_modified_P4_rule_changes_the_penalty_for_two_years_on_the_list()
    {
        var modified = Kl.WithIndicator("P4", p4 => p4 with { Rule = new BiasListRule(3, 0, -5) });

        ObjectivityScoring.Score(modified, Year, [B.ToInputs()])[0].Total.Should().Be(17);
    }

    [Fact]
    public void An_invalid_methodology_is_refused_before_scoring()
    {
        var broken = Kl.WithIndicator("P2", p2 => p2 with { Maximum = 10 });

        var score = () => ObjectivityScoring.Score(broken, Year, [A.ToInputs()]);

        score.Should().Throw<InvalidMethodologyException>()
            .Which.Errors.Should().Equal("Максимальный итоговый балл (50) не равен сумме максимумов показателей (40).");
    }

    // ---- Bad inputs from code (the JSON layer gives friendlier messages) ----

    [Fact]
    public void A_missing_indicator_input_is_refused_naming_the_school()
    {
        var inputs = A.ToInputs();
        var partial = inputs with { Inputs = inputs.Inputs.Where(p => p.Key != "P3").ToDictionary() };

        var score = () => ObjectivityScoring.Score(Kl, Year, [partial]);

        score.Should().Throw<ArgumentException>().WithMessage("Школа «Школа А»: нет данных по показателю P3.*");
    }

    [Fact]
    public void An_input_of_the_wrong_kind_is_refused()
    {
        var inputs = A.ToInputs();
        var wrong = inputs with { Inputs = new Dictionary<string, IndicatorInput>(inputs.Inputs) { ["P5"] = new ConfirmationInput([true]) } };

        var score = () => ObjectivityScoring.Score(Kl, Year, [wrong]);

        score.Should().Throw<ArgumentException>().WithMessage("Школа «Школа А», показатель P5: ожидаются данные вида Choice, получены ConfirmationList.*");
    }

    [Fact]
    public void Unknown_options_items_and_indicators_are_refused()
    {
        var extra = A.ToInputs() with { Inputs = new Dictionary<string, IndicatorInput>(A.ToInputs().Inputs) { ["P8"] = new ChoiceInput("all") } };

        var option = () => ScoreOne(A with { P5 = "some" });
        var item = () => ScoreOne(A with { P7 = ["siteSurvey"] });
        var indicator = () => ObjectivityScoring.Score(Kl, Year, [extra]);

        option.Should().Throw<ArgumentException>().WithMessage("Школа «Школа А», показатель P5: неизвестный вариант «some»; допустимые: all, partial, none.*");
        item.Should().Throw<ArgumentException>().WithMessage("Школа «Школа А», показатель P7: неизвестный пункт «siteSurvey»*");
        indicator.Should().Throw<ArgumentException>().WithMessage("Школа «Школа А»: показателя «P8» нет в методике.*");
    }

    [Fact]
    public void A_school_without_a_name_is_refused()
    {
        var score = () => ScoreOne(A with { Name = " " });

        score.Should().Throw<ArgumentException>().WithMessage("Школа №1: не указано название.*");
    }

    // ---- Explanations for the breakdown page ----

    [Fact]
    public void School_A_breakdown_explains_every_indicator_in_russian()
    {
        var lines = ObjectivityScoring.Explain(Kl, Year, A.ToInputs());

        lines.Select(l => (l.Code, l.ReferenceYear, l.Points, l.Maximum)).Should().Equal(
            ("P1", 2023, 2, 3), ("P2", 2023, 18, 20), ("P3", 2023, 10, 12), ("P4", 2022, 3, 3),
            ("P5", 2023, 2, 2), ("P6", 2022, 2, 2), ("P7", 2023, 7, 8));
        lines[0].Title.Should().Be("Своевременное и корректное внесение информации в ФИС ОКО согласно графику");
        lines.Select(l => l.Explanation).Should().Equal(
            "В срок и без ошибок: 2 из 3 → 2 балла. Пропусков сроков: 1 — не больше 2, без штрафа. Итого: 2 балла из 3.",
            "В срок и без ошибок: 18 из 20 → 18 баллов. Пропусков сроков: 2 — не больше 2, без штрафа. Итого: 18 баллов из 20.",
            "Подтверждено: 5 из 6 → 5 × 2 = 10 баллов. Итого: 10 баллов из 12.",
            "ОО нет в перечне 2022 года → 3 балла. Итого: 3 балла из 3.",
            "Выбрано: «по всем предметам и всем параллелям» → 2 балла. Итого: 2 балла из 2.",
            "Выбрано: «качественный анализ» → 2 балла. Итого: 2 балла из 2.",
            "Отмечено 4 из 5: информация в общедоступных и открытых источниках ОО (2), график проведения ВПР (1), "
                + "КПК педагогов по вопросам оценки качества образования (3), НПА по проведению ВПР в ОО (1) → 7 баллов. Итого: 7 баллов из 8.");
    }

    [Fact]
    public void School_B_breakdown_explains_penalties()
    {
        var lines = ObjectivityScoring.Explain(Kl, Year, B.ToInputs());

        lines[0].Explanation.Should().Be(
            "В срок и без ошибок: 0 из 3 → 0 баллов. Пропусков сроков: 3 — больше 2, минус 1 балл один раз. Итого: минус 1 балл из 3.");
        lines[3].Explanation.Should().Be(
            "ОО в перечнях 2022 и 2021 годов, два года подряд → минус 10 баллов. Итого: минус 10 баллов из 3.");
    }

    [Fact]
    public void Breakdown_mentions_caps_empty_lists_and_the_year_before()
    {
        var school = Blank("Школа") with { P1 = Items(ok: 0, late: 0), P2 = Items(ok: 23, late: 0), P3 = Checks(7, 7), BiasListYears = [2022] };

        var lines = ObjectivityScoring.Explain(Kl, Year, school.ToInputs());

        lines[0].Explanation.Should().Be("В срок и без ошибок: 0 из 0 → 0 баллов. Пропусков сроков: 0. Итого: 0 баллов из 3.");
        lines[1].Explanation.Should().Be(
            "В срок и без ошибок: 23 из 23 → 23 балла, больше максимума — засчитано 20 баллов. Пропусков сроков: 0. Итого: 20 баллов из 20.");
        lines[2].Explanation.Should().Be("Подтверждено: 7 из 7 → 7 × 2 = 14 баллов, больше максимума — засчитано 12 баллов. Итого: 12 баллов из 12.");
        lines[3].Explanation.Should().Be("ОО в перечне 2022 года, в перечне 2021 года её нет → 0 баллов. Итого: 0 баллов из 3.");
        lines[6].Explanation.Should().Be("Ничего не отмечено → 0 баллов. Итого: 0 баллов из 8.");
    }

    [Fact]
    public void Breakdown_agrees_with_the_score()
    {
        var explained = ObjectivityScoring.Explain(Kl, Year, B.ToInputs()).ToDictionary(l => l.Code, l => l.Points);

        explained.Should().Equal(ScoreOne(B).Points);
    }

    // ---- Helpers ----

    /// <summary>39 = 2 + 18 + 10 + 3 + 0 + 0 + 6 (P7: info, courses, survey).</summary>
    internal static KlSchool ThirtyNineByChecklist() =>
        A with { Name = "Школа Г", P5 = "none", P6 = "none", P7 = ["publicInfo", "assessmentCourses", "survey"] };

    /// <summary>39 = 3 + 20 + 12 + 0 + 2 + 2 + 0 (on last year's list only).</summary>
    private static KlSchool ThirtyNineOnLists() =>
        new("Школа В", [Ok, Ok, Ok], Items(20, 0), Checks(6, 6), [2022], "all", "qualitative", []);

    private static Dictionary<int, KlSchool> SchoolsByTotal()
    {
        var thirty = new KlSchool("Школа", [Ok, Ok, Ok], Items(20, 0), [], [], "all", "qualitative", []);
        return new Dictionary<int, KlSchool>
        {
            [50] = thirty with { P3 = Checks(6, 6), P7 = ["publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation", "survey"] },
            [40] = A with { P7 = ["publicInfo", "vprSchedule"] },
            [39] = ThirtyNineByChecklist(),
            [30] = thirty,
            [29] = thirty with { P6 = "statistical" },
        };
    }

    /// <summary>«+» on time, «-» late, «e» on time with errors, «x» late with errors.</summary>
    private static IReadOnlyList<TimelinessItem> Forms(string pattern) =>
        [.. pattern.Select(c => c switch
        {
            '+' => Ok,
            '-' => Late,
            'e' => OnTimeWithErrors,
            'x' => LateWithErrors,
            _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
        })];

    private static Dictionary<string, int> Points(int p1, int p2, int p3, int p4, int p5, int p6, int p7) => new()
    {
        ["P1"] = p1, ["P2"] = p2, ["P3"] = p3, ["P4"] = p4, ["P5"] = p5, ["P6"] = p6, ["P7"] = p7,
    };

    private static SchoolScore ScoreOne(KlSchool school) => ObjectivityScoring.Score(Kl, Year, [school.ToInputs()]).Single();

    private static IReadOnlyList<SchoolScore> Score(params KlSchool[] schools) =>
        ObjectivityScoring.Score(Kl, Year, [.. schools.Select(s => s.ToInputs())]);
}
