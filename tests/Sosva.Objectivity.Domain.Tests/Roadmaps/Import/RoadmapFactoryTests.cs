using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

public class RoadmapFactoryTests
{
    [Theory]
    [InlineData("Руководители общеобразовательных учреждений СГО", ExecutionScope.AllSchools)]
    [InlineData("Руководители ОУ", ExecutionScope.AllSchools)]
    [InlineData("Михайлюк Е.И., руководители ОУ", ExecutionScope.AllSchools)]
    [InlineData("Специалисты УО, МКУ «ИМЦ СГО»", ExecutionScope.DepartmentOnly)]
    [InlineData("Директор школы", ExecutionScope.AllSchools)]
    [InlineData("", ExecutionScope.DepartmentOnly)]
    [InlineData(null, ExecutionScope.DepartmentOnly)]
    public void Responsible_heads_of_schools_make_a_measure_every_schools(string? responsible, ExecutionScope expected) =>
        RoadmapFactory.GuessScope(responsible).Should().Be(expected);

    [Fact]
    public void Seed_000_becomes_sections_measures_and_checkpoints_in_order()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Roadmaps", "Import", "Seeds", "000_ae5fcf179eb221f0.txt"));
        var read = PlainTextRoadmap.Read(text);

        var roadmap = RoadmapFactory.Create(read.Table, "Комплекс мер", RoadmapLevel.Municipal, new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31));

        roadmap.Sections.Should().HaveCount(7);
        roadmap.Sections.Select(s => s.Position).Should().Equal(0, 1, 2, 3, 4, 5, 6);
        var first = roadmap.Sections[0].Measures[0];
        first.Number.Should().Be("1.1.");
        first.DeadlineText.Should().Be("До 26.03.2023 г, До 25.03.2024 г.");
        first.DeadlineKind.Should().Be(DeadlineKind.Dates);
        first.Checkpoints.Select(c => c.DueDate).Should().Equal(new DateOnly(2023, 3, 26), new DateOnly(2024, 3, 25));
        first.ExecutionScope.Should().Be(ExecutionScope.AllSchools);
        first.ReportRequired.Should().BeTrue();
        roadmap.Sections.SelectMany(s => s.Measures).Should().HaveCount(25);
    }

    [Fact]
    public void A_school_plan_is_the_schools_own_and_assigns_nobody()
    {
        var table = RoadmapTableInterpreter.Interpret(TabSeparated.Split(
            "№ п/п\tМероприятия\tСроки\tОтветственные\n1.\tРаздел\t\t\n1.1.\tСовещание\tМай 2020\tРуководители ОУ"));

        var roadmap = RoadmapFactory.Create(table, "План", RoadmapLevel.School, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));

        var measure = roadmap.Sections.Single().Measures.Single();
        measure.ExecutionScope.Should().Be(ExecutionScope.DepartmentOnly);
        measure.Checkpoints.Single().DueDate.Should().Be(new DateOnly(2020, 5, 31));
    }
}
