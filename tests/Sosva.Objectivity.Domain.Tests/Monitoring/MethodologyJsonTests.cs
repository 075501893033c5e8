using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

public class MethodologyJsonTests
{
    [Fact]
    public void The_preset_survives_a_round_trip_and_scores_the_same()
    {
        var preset = Methodologies.KazachinskoLensky2023;

        var copy = MethodologyJson.Deserialize(MethodologyJson.Serialize(preset));

        MethodologyJson.Serialize(copy).Should().Be(MethodologyJson.Serialize(preset));
        copy.Validate().Should().BeEmpty();
        copy.Indicators.Select(i => (i.Code, i.Rule.GetType(), i.Maximum, i.SelfReported))
            .Should().Equal(preset.Indicators.Select(i => (i.Code, i.Rule.GetType(), i.Maximum, i.SelfReported)));
        ObjectivityScoring.Score(copy, 2023, [KlSchool.A.ToInputs()]).Single().Total.Should().Be(44);
    }

    [Fact]
    public void A_changed_copy_keeps_its_changes()
    {
        var changed = Methodologies.KazachinskoLensky2023
            .WithIndicator("P1", p => p with { Rule = new TimelinessRule(1, 2, 3) }) with { Version = "2024" };

        var copy = MethodologyJson.Deserialize(MethodologyJson.Serialize(changed));

        copy.Version.Should().Be("2024");
        copy.Indicator("P1")!.Rule.Should().Be(new TimelinessRule(1, 2, 3));
        MethodologyJson.Serialize(changed).Should().Contain("\"kind\": \"timeliness\"".Replace(" ", "", StringComparison.Ordinal));
    }
}

public class IndicatorValueTests
{
    private static readonly Methodology Preset = Methodologies.KazachinskoLensky2023;

    [Fact]
    public void Counts_become_the_list_the_rule_reads()
    {
        var value = new IndicatorValue { OnTimeCount = 18, WithErrorsCount = 0, LateCount = 2 };

        var input = (TimelinessInput)value.ToInput(Preset.Indicator("P2")!)!;

        input.Items.Should().HaveCount(20);
        input.Items.Count(i => i.IsGood).Should().Be(18);
        input.Items.Count(i => !i.OnTime).Should().Be(2);
    }

    [Fact]
    public void Negative_and_unknown_values_are_refused_naming_the_field()
    {
        new IndicatorValue { OnTimeCount = -1, WithErrorsCount = 0, LateCount = 0 }.Validate(Preset.Indicator("P1")!)
            .Should().ContainSingle().Which.Should().Contain("в срок и без ошибок").And.Contain("отрицательным");
        new IndicatorValue { OptionCode = "sometimes" }.Validate(Preset.Indicator("P5")!)
            .Should().ContainSingle().Which.Should().Contain("sometimes");
        new IndicatorValue { CheckedItems = ["publicInfo", "x"] }.Validate(Preset.Indicator("P7")!)
            .Should().ContainSingle().Which.Should().Contain("«x»");
    }

    [Fact]
    public void An_incomplete_value_gives_no_input()
    {
        new IndicatorValue { OnTimeCount = 1 }.ToInput(Preset.Indicator("P1")!).Should().BeNull();
        new IndicatorValue().ToInput(Preset.Indicator("P7")!).Should().NotBeNull("an empty checklist is a real answer: nothing present");
    }

    [Fact]
    public void Recommendation_templates_are_filled_from_the_line()
    {
        var line = new IndicatorExplanation("P2", "Сроки", 2023, 14, 20, "");

        RecommendationText.Fill("{показатель}: {баллы} из {максимум}, недобор {недобор}", line).Should().Be("Сроки: 14 из 20, недобор 6");
    }
}
