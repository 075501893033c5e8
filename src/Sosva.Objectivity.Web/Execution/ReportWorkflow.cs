using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Uploads;
using Upload = Sosva.Objectivity.Web.Uploads.UploadedFile;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>
/// The life of an execution report (docs/design.md#62-states-and-review): the principal saves a draft with evidence
/// and submits; a specialist accepts or returns it with a comment; every submission is kept as it was. Every step is
/// one SaveChanges against the version the person saw, so nothing is half-saved and no one's change is silently
/// overwritten.
/// </summary>
public sealed class ReportWorkflow(AppDbContext db, TimeProvider clock, ICurrentUser currentUser, IOptions<EvidenceOptions> options)
{
    public const int MaxLinks = 20;

    /// <summary>Errors by form field («» for the whole form); empty when it worked.</summary>
    public sealed record Outcome(IReadOnlyList<KeyValuePair<string, string>> Errors)
    {
        public static readonly Outcome Ok = new([]);
        public bool Succeeded => Errors.Count == 0;
        public static Outcome Fail(string field, string message) => new([new(field, message)]);
    }

    public const string ConflictMessage =
        "Отчёт изменил другой пользователь, пока вы его редактировали. Страница показывает его текущее состояние; повторите действие.";

    public Task<ExecutionReport?> LoadAsync(int id, CancellationToken ct = default) =>
        db.ExecutionReports.Include(r => r.Files.Where(f => f.RemovedAt == null)).SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Saves the principal's form and new files; with <paramref name="submit"/> also sends it for review.</summary>
    public async Task<Outcome> SaveAsync(ExecutionReport report, ExecutionStatus? status, string? text, string? linksText,
        uint version, IReadOnlyList<Upload> uploads, bool submit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(uploads);
        // The state first: a second click of «Отправить» is told the report is already sent, not that someone else changed it.
        if (report.CheckEditable() is { Succeeded: false } locked) return Refused(locked);
        if (report.Version != version) return Outcome.Fail("", ConflictMessage);

        var errors = new List<KeyValuePair<string, string>>();
        var links = ParseLinks(linksText, errors);
        var files = CheckUploads(report, uploads, errors);
        // Asked here as well as by Submit, so that the form shows what a submission lacks together with its other errors.
        if (submit) errors.AddRange(Refused(ExecutionReport.SubmissionRefusals(status, text)));
        if (errors.Count > 0) return new Outcome(errors);

        var now = clock.GetUtcNow();
        foreach (var (kind, upload) in files)
        {
            report.Files.Add(new EvidenceFile
            {
                FileName = kind.FileName, ContentType = kind.ContentType, Size = upload.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
                UploadedBy = currentUser.Name, UploadedAt = now,
                Content = new EvidenceContent { Data = upload.Content },
            });
        }
        // A new file alone leaves the report's row as it was; touch it, so that a tab opened before cannot submit the file unseen.
        if (files.Count > 0) Touch(report, now);
        // New files get their ids when the context sees them (hi-lo keys), before the insert; the submission's history keeps them.
        if (submit) db.ChangeTracker.DetectChanges();
        var outcome = submit ? report.Submit(status, text, links, now, currentUser.Name) : report.SaveDraft(status, text, links);
        if (!outcome.Succeeded) return Refused(outcome);
        return await SaveAsync(ct);
    }

    /// <summary>Takes a file off an unsubmitted report; a file once submitted stays in the history.</summary>
    public async Task<Outcome> RemoveFileAsync(ExecutionReport report, int fileId, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.IsEditable) return Outcome.Fail("", "Отчёт отправлен на проверку: файлы изменить нельзя.");
        if (report.Version != version) return Outcome.Fail("", ConflictMessage);
        var file = report.Files.SingleOrDefault(f => f.Id == fileId);
        if (file is null) return Outcome.Fail("", "Такого файла в отчёте нет.");
        if (file.WasSubmitted) file.RemovedAt = clock.GetUtcNow();
        else db.EvidenceFiles.Remove(file);
        Touch(report, clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    /// <summary>Changes the report's own row when only its files change, so that its version moves and a parallel edit is caught.</summary>
    private void Touch(ExecutionReport report, DateTimeOffset now)
    {
        report.UpdatedAt = now;
        db.Entry(report).Property(r => r.UpdatedAt).IsModified = true;
    }

    /// <summary>A specialist's decision: accept (comment optional) or return (comment required).</summary>
    public async Task<Outcome> ReviewAsync(ExecutionReport report, bool accept, string? comment, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The state first: a second click is told the report is already decided, not that someone else changed it.
        if (report.CheckReviewable() is { Succeeded: false } decided) return Refused(decided);
        if (report.Version != version) return Outcome.Fail("", ConflictMessage);
        var now = clock.GetUtcNow();
        var outcome = accept ? report.Accept(comment, now, currentUser.Name) : report.Return(comment, now, currentUser.Name);
        if (!outcome.Succeeded) return Refused(outcome);
        return await SaveAsync(ct);
    }

    private static Outcome Refused(TransitionResult result) => new(Refused(result.Refusals));

    /// <summary>The entity's refusals as form errors: each beside the field of the property it is about.</summary>
    private static List<KeyValuePair<string, string>> Refused(IReadOnlyList<Refusal> refusals) =>
        refusals.Select(r => new KeyValuePair<string, string>(r.Field switch
        {
            nameof(ExecutionReport.Status) => "Input.Status",
            nameof(ExecutionReport.Text) => "Input.Text",
            nameof(ExecutionReport.ReviewComment) => "Review.Comment",
            _ => "",
        }, r.Reason)).ToList();

    private async Task<Outcome> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Fail("", ConflictMessage);
        }
    }

    private static List<string> ParseLinks(string? text, List<KeyValuePair<string, string>> errors)
    {
        var links = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (links.Count > MaxLinks) errors.Add(new("Input.LinksText", $"Не больше {MaxLinks} ссылок."));
        foreach (var link in links)
        {
            // Only web addresses: «javascript:» and the like would run in the reviewer's browser.
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                errors.Add(new("Input.LinksText", $"«{Clip(link)}» — не адрес страницы: ссылка должна начинаться с https:// или http://."));
        }
        return links;
    }

    private List<(EvidenceKind Kind, Upload Upload)> CheckUploads(ExecutionReport report, IReadOnlyList<Upload> uploads,
        List<KeyValuePair<string, string>> errors)
    {
        var limits = options.Value;
        var accepted = new List<(EvidenceKind, Upload)>();
        var count = report.Files.Count + uploads.Count;
        if (uploads.Count > 0 && count > limits.MaxFilesPerReport)
        {
            // Refused as a whole before any file is inspected: the count alone decides.
            errors.Add(new("Files", $"Файлов в отчёте может быть не больше {limits.MaxFilesPerReport}; с новыми их было бы {count}. "
                                    + "Уберите лишние или объедините их (например, сканы — в один PDF)."));
            return accepted;
        }
        foreach (var upload in uploads)
        {
            try
            {
                accepted.Add((EvidenceCheck.Inspect(upload.Name, upload.Content, limits), upload));
            }
            catch (UploadRefusedException e)
            {
                errors.Add(new("Files", e.Message));
            }
        }
        var total = report.Files.Sum(f => f.Size) + uploads.Sum(u => (long)u.Content.Length);
        if (total > limits.MaxReportBytes)
            errors.Add(new("Files", $"Файлы отчёта вместе не должны превышать {Hosting.FileSizeText.Format(limits.MaxReportBytes)}; "
                                    + $"с новыми было бы {Hosting.FileSizeText.Format(total)}."));
        return accepted;
    }

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
