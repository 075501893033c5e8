using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>
/// Applies the editor's form to a tracked measure. Checkpoints and chosen schools are changed
/// by difference, so an unchanged checkpoint keeps its identity (reports will hang on it).
/// </summary>
public static class MeasureEditing
{
    public static DeadlineParseResult Apply(MeasureForm form, Measure measure, DateOnly periodStart, DateOnly periodEnd)
    {
        var parsed = DeadlineParser.Parse(form.DeadlineText, periodStart, periodEnd);
        measure.SectionId = form.SectionId;
        measure.Number = Blank(form.Number);
        measure.Title = form.Title.Trim();
        measure.DeadlineText = Blank(form.DeadlineText);
        measure.DeadlineKind = parsed.Kind;
        measure.DeadlineNote = parsed.RelativeLimit;
        measure.ResponsibleText = Blank(form.ResponsibleText);
        measure.ExpectedResult = Blank(form.ExpectedResult);
        measure.DocumentType = Blank(form.DocumentType);
        measure.SetExecution(form.ExecutionScope, form.BiasListYear, form.ReportRequired, form.ChosenSchoolIds);

        var dates = Dates(form, parsed);
        measure.Checkpoints.RemoveAll(c => !dates.Contains(c.DueDate));
        foreach (var date in dates.Where(d => measure.Checkpoints.All(c => c.DueDate != d)))
            measure.Checkpoints.Add(new Checkpoint { DueDate = date, IsManual = form.CheckpointsEdited });
        foreach (var checkpoint in measure.Checkpoints) checkpoint.IsManual = form.CheckpointsEdited;
        return parsed;
    }

    /// <summary>
    /// The measure as the plan would see it once the form is saved (<see cref="Measure.SetExecution"/>'s rules), for the
    /// dry run that asks before retiring a school's work (docs/decisions/010-plan-changes-keep-reports.md).
    /// </summary>
    public static PlannedMeasure Planned(MeasureForm form, int measureId, DateOnly periodStart, DateOnly periodEnd)
    {
        var probe = new Measure();
        probe.SetExecution(form.ExecutionScope, form.BiasListYear, form.ReportRequired, form.ChosenSchoolIds);
        return new PlannedMeasure(measureId, probe.ExecutionScope, probe.ReportRequired, probe.BiasListYear,
            Dates(form, DeadlineParser.Parse(form.DeadlineText, periodStart, periodEnd)),
            probe.AssignedSchools.Select(a => a.SchoolId).ToList());
    }

    /// <summary>
    /// «Школы отчитываются» follows the scope (docs/decisions/010-plan-changes-keep-reports.md): a box the person could
    /// not see — shown disabled because the measure was the department's own, and not re-enabled by the page's script —
    /// is not taken as «no reports» when a school scope is chosen.
    /// </summary>
    public static void ReportRequiredFollowsScope(MeasureForm form)
    {
        if (form.ExecutionScope != ExecutionScope.DepartmentOnly && form.ReportRequiredHidden) form.ReportRequired = true;
    }

    private static IReadOnlyList<DateOnly> Dates(MeasureForm form, DeadlineParseResult parsed) =>
        form.CheckpointsEdited ? form.CheckpointDates() : parsed.Checkpoints;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
