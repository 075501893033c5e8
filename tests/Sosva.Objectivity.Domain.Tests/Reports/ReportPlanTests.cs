using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Domain.Tests.Reports;

/// <summary>Which reports the plan asks for, and what to do with the stored ones when it changes
/// (docs/design.md#61-reports-from-the-plan).</summary>
public class ReportPlanTests
{
    private static readonly DateOnly March = new(2024, 3, 26);
    private static readonly DateOnly May = new(2024, 5, 31);
    private static readonly int[] Active = [1, 2, 3];

    private static PlannedMeasure Measure(int id, ExecutionScope scope, bool required = true, int? biasYear = null,
        DateOnly[]? checkpoints = null, int[]? chosen = null) =>
        new(id, scope, required, biasYear, checkpoints ?? [March], chosen ?? []);

    private static HashSet<ReportKey> Required(params PlannedMeasure[] measures) =>
        ReportPlan.Required(measures, Active, year => year == 2023 ? [2, 9] : []);

    [Fact]
    public void Every_checkpoint_of_a_measure_for_every_active_school_that_executes_it()
    {
        Required(Measure(10, ExecutionScope.AllSchools, checkpoints: [March, May])).Should().BeEquivalentTo(new[]
        {
            new ReportKey(10, 1, March), new ReportKey(10, 2, March), new ReportKey(10, 3, March),
            new ReportKey(10, 1, May), new ReportKey(10, 2, May), new ReportKey(10, 3, May),
        });
    }

    [Fact]
    public void Chosen_schools_and_bias_list_schools_count_only_while_active()
    {
        Required(Measure(10, ExecutionScope.ChosenSchools, chosen: [1, 7])).Should().Equal(new ReportKey(10, 1, March));
        Required(Measure(11, ExecutionScope.BiasList, biasYear: 2023)).Should().Equal(new ReportKey(11, 2, March));
        Required(Measure(12, ExecutionScope.BiasList, biasYear: 2022)).Should().BeEmpty();
        Required(Measure(13, ExecutionScope.BiasList)).Should().BeEmpty("no year chosen, no list");
    }

    [Fact]
    public void No_reports_for_department_measures_measures_without_a_report_or_without_checkpoints()
    {
        Required(
            Measure(10, ExecutionScope.DepartmentOnly),
            Measure(11, ExecutionScope.AllSchools, required: false),
            Measure(12, ExecutionScope.AllSchools, checkpoints: [])).Should().BeEmpty();
    }

    [Fact]
    public void Reconcile_creates_the_missing_deletes_the_empty_retires_the_worked_on_and_revives_the_asked_again()
    {
        var kept = new ExecutionReport { Id = 1, MeasureId = 10, SchoolId = 1, DueDate = March };
        var empty = new ExecutionReport { Id = 2, MeasureId = 10, SchoolId = 2, DueDate = May };
        var worked = new ExecutionReport { Id = 3, MeasureId = 10, SchoolId = 3, DueDate = May, Text = "Сделано" };
        var submitted = new ExecutionReport { Id = 4, MeasureId = 11, SchoolId = 1, DueDate = May, State = ReportState.Submitted };
        var retired = new ExecutionReport { Id = 5, MeasureId = 11, SchoolId = 2, DueDate = May, Text = "Раньше", IsRequired = false };
        var stillRetired = new ExecutionReport { Id = 6, MeasureId = 11, SchoolId = 3, DueDate = May, Files = [new EvidenceFile()], IsRequired = false };
        HashSet<ReportKey> required = [new(10, 1, March), new(11, 2, May), new(12, 1, March), new(10, 1, May)];

        var changes = ReportPlan.Reconcile(required, [kept, empty, worked, submitted, retired, stillRetired]);

        changes.Create.Should().Equal(new ReportKey(10, 1, May), new ReportKey(12, 1, March));
        changes.Delete.Should().Equal(empty);
        changes.Retire.Should().Equal(worked, submitted);
        changes.Revive.Should().Equal(retired);
        changes.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void A_report_follows_its_checkpoint_to_a_new_date_paired_in_date_order_and_the_rest_is_retired_or_created()
    {
        var june = new DateOnly(2024, 6, 30);
        var moving = new ExecutionReport { Id = 1, MeasureId = 10, SchoolId = 1, DueDate = March, State = ReportState.Accepted };
        var alsoMoving = new ExecutionReport { Id = 2, MeasureId = 10, SchoolId = 1, DueDate = May };
        var notRequired = new ExecutionReport { Id = 3, MeasureId = 10, SchoolId = 2, DueDate = March, Text = "Раньше", IsRequired = false };
        var leftOver = new ExecutionReport { Id = 4, MeasureId = 11, SchoolId = 1, DueDate = March, Text = "Сделано" };
        var other = new ExecutionReport { Id = 5, MeasureId = 11, SchoolId = 1, DueDate = May, Text = "Тоже" };
        HashSet<ReportKey> required =
        [
            new(10, 1, new DateOnly(2024, 4, 15)), new(10, 1, june), new(10, 2, june), new(11, 1, june),
        ];

        var changes = ReportPlan.Reconcile(required, [moving, alsoMoving, notRequired, leftOver, other]);

        changes.Move.Should().Equal(new ReportMove(moving, new DateOnly(2024, 4, 15)), new ReportMove(alsoMoving, june),
            new ReportMove(leftOver, june));
        changes.Retire.Should().Equal(other);
        changes.Create.Should().Equal(new[] { new ReportKey(10, 2, june) }, "a report no longer required does not move");
        changes.Delete.Should().BeEmpty();
    }

    [Fact]
    public void Reconciling_a_plan_with_itself_changes_nothing()
    {
        var report = new ExecutionReport { MeasureId = 10, SchoolId = 1, DueDate = March };

        ReportPlan.Reconcile(new HashSet<ReportKey> { new(10, 1, March) }, [report]).IsEmpty.Should().BeTrue();
    }
}
