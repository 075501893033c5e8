namespace Sosva.Objectivity.Domain.Reports;

/// <summary>Where a report stands as people see it: the review state combined with the due date.</summary>
public enum ReportProgress
{
    /// <summary>Not submitted; due later than <see cref="ReportProgressRule.DueSoonDays"/> days from today.</summary>
    NotDue = 0,
    DueSoon = 1,
    Overdue = 2,
    Submitted = 3,
    Returned = 4,
    Accepted = 5,
}

public static class ReportProgressRule
{
    /// <summary>«Срок в ближайшие 14 дней» of «Мои мероприятия» and the matrix
    /// (docs/design.md#63-overdue-and-due-soon).</summary>
    public const int DueSoonDays = 14;

    /// <summary>
    /// A returned report past its date counts as overdue: no submitted report stands for the checkpoint.
    /// </summary>
    public static ReportProgress Of(ReportState state, DateOnly dueDate, DateOnly today) => state switch
    {
        ReportState.Accepted => ReportProgress.Accepted,
        ReportState.Submitted => ReportProgress.Submitted,
        _ when dueDate < today => ReportProgress.Overdue,
        ReportState.Returned => ReportProgress.Returned,
        _ when dueDate <= today.AddDays(DueSoonDays) => ReportProgress.DueSoon,
        _ => ReportProgress.NotDue,
    };
}
