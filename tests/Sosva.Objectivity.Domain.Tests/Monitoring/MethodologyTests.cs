using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

public class MethodologyTests
{
    private static readonly Methodology Preset = Methodologies.KazachinskoLensky2023;

    // ---- The preset is exactly docs/design.md#72-indicators ----

    [Fact]
    public void The_preset_passes_its_own_validation()
    {
        Preset.Validate().Should().BeEmpty();
    }

    [Fact]
    public void The_preset_has_seven_indicators_with_the_design_maxima_summing_to_50()
    {
        Preset.Indicators.Select(i => (i.Code, i.Maximum)).Should().Equal(
            ("P1", 3), ("P2", 20), ("P3", 12), ("P4", 3), ("P5", 2), ("P6", 2), ("P7", 8));
        Preset.TotalMaximum.Should().Be(50);
        Preset.Indicators.Sum(i => i.Maximum).Should().Be(50);
    }

    [Fact]
    public void Only_P4_and_P6_look_at_the_year_before_the_campaign()
    {
        Preset.Indicators.Where(i => i.ReferenceYearOffset == -1).Select(i => i.Code).Should().Equal("P4", "P6");
        Preset.Indicators.Where(i => i.ReferenceYearOffset == 0).Select(i => i.Code).Should().Equal("P1", "P2", "P3", "P5", "P7");
        Preset.Indicator("P4")!.ReferenceYear(2023).Should().Be(2022);
    }

    [Fact]
    public void Each_indicator_has_the_input_kind_of_its_rule()
    {
        Preset.Indicators.Select(i => i.InputKind).Should().Equal(
            IndicatorInputKind.TimelinessList,
            IndicatorInputKind.TimelinessList,
            IndicatorInputKind.ConfirmationList,
            IndicatorInputKind.BiasListHistory,
            IndicatorInputKind.Choice,
            IndicatorInputKind.Choice,
            IndicatorInputKind.Checklist);
    }

    [Fact]
    public void P1_and_P2_give_1_per_good_item_and_take_1_once_after_more_than_2_missed_deadlines()
    {
        foreach (var code in new[] { "P1", "P2" })
            Preset.Indicator(code)!.Rule.Should().Be(new TimelinessRule(PointsPerGoodItem: 1, Penalty: 1, PenaltyThreshold: 2));
    }

    [Fact]
    public void P3_gives_2_per_confirmed_check_and_P4_gives_3_0_and_minus_10()
    {
        Preset.Indicator("P3")!.Rule.Should().Be(new ConfirmationRule(2));
        Preset.Indicator("P4")!.Rule.Should().Be(new BiasListRule(NotOnList: 3, OnList: 0, OnListTwoYearsRunning: -10));
    }

    [Fact]
    public void P5_and_P6_offer_the_options_of_the_json_contract_with_2_1_0_points()
    {
        Options("P5").Should().Equal(("all", 2), ("partial", 1), ("none", 0));
        Options("P6").Should().Equal(("qualitative", 2), ("statistical", 1), ("none", 0));
    }

    [Fact]
    public void P7_items_are_the_json_keys_with_2_1_3_1_1_points()
    {
        var items = ((ChecklistRule)Preset.Indicator("P7")!.Rule).Items.Select(i => (i.Code, i.Points));

        items.Should().Equal(
            ("publicInfo", 2), ("vprSchedule", 1), ("assessmentCourses", 3), ("vprRegulation", 1), ("survey", 1));
    }

    [Fact]
    public void Bands_are_high_from_40_sufficient_from_30_and_low_below_with_russian_names()
    {
        Preset.Bands.Should().Equal(
            new BandDefinition("high", "высокий", 40),
            new BandDefinition("sufficient", "достаточный", 30),
            new BandDefinition("low", "низкий", null));
    }

    [Theory]
    [InlineData(50, "high")]
    [InlineData(40, "high")]
    [InlineData(39, "sufficient")]
    [InlineData(30, "sufficient")]
    [InlineData(29, "low")]
    [InlineData(0, "low")]
    [InlineData(-1, "low")]
    [InlineData(-13, "low")]
    public void A_total_falls_into_the_band_of_the_greatest_minimum_not_above_it(int total, string band)
    {
        Preset.BandFor(total).Code.Should().Be(band);
    }

    [Fact]
    public void The_preset_cannot_be_changed_through_its_lists()
    {
        var indicators = () => ((IList<IndicatorDefinition>)Preset.Indicators).Clear();
        var bands = () => ((IList<BandDefinition>)Preset.Bands).Clear();

        indicators.Should().Throw<NotSupportedException>();
        bands.Should().Throw<NotSupportedException>();
    }

    // ---- Modified copies ----

    [Fact]
    public void A_copy_with_a_changed_indicator_leaves_the_preset_alone()
    {
        var copy = Preset.WithIndicator("P2", p2 => p2 with { Maximum = 10 }) with { TotalMaximum = 40 };

        copy.Indicator("P2")!.Maximum.Should().Be(10);
        copy.Validate().Should().BeEmpty();
        Preset.Indicator("P2")!.Maximum.Should().Be(20);
        Preset.TotalMaximum.Should().Be(50);
    }

    [Fact]
    public void Changing_a_maximum_without_restating_the_total_maximum_is_reported()
    {
        var copy = Preset.WithIndicator("P2", p2 => p2 with { Maximum = 10 });

        copy.Validate().Should().Equal("Максимальный итоговый балл (50) не равен сумме максимумов показателей (40).");
    }

    [Fact]
    public void Changing_an_unknown_indicator_is_refused()
    {
        var change = () => Preset.WithIndicator("P9", p => p);

        change.Should().Throw<ArgumentException>().WithMessage("В методике нет показателя «P9».*");
    }

    // ---- Validate() catches broken methodologies ----

    [Fact]
    public void Duplicate_indicator_codes_are_reported_ignoring_case()
    {
        var copy = Preset.WithIndicator("P2", p2 => p2 with { Code = "p1" });

        copy.Validate().Should().Equal("Код показателя «p1» повторяется.");
    }

    [Fact]
    public void A_negative_maximum_is_reported()
    {
        var copy = Preset.WithIndicator("P3", p3 => p3 with { Maximum = -2 }) with { TotalMaximum = 36 };

        copy.Validate().Should().Contain("Показатель P3: максимальный балл не может быть отрицательным (минус 2).");
    }

    [Fact]
    public void A_reference_year_other_than_the_campaign_year_or_the_one_before_is_reported()
    {
        var copy = Preset.WithIndicator("P6", p6 => p6 with { ReferenceYearOffset = -2 });

        copy.Validate().Should().ContainSingle().Which.Should().StartWith("Показатель P6: отчётный год").And.EndWith("указано минус 2.");
    }

    [Fact]
    public void Missing_names_titles_and_codes_are_reported()
    {
        var copy = Preset.WithIndicator("P1", p1 => p1 with { Title = " " }) with { Name = "", Version = "" };
        var noCode = Preset.WithIndicator("P5", p5 => p5 with { Code = "" });

        copy.Validate().Should().Equal(
            "Не указано название методики.", "Не указана версия методики.", "Показатель P1: не указано название.");
        noCode.Validate().Should().Equal("Показатель №5: не указан код.");
    }

    [Fact]
    public void A_maximum_the_rules_cannot_reach_is_reported()
    {
        var copy = Preset.WithIndicator("P5", p5 => p5 with { Maximum = 3 }) with { TotalMaximum = 51 };

        copy.Validate().Should().Equal("Показатель P5: максимум 3 недостижим: по правилам можно набрать не больше 2.");
    }

    [Fact]
    public void A_choice_worth_more_than_the_maximum_is_reported()
    {
        var copy = Preset.WithIndicator("P6", p6 => p6 with
        {
            Rule = new ChoiceRule([new("qualitative", "качественный", 3), new("none", "нет", 0)]),
        });

        copy.Validate().Should().Equal("Показатель P6: вариант «qualitative» даёт 3, больше максимума (2).");
    }

    [Fact]
    public void Duplicate_or_empty_options_and_items_are_reported()
    {
        var options = Preset.WithIndicator("P5", p5 => p5 with
        {
            Rule = new ChoiceRule([new("all", "все", 2), new("all", "некоторые", 1), new("", "нет", 0)]),
        });
        var items = Preset.WithIndicator("P7", p7 => p7 with { Rule = new ChecklistRule([]) });

        options.Validate().Should().Equal("Показатель P5: код «all» повторяется.", "Показатель P5: вариант №3: не указан код.");
        items.Validate().Should().Equal("Показатель P7: не заданы пункты.");
    }

    [Fact]
    public void Negative_rule_parameters_are_reported()
    {
        var copy = Preset
            .WithIndicator("P1", p1 => p1 with { Rule = new TimelinessRule(1, -1, -1) })
            .WithIndicator("P3", p3 => p3 with { Rule = new ConfirmationRule(-2) })
            .WithIndicator("P7", p7 => p7 with { Rule = new ChecklistRule([new("publicInfo", "информация", 9), new("survey", "опрос", -1)]) });

        copy.Validate().Should().Equal(
            "Показатель P1: штраф задаётся положительным числом баллов, которые вычитаются (минус 1).",
            "Показатель P1: порог штрафа (число пропусков сроков) не может быть отрицательным (минус 1).",
            "Показатель P3: баллы за подтверждённую проверку не могут быть отрицательными (минус 2).",
            "Показатель P7: пункт «survey»: баллы не могут быть отрицательными (минус 1).");
    }

    [Fact]
    public void P4_points_that_do_not_fall_with_the_years_on_the_list_are_reported()
    {
        var copy = Preset.WithIndicator("P4", p4 => p4 with { Rule = new BiasListRule(3, -10, 0) });

        copy.Validate().Should().ContainSingle().Which.Should().Contain("баллы должны убывать").And.Contain("3, минус 10, 0");
    }

    [Fact]
    public void Overlapping_bands_are_reported()
    {
        var copy = Preset with
        {
            Bands = [new("high", "высокий", 30), new("sufficient", "достаточный", 30), new("low", "низкий", null)],
        };

        copy.Validate().Should().Equal("Уровни «high» и «sufficient» начинаются с одного балла (30) и перекрываются.");
    }

    [Fact]
    public void Bands_need_exactly_one_band_without_a_lower_bound()
    {
        var none = Preset with { Bands = [new("high", "высокий", 40), new("low", "низкий", 0)] };
        var two = Preset with { Bands = [new("high", "высокий", 40), new("low", "низкий", null), new("lower", "ниже", null)] };

        none.Validate().Should().ContainSingle().Which.Should().StartWith("Ровно один уровень").And.EndWith("таких уровней: 0.");
        two.Validate().Should().ContainSingle().Which.Should().EndWith("таких уровней: 2.");
    }

    [Fact]
    public void Unreachable_bands_duplicate_band_codes_and_missing_bands_are_reported()
    {
        var unreachable = Preset with { Bands = [new("high", "высокий", 60), new("low", "низкий", null)] };
        var duplicate = Preset with { Bands = [new("high", "высокий", 40), new("HIGH", "тоже высокий", 30), new("low", "", null)] };
        var empty = Preset with { Bands = [] };

        unreachable.Validate().Should().Equal(
            "Уровень «high»: нижняя граница 60 больше максимального итогового балла (50), уровень недостижим.");
        duplicate.Validate().Should().Equal("Код уровня «HIGH» повторяется.", "Уровень «low»: не указано название.");
        empty.Validate().Should().Equal("В методике нет уровней объективности.");
    }

    [Fact]
    public void A_methodology_without_indicators_is_reported()
    {
        var copy = Preset with { Indicators = [], TotalMaximum = 0, Bands = [new("low", "низкий", null)] };

        copy.Validate().Should().Equal("В методике нет показателей.");
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_EnsureValid_throws_them_all()
    {
        var copy = Preset.WithIndicator("P2", p2 => p2 with { Code = "P1", Maximum = -1 }) with { Name = "" };

        var errors = copy.Validate();
        var ensure = () => copy.EnsureValid();

        errors.Should().HaveCount(4);
        ensure.Should().Throw<InvalidMethodologyException>().Which.Errors.Should().Equal(errors);
    }

    private static IEnumerable<(string Code, int Points)> Options(string indicator) =>
        ((ChoiceRule)Preset.Indicator(indicator)!.Rule).Options.Select(o => (o.Code, o.Points));
}
