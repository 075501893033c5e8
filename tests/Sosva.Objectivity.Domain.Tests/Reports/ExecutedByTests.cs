using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Tests.Reports;

/// <summary>The measures one school executes: the same rule as the reports the plan creates
/// (docs/design.md#61-reports-from-the-plan), seen from the school.</summary>
public class ExecutedByTests
{
    private static readonly DateOnly March = new(2024, 3, 26);

    private static PlannedMeasure Measure(int id, ExecutionScope scope, bool required = true, int? biasYear = null, int[]? chosen = null) =>
        new(id, scope, required, biasYear, [March], chosen ?? []);

    private static readonly PlannedMeasure[] Plan =
    [
        Measure(1, ExecutionScope.AllSchools),
        Measure(2, ExecutionScope.ChosenSchools, chosen: [5, 6]),
        Measure(3, ExecutionScope.ChosenSchools, chosen: [6]),
        Measure(4, ExecutionScope.BiasList, biasYear: 2023),
        Measure(5, ExecutionScope.BiasList, biasYear: 2022),
        Measure(6, ExecutionScope.BiasList),
        Measure(7, ExecutionScope.DepartmentOnly),
        Measure(8, ExecutionScope.AllSchools, required: false),
    ];

    private static IEnumerable<int> Ids(int school, bool active, params int[] listYears) =>
        ReportPlan.ExecutedBy(Plan, school, active, listYears).Select(m => m.MeasureId);

    [Fact]
    public void A_school_executes_all_schools_measures_its_chosen_ones_and_those_of_the_lists_it_is_on()
    {
        Ids(5, true, 2023).Should().Equal(1, 2, 4, 8);
        Ids(6, true).Should().Equal(1, 2, 3, 8);
        Ids(7, true, 2022, 2023).Should().Equal(1, 4, 5, 8);
    }

    [Fact]
    public void Execution_does_not_depend_on_reports_being_asked_but_a_deactivated_school_gets_nothing()
    {
        Ids(5, true).Should().Contain(8, "a measure without reports is still executed");
        Ids(5, false, 2023).Should().BeEmpty();
    }

    [Fact]
    public void The_same_rule_gives_the_schools_of_a_measure()
    {
        var active = new HashSet<int> { 1, 2, 3 };
        ReportPlan.SchoolsExecuting(Plan[0], active, _ => []).Should().BeEquivalentTo([1, 2, 3]);
        ReportPlan.SchoolsExecuting(Plan[1], active, _ => []).Should().BeEmpty("5 and 6 are not active");
        ReportPlan.SchoolsExecuting(Plan[3], active, y => y == 2023 ? [2, 9] : []).Should().Equal(2);
        ReportPlan.SchoolsExecuting(Plan[5], active, _ => [1]).Should().BeEmpty("no year chosen, no list");
        ReportPlan.SchoolsExecuting(Plan[6], active, _ => [1]).Should().BeEmpty();
    }
}
