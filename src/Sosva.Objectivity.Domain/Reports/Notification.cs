namespace Sosva.Objectivity.Domain.Reports;

/// <summary>
/// An in-portal reminder to a school's principal about one report: due in a week, or overdue
/// (docs/design.md#64-reminders). One per report and kind, so the daily job never repeats itself.
/// </summary>
public class Notification
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ReportId { get; set; }
    public ExecutionReport? Report { get; set; }
    public NotificationKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a principal of the school opened or dismissed it.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When it went out by e-mail (null: not sent, e.g. no SMTP configured).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public enum NotificationKind
{
    DueSoon = 0,
    Overdue = 1,
}
