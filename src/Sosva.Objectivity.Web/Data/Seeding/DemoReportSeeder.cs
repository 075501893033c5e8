using System.Security.Cryptography;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Exports.Pdf;
using Sosva.Objectivity.Web.Execution;
namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>
/// Demo execution reports (idempotent): the Sosva order of 2023 copied for the current academic year and
/// approved, so that «Мои мероприятия», the review queue and the matrix show every state — accepted,
/// submitted, returned with a comment, overdue, due soon — with evidence files. The original order's past
/// reports are mostly accepted, a few were never sent.
/// </summary>
public sealed class DemoReportSeeder(AppDbContext db, ReportPlanner planner, DisplayFormat format, TimeProvider clock)
{
    public const string CurrentTitleSuffix = " (на текущий учебный год)";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = format.Today();
        await EnsureCurrentRoadmapAsync(today, ct);
        await planner.SyncAllAsync(ct);
        if (await db.ExecutionReports.AnyAsync(r => r.State != ReportState.Draft || r.Text != null, ct)) return;

        var reports = await db.ExecutionReports.Include(r => r.Measure).OrderBy(r => r.DueDate).ThenBy(r => r.MeasureId).ThenBy(r => r.SchoolId)
            .ToListAsync(ct);
        var pdf = EvidencePdf();
        var principalOf = await db.Users.Where(u => u.SchoolId != null).GroupBy(u => u.SchoolId!.Value)
            .Select(g => new { SchoolId = g.Key, g.First().UserName }).ToDictionaryAsync(x => x.SchoolId, x => x.UserName ?? "", ct);
        foreach (var report in reports)
        {
            // A fixed spread (not random: the same database gives the same demo).
            var roll = (int)(((long)report.MeasureId * 7919 + report.SchoolId * 104729L + report.DueDate.DayNumber * 31L) % 100);
            var author = principalOf.GetValueOrDefault(report.SchoolId, "principal");
            var due = report.DueDate.ToDateTime(new TimeOnly(10, 0));
            var at = new DateTimeOffset(due.AddDays(-(roll % 9) - 1), TimeSpan.FromHours(5)).ToUniversalTime();
            var old = report.DueDate < today.AddDays(-365);
            if (report.DueDate >= today)
            {
                if (roll < 12) Fill(report, author, at.AddDays(-10) < clock.GetUtcNow() ? at.AddDays(-10) : clock.GetUtcNow().AddDays(-1), pdf, submit: true);
                else if (roll < 20) Fill(report, author, clock.GetUtcNow().AddDays(-2), pdf, submit: false);
                continue;
            }
            // Years-old reports were reviewed long ago: accepted, a few returned and never corrected.
            var accepted = old ? 90 : 55;
            var waiting = old ? 0 : 15;
            var returned = old ? 3 : 12;
            if (roll < accepted)
            {
                Fill(report, author, at, pdf, submit: true);
                Review(report, at.AddDays(3), accept: true, null);
            }
            else if (roll < accepted + waiting)
            {
                Fill(report, author, at, pdf, submit: true);
            }
            else if (roll < accepted + waiting + returned)
            {
                Fill(report, author, at, pdf, submit: true);
                Review(report, at.AddDays(2), accept: false,
                    "Приложите приказ о назначении ответственных и ссылку на страницу сайта школы, где он размещён.");
            }
            // The rest were never sent: overdue.
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureCurrentRoadmapAsync(DateOnly today, CancellationToken ct)
    {
        if (await db.Roadmaps.AnyAsync(r => r.Title.EndsWith(CurrentTitleSuffix), ct)) return;
        var source = await db.Roadmaps.AsNoTracking().AsSplitQuery()
            .Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.Checkpoints)
            .Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.AssignedSchools)
            .Where(r => r.Level == RoadmapLevel.Municipal && r.Status == RoadmapStatus.Approved)
            .OrderBy(r => r.PeriodStart).FirstOrDefaultAsync(ct);
        if (source is null) return;
        var start = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var copy = RoadmapCopy.Create(source, source.Title + CurrentTitleSuffix, RoadmapLevel.Municipal, null, start, start.AddYears(1).AddDays(-1));
        copy.OrderNumber = "112";
        copy.OrderDate = start.AddDays(-10);
        copy.Status = RoadmapStatus.Approved;
        copy.StatusChangedAt = clock.GetUtcNow();
        copy.StatusChangedBy = HttpCurrentUser.System;
        db.Roadmaps.Add(copy);
        await db.SaveChangesAsync(ct);
    }

    private void Fill(ExecutionReport report, string author, DateTimeOffset at, byte[] pdf, bool submit)
    {
        report.Status = submit ? ExecutionStatus.Done : ExecutionStatus.InProgress;
        report.Text = submit
            ? $"Мероприятие «{Short(report.Measure!.Title)}» проведено. Издан приказ по школе, ответственные назначены, информация размещена на сайте школы."
            : "Готовим приказ и материалы для размещения на сайте.";
        report.Links = submit ? ["https://sosva-school.example/vpr/objectivity"] : [];
        var file = new EvidenceFile
        {
            FileName = "Приказ по школе.pdf", ContentType = "application/pdf", Size = pdf.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)), UploadedBy = author, UploadedAt = at,
            WasSubmitted = submit, Content = new EvidenceContent { Data = pdf },
        };
        report.Files.Add(file);
        if (!submit) return;
        db.ChangeTracker.DetectChanges();
        report.State = ReportState.Submitted;
        report.SubmittedAt = at;
        report.SubmittedBy = author;
        report.History.Add(new ReportEvent
        {
            Kind = ReportEventKind.Submitted, At = at, By = author, Status = report.Status, Text = report.Text,
            Links = [.. report.Links], FileIds = [file.Id],
        });
    }

    private static void Review(ExecutionReport report, DateTimeOffset at, bool accept, string? comment)
    {
        report.State = accept ? ReportState.Accepted : ReportState.Returned;
        report.ReviewedAt = at;
        report.ReviewedBy = "specialist";
        report.ReviewComment = comment;
        report.History.Add(new ReportEvent
        {
            Kind = accept ? ReportEventKind.Accepted : ReportEventKind.Returned, At = at, By = "specialist", Comment = comment,
        });
    }

    private static string Short(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 80).TrimEnd(), "…");

    /// <summary>A one-page order «as scanned», made with the portal's own PDF writer.</summary>
    private static byte[] EvidencePdf()
    {
        var report = new PdfReport { Title = "Приказ по школе", PageNumberFormat = null };
        report.AddParagraph("ПРИКАЗ").AddParagraph("Об обеспечении объективности проведения ВПР")
            .AddParagraph("1. Назначить ответственных за организацию и проведение ВПР.")
            .AddParagraph("2. Разместить информацию на сайте школы.");
        using var buffer = new MemoryStream();
        report.Write(buffer);
        return buffer.ToArray();
    }
}
