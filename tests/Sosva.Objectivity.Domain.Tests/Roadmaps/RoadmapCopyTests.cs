using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps;

public class RoadmapCopyTests
{
    private static Roadmap Source()
    {
        var roadmap = new Roadmap
        {
            Title = "Дорожная карта 2023/2024", Level = RoadmapLevel.Municipal, Status = RoadmapStatus.Approved,
            PeriodStart = new DateOnly(2023, 9, 1), PeriodEnd = new DateOnly(2024, 8, 31), Goal = "Цель",
        };
        var section = new Section { Position = 0, Number = "1.", Title = "Раздел" };
        section.Measures.Add(new Measure
        {
            Position = 0, Number = "1.1.", Title = "Совещание", DeadlineText = "Май", ExecutionScope = ExecutionScope.AllSchools,
            ReportRequired = true, Checkpoints = [new Checkpoint { DueDate = new DateOnly(2024, 5, 31) }],
        });
        section.Measures.Add(new Measure
        {
            Position = 1, Number = "1.2.", Title = "По графику", DeadlineText = "По графику Рособрнадзора",
            ExecutionScope = ExecutionScope.ChosenSchools, ReportRequired = true,
            AssignedSchools = [new MeasureSchool { SchoolId = 7 }],
            Checkpoints = [new Checkpoint { DueDate = new DateOnly(2024, 2, 29), IsManual = true }],
        });
        roadmap.Sections.Add(section);
        return roadmap;
    }

    [Fact]
    public void Next_years_copy_is_a_draft_with_checkpoints_for_the_new_period()
    {
        var copy = RoadmapCopy.Create(Source(), "Дорожная карта 2024/2025", RoadmapLevel.Municipal, null,
            new DateOnly(2024, 9, 1), new DateOnly(2025, 8, 31));

        copy.Status.Should().Be(RoadmapStatus.Draft);
        copy.Goal.Should().Be("Цель");
        var measures = copy.Sections.Single().Measures;
        measures[0].Checkpoints.Select(c => c.DueDate).Should().Equal(new DateOnly(2025, 5, 31));
        measures[1].Checkpoints.Single().DueDate.Should().Be(new DateOnly(2025, 2, 28), "a hand-set month end moves to the same month's end");
        measures[1].Checkpoints.Single().IsManual.Should().BeTrue();
        measures[1].AssignedSchools.Select(a => a.SchoolId).Should().Equal(7);
    }

    [Fact]
    public void A_schools_plan_from_the_municipal_roadmap_assigns_nobody_else()
    {
        var plan = RoadmapCopy.Create(Source(), "План школы", RoadmapLevel.School, 7, new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31));

        plan.SchoolId.Should().Be(7);
        plan.Sections.Single().Measures.Should().OnlyContain(m => m.ExecutionScope == ExecutionScope.DepartmentOnly && !m.ReportRequired && m.AssignedSchools.Count == 0);
        plan.Sections.Single().Measures[0].Title.Should().Be("Совещание");
    }

    [Fact]
    public void The_source_is_left_as_it_was()
    {
        var source = Source();

        RoadmapCopy.Create(source, "Копия", RoadmapLevel.Municipal, null, new DateOnly(2024, 9, 1), new DateOnly(2025, 8, 31));

        source.Sections.Single().Measures[0].Checkpoints.Single().DueDate.Should().Be(new DateOnly(2024, 5, 31));
        source.Status.Should().Be(RoadmapStatus.Approved);
    }
}
