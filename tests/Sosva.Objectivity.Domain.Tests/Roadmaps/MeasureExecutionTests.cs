using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps;

/// <summary>A measure's execution scope, list year, chosen schools and report requirement set by one rule.</summary>
public class MeasureExecutionTests
{
    [Fact]
    public void A_department_measure_asks_no_reports_and_keeps_no_year_or_schools()
    {
        var m = new Measure();
        m.SetExecution(ExecutionScope.DepartmentOnly, 2023, reportRequired: true, [1, 2]);
        (m.ExecutionScope, m.BiasListYear, m.ReportRequired, m.AssignedSchools.Count).Should().Be((ExecutionScope.DepartmentOnly, (int?)null, false, 0));
    }

    [Fact]
    public void The_year_goes_only_with_the_bias_list_and_the_schools_only_with_chosen_schools()
    {
        var m = new Measure();
        m.SetExecution(ExecutionScope.BiasList, 2023, reportRequired: true, [1]);
        (m.BiasListYear, m.ReportRequired, m.AssignedSchools.Count).Should().Be((2023, true, 0));

        m.SetExecution(ExecutionScope.ChosenSchools, 2023, reportRequired: false, [1, 2, 2]);
        m.BiasListYear.Should().BeNull();
        m.ReportRequired.Should().BeFalse();
        m.AssignedSchools.Select(a => a.SchoolId).Should().Equal(1, 2);
    }

    [Fact]
    public void Chosen_schools_change_by_difference_so_a_school_that_stays_keeps_its_row()
    {
        var m = new Measure();
        m.SetExecution(ExecutionScope.ChosenSchools, null, true, [1, 2]);
        var kept = m.AssignedSchools.Single(a => a.SchoolId == 2);
        m.SetExecution(ExecutionScope.ChosenSchools, null, true, [2, 3]);
        m.AssignedSchools.Select(a => a.SchoolId).Should().Equal(2, 3);
        m.AssignedSchools[0].Should().BeSameAs(kept);
    }

    [Fact]
    public void A_schools_own_plan_is_executed_by_the_school_itself()
    {
        Measure.ScopeIn(RoadmapLevel.School, ExecutionScope.AllSchools).Should().Be(ExecutionScope.DepartmentOnly);
        Measure.ScopeIn(RoadmapLevel.Municipal, ExecutionScope.BiasList).Should().Be(ExecutionScope.BiasList);
    }
}
