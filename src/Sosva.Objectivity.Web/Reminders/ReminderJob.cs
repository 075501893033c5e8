using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Execution;
namespace Sosva.Objectivity.Web.Reminders;

/// <summary>What one run of the job did.</summary>
public sealed record ReminderRun(bool Ran, int DueSoonCreated, int OverdueCreated, int SchoolsEmailed)
{
    /// <summary>Another instance held the lock: this one did nothing.</summary>
    public static ReminderRun Skipped { get; } = new(false, 0, 0, 0);
}

/// <summary>
/// The daily reminders (docs/design.md#64-reminders): brings the reports in step with the plan, creates the
/// in-portal notifications and e-mails each school one digest when SMTP is configured.
/// </summary>
/// <remarks>
/// <para>Which reports: required reports not submitted (draft or returned) of active schools.
/// «Due soon» is a checkpoint within <see cref="ReminderOptions.DaysBefore"/> days (today included)
/// rather than exactly seven days ahead, so a day the job missed (a restart, an outage) or a report
/// the plan added five days before its date still gets its reminder. «Overdue» is a checkpoint date
/// already passed (docs/design.md#63-overdue-and-due-soon). Each report gets at most one notification of each kind
/// (unique index), so runs repeat nothing; a report already past its date gets only the overdue one.</para>
/// <para>E-mail: a school's notifications not yet e-mailed, not yet read in the portal, at most
/// <see cref="EmailWindowDays"/> days old and whose report still waits for the principal. The window
/// keeps a server whose SMTP is configured late from sending a backlog of stale reminders.</para>
/// <para>Several portal instances share one database: a PostgreSQL advisory lock, held on this
/// context's connection for the run, lets one of them work while the others skip.</para>
/// </remarks>
public sealed class ReminderJob(
    AppDbContext db, ReportPlanner planner, ReminderMailer mailer, IOptions<ReminderOptions> options,
    TimeProvider clock, ILogger<ReminderJob> logger)
{
    /// <summary>Key of the advisory lock (any bigint the portal uses for nothing else: «SOSVAREM» in ASCII).</summary>
    public const long LockKey = 0x534F_5356_4152_454D;

    public const int EmailWindowDays = 7;

    public async Task<ReminderRun> RunOnceAsync(DateOnly today, CancellationToken ct = default)
    {
        // An advisory lock belongs to a session: keep one connection open for the whole run.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({LockKey}) AS \"Value\"").SingleAsync(ct);
            if (!locked)
            {
                logger.LogInformation("Reminders for {Today} skipped: another instance is running them", today);
                return ReminderRun.Skipped;
            }
            try
            {
                await planner.SyncAllAsync(ct);
                var (dueSoon, overdue) = await CreateNotificationsAsync(today, ct);
                var emailed = await EmailAsync(ct);
                logger.LogInformation(
                    "Reminders for {Today}: {DueSoon} due soon, {Overdue} overdue notifications created, {Schools} schools e-mailed",
                    today, dueSoon, overdue, emailed);
                return new ReminderRun(true, dueSoon, overdue, emailed);
            }
            finally
            {
                // CancellationToken.None: the lock must be released even when the run was cancelled.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private IQueryable<ExecutionReport> Waiting() =>
        db.ExecutionReports.WaitingOnSchool().Where(r => r.IsRequired && r.School!.IsActive);

    private async Task<(int DueSoon, int Overdue)> CreateNotificationsAsync(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(Math.Max(0, options.Value.DaysBefore));
        var overdue = await Waiting()
            .Where(r => r.DueDate < today && !db.Notifications.Any(n => n.ReportId == r.Id && n.Kind == NotificationKind.Overdue))
            .Select(r => new { r.Id, r.SchoolId }).ToListAsync(ct);
        var dueSoon = await Waiting()
            .Where(r => r.DueDate >= today && r.DueDate <= horizon
                        && !db.Notifications.Any(n => n.ReportId == r.Id && n.Kind == NotificationKind.DueSoon))
            .Select(r => new { r.Id, r.SchoolId }).ToListAsync(ct);

        var now = clock.GetUtcNow();
        db.Notifications.AddRange(overdue.Select(r => new Notification
            { ReportId = r.Id, SchoolId = r.SchoolId, Kind = NotificationKind.Overdue, CreatedAt = now }));
        db.Notifications.AddRange(dueSoon.Select(r => new Notification
            { ReportId = r.Id, SchoolId = r.SchoolId, Kind = NotificationKind.DueSoon, CreatedAt = now }));
        await db.SaveChangesAsync(ct);
        return (dueSoon.Count, overdue.Count);
    }

    private async Task<int> EmailAsync(CancellationToken ct)
    {
        if (!mailer.IsConfigured) return 0;

        var now = clock.GetUtcNow();
        var since = now.AddDays(-EmailWindowDays);
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.ReadAt == null && n.CreatedAt >= since && n.Report!.IsRequired)
            .WaitingOnSchool(n => n.Report!.State)
            .OrderBy(n => n.Report!.DueDate).ThenBy(n => n.Id)
            .Select(n => new ReminderItem(n.Id, n.SchoolId, n.ReportId, n.Kind, n.Report!.DueDate,
                n.Report.Measure!.Number, n.Report.Measure.Title, n.Report.Measure.Section!.Roadmap!.Title))
            .ToListAsync(ct);
        if (items.Count == 0) return 0;

        var schoolIds = items.Select(i => i.SchoolId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
        // Principals are the users bound to a school; a disabled account (locked «forever») gets nothing.
        var disabledFrom = now.AddYears(50);
        var recipients = (await db.Users.AsNoTracking()
                .Where(u => u.SchoolId != null && schoolIds.Contains(u.SchoolId.Value) && u.Email != null && u.Email != ""
                            && (u.LockoutEnd == null || u.LockoutEnd < disabledFrom))
                .Select(u => new { SchoolId = u.SchoolId!.Value, u.FullName, Email = u.Email! })
                .ToListAsync(ct))
            .ToLookup(u => u.SchoolId, u => new ReminderRecipient(u.FullName, u.Email));

        var digests = items.GroupBy(i => i.SchoolId)
            .Where(g => recipients[g.Key].Any())
            .Select(g => new ReminderDigest(schools[g.Key], [.. recipients[g.Key]], [.. g]))
            .ToList();
        if (digests.Count == 0) return 0;

        var sent = await mailer.SendAsync(digests, ct);
        if (sent.Count == 0) return 0;
        var sentIds = sent.SelectMany(d => d.Items).Select(i => i.NotificationId).ToList();
        var stamp = clock.GetUtcNow();
        await db.Notifications.Where(n => sentIds.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, stamp), ct);
        return sent.Count;
    }
}

/// <summary>One line of a digest: a notification and what it is about.</summary>
public sealed record ReminderItem(
    int NotificationId, int SchoolId, int ReportId, NotificationKind Kind, DateOnly DueDate,
    string? MeasureNumber, string MeasureTitle, string RoadmapTitle);

public sealed record ReminderRecipient(string FullName, string Email);

/// <summary>One school's e-mail: its principals and its reminders.</summary>
public sealed record ReminderDigest(string School, IReadOnlyList<ReminderRecipient> To, IReadOnlyList<ReminderItem> Items);
