using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;
using Sosva.Objectivity.Web.Pages.Roadmaps;

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

        var dates = form.CheckpointsEdited ? form.CheckpointDates() : parsed.Checkpoints;
        measure.Checkpoints.RemoveAll(c => !dates.Contains(c.DueDate));
        foreach (var date in dates.Where(d => measure.Checkpoints.All(c => c.DueDate != d)))
            measure.Checkpoints.Add(new Checkpoint { DueDate = date, IsManual = form.CheckpointsEdited });
        foreach (var checkpoint in measure.Checkpoints) checkpoint.IsManual = form.CheckpointsEdited;
        return parsed;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
