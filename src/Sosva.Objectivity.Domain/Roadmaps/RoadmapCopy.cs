using Sosva.Objectivity.Domain.Roadmaps.Deadlines;

namespace Sosva.Objectivity.Domain.Roadmaps;

/// <summary>
/// A new draft from an existing roadmap: next period's roadmap from this one, or a school's plan
/// from the municipal one. Texts are copied as written; checkpoints parsed from the deadline text
/// are parsed anew for the new period, and checkpoints set by hand move by the shift of the period.
/// </summary>
public static class RoadmapCopy
{
    public static Roadmap Create(Roadmap source, string title, RoadmapLevel level, int? schoolId, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(source);
        var shiftDays = periodStart.DayNumber - source.PeriodStart.DayNumber;
        var copy = new Roadmap
        {
            Title = title,
            Level = level,
            SchoolId = level == RoadmapLevel.School ? schoolId : null,
            OwnerOrganization = source.OwnerOrganization,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Goal = source.Goal,
            Tasks = source.Tasks,
            Status = RoadmapStatus.Draft,
        };
        foreach (var section in source.Sections.OrderBy(s => s.Position))
        {
            var sectionCopy = new Section { Position = section.Position, Number = section.Number, Title = section.Title };
            foreach (var m in section.Measures.OrderBy(m => m.Position))
            {
                var manual = m.Checkpoints.Count > 0 && m.Checkpoints.All(c => c.IsManual);
                var dates = manual
                    ? m.Checkpoints.Select(c => ShiftByYears(c.DueDate, source.PeriodStart, periodStart, shiftDays)).Distinct().Order().ToList()
                    : DeadlineParser.Parse(m.DeadlineText, periodStart, periodEnd).Checkpoints;
                var measure = new Measure
                {
                    Position = m.Position,
                    Number = m.Number,
                    Title = m.Title,
                    DeadlineText = m.DeadlineText,
                    DeadlineKind = m.DeadlineKind,
                    DeadlineNote = m.DeadlineNote,
                    ExpectedResult = m.ExpectedResult,
                    ResponsibleText = m.ResponsibleText,
                    DocumentType = m.DocumentType,
                    Checkpoints = dates.Select(d => new Checkpoint { DueDate = d, IsManual = manual }).ToList(),
                };
                measure.SetExecution(Measure.ScopeIn(level, m.ExecutionScope), m.BiasListYear, m.ReportRequired,
                    m.AssignedSchools.Select(a => a.SchoolId));
                sectionCopy.Measures.Add(measure);
            }
            copy.Sections.Add(sectionCopy);
        }
        return copy;
    }

    /// <summary>Whole years when the period moved by whole years (keeps «31 May» on 31 May), days otherwise.</summary>
    private static DateOnly ShiftByYears(DateOnly date, DateOnly oldStart, DateOnly newStart, int shiftDays)
    {
        if (oldStart.Month == newStart.Month && oldStart.Day == newStart.Day)
        {
            var years = newStart.Year - oldStart.Year;
            var year = Math.Clamp(date.Year + years, 1, 9999);
            var day = Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month));
            // Month ends stay month ends (28/29 February).
            if (date.Day == DateTime.DaysInMonth(date.Year, date.Month)) day = DateTime.DaysInMonth(year, date.Month);
            return new DateOnly(year, date.Month, day);
        }
        return DateOnly.FromDayNumber(Math.Clamp(date.DayNumber + shiftDays, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
    }
}
