using System.Globalization;
using System.Linq.Expressions;
using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Reports;

/// <summary>
/// Отчет об исполнении: one per (measure, school, checkpoint date) of an approved roadmap
/// (docs/design.md#61-reports-from-the-plan). The checkpoint is identified by its date within the measure, so an edit
/// of the deadline that keeps a date keeps its report, and a report with content survives its checkpoint being
/// removed (<see cref="IsRequired"/> turns false instead).
/// </summary>
public class ExecutionReport : ITracked, IVersioned
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The checkpoint's date (контрольный срок).</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>False when the plan no longer asks for it but it has content, so it is kept.</summary>
    public bool IsRequired { get; set; } = true;

    public ReportState State { get; set; } = ReportState.Draft;

    /// <summary>What the principal says of the execution; null until chosen.</summary>
    public ExecutionStatus? Status { get; set; }

    /// <summary>What was done, as the principal wrote it.</summary>
    public string? Text { get; set; }

    /// <summary>Links to evidence (e.g. the page on the school's site).</summary>
    public List<string> Links { get; set; } = [];

    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    /// <summary>The specialist's comment of the last return (or acceptance).</summary>
    public string? ReviewComment { get; set; }

    public List<EvidenceFile> Files { get; set; } = [];
    public List<ReportEvent> History { get; set; } = [];

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// Waiting on the school: not yet submitted, or returned for rework. The one definition, as a tree so that
    /// database queries use it too (Data/ReportQueries); it matches the partial index IX_ExecutionReports_Waiting.
    /// </summary>
    public static Expression<Func<ReportState, bool>> WaitingOnSchool { get; } = s => s == ReportState.Draft || s == ReportState.Returned;

    private static readonly Func<ReportState, bool> Waiting = WaitingOnSchool.Compile();

    /// <summary><see cref="WaitingOnSchool"/> for a state in memory.</summary>
    public static bool IsWaitingOnSchool(ReportState state) => Waiting(state);

    /// <summary>The principal may change it: waiting on the school.</summary>
    public bool IsEditable => IsWaitingOnSchool(State);

    /// <summary>Anything a person entered, so removing it would lose work.</summary>
    public bool HasContent => State != ReportState.Draft || Status is not null || !string.IsNullOrWhiteSpace(Text)
                              || Links.Count > 0 || Files.Count > 0;

    /// <summary>Whether the principal may change it now; otherwise why not (docs/design.md#62-states-and-review).</summary>
    public TransitionResult CheckEditable() => IsEditable
        ? TransitionResult.Done
        : TransitionResult.Refused(State == ReportState.Accepted
            ? "Отчёт уже принят; изменить его нельзя."
            : "Отчёт уже отправлен на проверку; изменить его можно будет, если специалист вернёт его на доработку.");

    /// <summary>Saves the principal's form without sending it: the report stays a draft (or returned).</summary>
    public TransitionResult SaveDraft(ExecutionStatus? status, string? text, IReadOnlyList<string> links)
    {
        var editable = CheckEditable();
        if (!editable.Succeeded) return editable;
        Fill(status, text, links);
        return TransitionResult.Done;
    }

    /// <summary>What a submission lacks: it needs a status and a text; empty when it may be sent.</summary>
    public static IReadOnlyList<Refusal> SubmissionRefusals(ExecutionStatus? status, string? text)
    {
        var refusals = new List<Refusal>();
        if (status is null) refusals.Add(new Refusal("Выберите статус исполнения.", nameof(Status)));
        if (string.IsNullOrWhiteSpace(text)) refusals.Add(new Refusal("Опишите, что сделано.", nameof(Text)));
        return refusals;
    }

    /// <summary>
    /// Draft or returned → submitted, with the form as given. Every file of the report becomes part of the submission
    /// and the history keeps what was sent, so the files must already have their ids.
    /// </summary>
    public TransitionResult Submit(ExecutionStatus? status, string? text, IReadOnlyList<string> links, DateTimeOffset now, string by)
    {
        var editable = CheckEditable();
        if (!editable.Succeeded) return editable;
        var lacking = SubmissionRefusals(status, text);
        if (lacking.Count > 0) return TransitionResult.Refused(lacking);
        Fill(status, text, links);
        State = ReportState.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        foreach (var file in Files) file.WasSubmitted = true;
        History.Add(new ReportEvent
        {
            Kind = ReportEventKind.Submitted, At = now, By = by,
            Status = Status, Text = Text, Links = [.. Links], FileIds = Files.Select(f => f.Id).ToList(),
        });
        return TransitionResult.Done;
    }

    /// <summary>Whether a specialist may decide on it now: only a submitted report is reviewed.</summary>
    public TransitionResult CheckReviewable() => State == ReportState.Submitted
        ? TransitionResult.Done
        : TransitionResult.Refused(State switch
        {
            ReportState.Accepted => "Отчёт уже принят.",
            ReportState.Returned => "Отчёт уже возвращён на доработку.",
            _ => "Отчёт ещё не отправлен школой на проверку.",
        });

    /// <summary>Submitted → accepted (final); the comment is optional.</summary>
    public TransitionResult Accept(string? comment, DateTimeOffset now, string by) =>
        Review(ReportState.Accepted, ReportEventKind.Accepted, comment, now, by);

    /// <summary>Submitted → returned for correction; the comment is required, the principal reads it.</summary>
    public TransitionResult Return(string? comment, DateTimeOffset now, string by)
    {
        var reviewable = CheckReviewable();
        if (!reviewable.Succeeded) return reviewable;
        if (string.IsNullOrWhiteSpace(comment))
            return TransitionResult.Refused("Напишите, что нужно исправить: комментарий увидит руководитель школы.", nameof(ReviewComment));
        return Review(ReportState.Returned, ReportEventKind.Returned, comment, now, by);
    }

    private void Fill(ExecutionStatus? status, string? text, IReadOnlyList<string> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        Status = status;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        Links = [.. links];
    }

    private TransitionResult Review(ReportState state, ReportEventKind kind, string? comment, DateTimeOffset now, string by)
    {
        var reviewable = CheckReviewable();
        if (!reviewable.Succeeded) return reviewable;
        State = state;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        History.Add(new ReportEvent { Kind = kind, At = now, By = by, Comment = ReviewComment });
        return TransitionResult.Done;
    }

    /// <summary>
    /// The plan no longer asks for it but someone worked on it: kept, marked not required
    /// (docs/design.md#61-reports-from-the-plan).
    /// </summary>
    public void Retire(DateTimeOffset now, string by) => SetRequired(false, now, by);

    /// <summary>The plan asks for a retired report again.</summary>
    public void Revive(DateTimeOffset now, string by) => SetRequired(true, now, by);

    /// <summary>Its checkpoint moved: the report follows it to <paramref name="newDate"/> with its state and content
    /// (docs/decisions/010-plan-changes-keep-reports.md).</summary>
    public void MoveTo(DateOnly newDate, DateTimeOffset now, string by)
    {
        History.Add(new ReportEvent
        {
            Kind = ReportEventKind.Moved, At = now, By = by,
            Comment = string.Create(CultureInfo.InvariantCulture, $"Контрольный срок перенесён с {DueDate:dd.MM.yyyy} на {newDate:dd.MM.yyyy}"),
        });
        DueDate = newDate;
    }

    private void SetRequired(bool required, DateTimeOffset now, string by)
    {
        IsRequired = required;
        History.Add(new ReportEvent
        {
            Kind = required ? ReportEventKind.RequiredAgain : ReportEventKind.NoLongerRequired, At = now, By = by,
            Comment = required ? "Отчёт снова требуется по плану" : "Контрольный срок или школа исключены из плана; отчёт сохранён",
        });
    }

    /// <summary>Overdue: the checkpoint date has passed and no submitted report stands
    /// (docs/design.md#63-overdue-and-due-soon).</summary>
    public static bool IsOverdue(ReportState state, DateOnly dueDate, DateOnly today) =>
        dueDate < today && IsWaitingOnSchool(state);
}

/// <summary>Where a report stands in the review.</summary>
public enum ReportState
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

/// <summary>The principal's statement of execution.</summary>
public enum ExecutionStatus
{
    Done = 0,
    PartlyDone = 1,
    NotDone = 2,
    InProgress = 3,
}

/// <summary>
/// Подтверждающий документ: an uploaded file. The bytes live in <see cref="EvidenceContent"/>
/// so that lists never load them. A file that was part of a submission is never deleted, only
/// <see cref="RemovedAt"/>-marked, so the history shows it as it was.
/// </summary>
public class EvidenceFile
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public ExecutionReport? Report { get; set; }

    /// <summary>Display name, cleaned of paths and control characters; never used as a storage name.</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Submitted at least once: kept for the history even when removed later.</summary>
    public bool WasSubmitted { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }

    public EvidenceContent? Content { get; set; }
}

/// <summary>The bytes of an evidence file (PostgreSQL bytea).</summary>
public class EvidenceContent
{
    public int FileId { get; set; }
    public byte[] Data { get; set; } = [];
}

/// <summary>One step of a report's history; a submission keeps what was submitted.</summary>
public class ReportEvent
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public ReportEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";

    /// <summary>The reviewer's comment (return/accept) or a note of the system.</summary>
    public string? Comment { get; set; }

    // Snapshot of a submission.
    public ExecutionStatus? Status { get; set; }
    public string? Text { get; set; }
    public List<string> Links { get; set; } = [];

    /// <summary>The evidence files that were part of the submission.</summary>
    public List<int> FileIds { get; set; } = [];
}

public enum ReportEventKind
{
    Submitted = 0,
    Returned = 1,
    Accepted = 2,
    NoLongerRequired = 3,
    RequiredAgain = 4,

    /// <summary>The checkpoint moved to another date and the report followed it.</summary>
    Moved = 5,
}
