using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Hosting;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>What `seed-scale` generates.</summary>
public sealed record ScaleOptions(int Schools, int Measures, int Campaigns)
{
    public const int MaxSchools = 100_000;
    public const int MaxMeasures = 200;
    public const int MaxCampaigns = 10;

    /// <summary>Share of schools with a principal's account (the others have sent nothing).</summary>
    public const double PrincipalShare = 0.9;
}

/// <summary>What was generated, printed as JSON by `seed-scale`.</summary>
public sealed record ScaleSummary(
    int Schools, int Principals, int RoadmapId, int Measures, long Reports, IReadOnlyDictionary<string, long> ReportsByState,
    IReadOnlyDictionary<string, long> ReportsByProgress,
    long EvidenceFiles, long ReportEvents, IReadOnlyList<int> CampaignIds, long IndicatorValues, long SchoolResults,
    long Recommendations, long BiasListEntries, IReadOnlyList<string> Accounts, int FirstSchoolId, string SamplePrincipal, int SampleSchoolId,
    string? Password, double Seconds);

/// <summary>Refusal of the generator (not an empty database, a weak password): the message is for the console.</summary>
public sealed class ScaleSeedException(string message) : Exception(message);

/// <summary>
/// Fills an empty database at regional or national scale (docs/design.md#104-scale): N schools, principals for most
/// of them, one approved municipal roadmap of M measures in sections, assigned to all schools, with two checkpoints
/// each (one in the previous academic year, one in the current), reports of every state with evidence and history,
/// and Y years of monitoring campaigns with inputs, bias lists and computed results.
/// </summary>
/// <remarks>
/// <para>The few structural rows (roadmap, campaigns, staff accounts) go through EF and the audit log as the
/// pages would write them. The millions (schools, principals, reports, files, history, inputs, results) go
/// through binary COPY in the same transaction, with ids taken from a range reserved on EF's hi-lo
/// sequence, so the portal's later inserts never collide. They are not in the audit log: they stand for
/// years of work that would have been audited when it was done.</para>
/// <para>Every draw is a hash of the row's key (<see cref="ScaleDraw"/>): the same options give the same
/// database, and each COPY pass recomputes a report's fate instead of holding millions in memory.</para>
/// <para>The data are consistent with the plan: the daily <see cref="Web.Execution.ReportPlanner"/> sync finds
/// nothing to change, and monitoring results are exactly what <see cref="CampaignComputation"/> would store.</para>
/// </remarks>
public sealed class ScaleDataSeeder(
    AppDbContext db, UserAdministration admin, IPasswordHasher<AppUser> hasher, DisplayFormat format, TimeProvider clock,
    ILogger<ScaleDataSeeder> log)
{
    public const string Specialist = "scale-specialist";
    public const string Methodologist = "scale-methodologist";
    public const string Administrator = "scale-admin";

    private const int CheckpointsPerMeasure = 2;
    private const string Sequence = "EntityFrameworkHiLoSequence";

    /// <summary>A tiny PDF shared by every generated evidence file (the content is not what is measured).</summary>
    private static readonly byte[] EvidencePdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly string EvidenceSha = Convert.ToHexStringLower(SHA256.HashData(EvidencePdf));

    /// <summary>Principal accounts are named by school number: principal-00001 for the first school.</summary>
    public static string PrincipalName(int schoolIndex, int schools) =>
        "principal-" + (schoolIndex + 1).ToString(new string('0', Math.Max(5, schools.ToString(CultureInfo.InvariantCulture).Length)), CultureInfo.InvariantCulture);

    public async Task<ScaleSummary> SeedAsync(ScaleOptions options, string password, bool passwordGenerated, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (await db.Schools.AnyAsync(ct))
            throw new ScaleSeedException("в базе уже есть школы: генератор заполняет только пустую базу (после migrate).");
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var today = format.Today();

        foreach (var (user, role, fullName) in new[]
                 {
                     (Administrator, Roles.Administrator, "Администратор (нагрузочные данные)"),
                     (Specialist, Roles.Specialist, "Специалист УО (нагрузочные данные)"),
                     (Methodologist, Roles.Methodologist, "Методист (нагрузочные данные)"),
                 })
        {
            if (await db.Users.AnyAsync(u => u.UserName == user, ct)) continue;
            var outcome = await admin.CreateAsync(user, fullName, role, null, password);
            if (!outcome.Succeeded) throw new ScaleSeedException(string.Join(" ", outcome.Errors.Select(e => e.Value)));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var methodologyRow = await MethodologyStore.EnsurePresetAsync(db, ct);
        var roadmap = Roadmap(options.Measures, today);
        db.Roadmaps.Add(roadmap);
        var campaigns = Enumerable.Range(today.Year - options.Campaigns, options.Campaigns).Select(year => new MonitoringCampaign
        {
            Year = year, MethodologyId = methodologyRow.Id, DataEntryDeadline = new DateOnly(year, 5, 31),
            // The latest is computed and waits for publication; the older ones are published.
            Status = year == today.Year - 1 ? CampaignStatus.Computed : CampaignStatus.Published,
            ComputedAt = new DateTimeOffset(year, 6, 15, 4, 0, 0, TimeSpan.Zero), ComputedBy = Methodologist,
            PublishedAt = year == today.Year - 1 ? null : new DateTimeOffset(year, 7, 1, 4, 0, 0, TimeSpan.Zero),
            PublishedBy = year == today.Year - 1 ? null : Methodologist,
        }).ToList();
        db.MonitoringCampaigns.AddRange(campaigns);
        await db.SaveChangesAsync(ct);
        log.LogInformation("seed-scale: roadmap {Roadmap} with {Measures} measures, {Campaigns} campaigns ({Elapsed} s)",
            roadmap.Id, options.Measures, campaigns.Count, Seconds(watch));

        var measures = roadmap.Sections.SelectMany(s => s.Measures).Select(m => new PlannedMeasure(
            m.Id, m.Number ?? "", [.. m.Checkpoints.Select(c => c.DueDate).Order()])).ToList();
        var grid = new Grid(options.Schools, measures, today, now, roadmap.StatusChangedAt!.Value);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var reports = (long)options.Schools * measures.Count * CheckpointsPerMeasure;
        var monitoringRows = ScaleMonitoring.MaxRows(options.Schools, options.Campaigns);
        var ids = await ReserveIdsAsync(connection, options.Schools + 7 * reports + monitoringRows, ct);
        grid.NumberSchools(ids);
        grid.ReportBase = (long)ids + options.Schools;
        grid.FileBase = grid.ReportBase + reports;
        grid.EventBase = grid.FileBase + 2 * reports;
        var monitoringBase = checked((int)(grid.EventBase + 4 * reports));

        var principalRole = await db.Roles.Where(r => r.Name == Roles.Principal).Select(r => r.Id).SingleAsync(ct);
        var passwordHash = hasher.HashPassword(new AppUser(), password);
        var principals = CopySchoolsAndPrincipals(connection, grid, principalRole, passwordHash);
        log.LogInformation("seed-scale: {Schools} schools, {Principals} principals ({Elapsed} s)", options.Schools, principals, Seconds(watch));

        var (byState, byProgress) = CopyReports(connection, grid);
        log.LogInformation("seed-scale: {Reports} reports ({Elapsed} s)", reports, Seconds(watch));
        var (files, events) = CopyEvidenceAndHistory(connection, grid);
        log.LogInformation("seed-scale: {Files} evidence files, {Events} history events ({Elapsed} s)", files, events, Seconds(watch));

        var monitoring = new ScaleMonitoring(connection, methodologyRow.ToMethodology(), grid.Schools, monitoringBase);
        var counts = monitoring.Copy([.. campaigns.Select(c => (c.Id, c.Year))], now);
        log.LogInformation("seed-scale: {Values} indicator values, {Results} results, {Recommendations} recommendations ({Elapsed} s)",
            counts.Values, counts.Results, counts.Recommendations, Seconds(watch));

        // A school in the middle of the list with a principal: the load test signs in as its principal.
        var sample = grid.FirstWithPrincipal(options.Schools / 2);
        await tx.CommitAsync(ct);
        // Fresh statistics (or the planner guesses the sizes of tables that were empty a minute ago) and a
        // visibility map (or counts cannot be answered from the indexes alone), as autovacuum would leave them.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", ct);
        log.LogInformation("seed-scale: committed and analysed ({Elapsed} s)", Seconds(watch));

        return new ScaleSummary(options.Schools, principals, roadmap.Id, measures.Count, reports, byState, byProgress, files, events,
            [.. campaigns.Select(c => c.Id)], counts.Values, counts.Results, counts.Recommendations, counts.BiasEntries,
            [Administrator, Specialist, Methodologist, PrincipalName(grid.FirstWithPrincipal(0), options.Schools) + " … " + PrincipalName(options.Schools - 1, options.Schools)],
            grid.Schools[0].Id, grid.Schools[sample].Login!, grid.Schools[sample].Id,
            passwordGenerated ? password : null, Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    private static double Seconds(Stopwatch watch) => Math.Round(watch.Elapsed.TotalSeconds, 1);

    /// <summary>
    /// Takes <paramref name="count"/> ids from the hi-lo sequence: the next value starts the range and the
    /// sequence is moved past its end, so blocks EF hands out later start above it.
    /// </summary>
    private static async Task<int> ReserveIdsAsync(NpgsqlConnection connection, long count, CancellationToken ct)
    {
        await using var next = new NpgsqlCommand($"SELECT nextval('\"{Sequence}\"')", connection);
        var first = (long)(await next.ExecuteScalarAsync(ct))!;
        if (first + count >= int.MaxValue) throw new ScaleSeedException("слишком много строк для целочисленных ключей: уменьшите --schools или --measures.");
        await using var move = new NpgsqlCommand($"SELECT setval('\"{Sequence}\"', {first + count})", connection);
        await move.ExecuteScalarAsync(ct);
        return (int)first;
    }

    private static Roadmap Roadmap(int measures, DateOnly today)
    {
        // Two academic years: the previous one (checkpoints past) and the current one (some past, most ahead).
        var currentStart = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var start = currentStart.AddYears(-1);
        var end = currentStart.AddYears(1).AddDays(-1);
        var roadmap = new Roadmap
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Комплекс мер по обеспечению объективности оценочных процедур на {start.Year}/{start.Year + 1} и {currentStart.Year}/{currentStart.Year + 1} учебные годы"),
            Level = RoadmapLevel.Municipal, OwnerOrganization = "Управление образованием (нагрузочные данные)",
            OrderNumber = "77", OrderDate = start.AddDays(-5), OrderSignedBy = "Начальник управления образованием",
            PeriodStart = start, PeriodEnd = end,
            Goal = "Обеспечение объективности процедур оценки качества образования в общеобразовательных организациях.",
            Status = RoadmapStatus.Approved, StatusChangedAt = new DateTimeOffset(start.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero),
            StatusChangedBy = Specialist,
        };
        var sectionCount = Math.Max(1, (measures + 9) / 10);
        for (var s = 0; s < sectionCount; s++)
        {
            var section = new Section
            {
                Position = s, Number = string.Create(CultureInfo.InvariantCulture, $"{s + 1}."), Title = ScaleTexts.Sections[s % ScaleTexts.Sections.Length],
            };
            roadmap.Sections.Add(section);
            var inSection = Math.Min(10, measures - s * 10);
            for (var m = 0; m < inSection; m++)
            {
                var index = s * 10 + m;
                var (title, result, document) = ScaleTexts.Measures[index % ScaleTexts.Measures.Length];
                // One checkpoint in each academic year, spread over the months (never 1 September itself).
                var first = start.AddDays(20 + index * 37 % 330);
                var second = currentStart.AddDays(20 + index * 53 % 330);
                section.Measures.Add(new Measure
                {
                    Position = m, Number = string.Create(CultureInfo.InvariantCulture, $"{s + 1}.{m + 1}."), Title = title,
                    DeadlineText = string.Create(CultureInfo.InvariantCulture, $"до {first:dd.MM.yyyy} г., до {second:dd.MM.yyyy} г."),
                    DeadlineKind = DeadlineKind.Dates, ExpectedResult = result, DocumentType = document,
                    ResponsibleText = "Руководители ОО", ExecutionScope = ExecutionScope.AllSchools, ReportRequired = true,
                    Checkpoints = [new Checkpoint { DueDate = first }, new Checkpoint { DueDate = second }],
                });
            }
        }
        return roadmap;
    }

    private static int CopySchoolsAndPrincipals(NpgsqlConnection connection, Grid grid, string principalRole, string passwordHash)
    {
        using (var schools = new BulkCopy(connection, "Schools", "Id", "FullName", "ShortName", "Inn", "Address", "PrincipalName",
                   "IsRural", "IsSmall", "IsActive", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy"))
        {
            for (var i = 0; i < grid.Schools.Count; i++)
            {
                var s = grid.Schools[i];
                schools.Row().Int(s.Id).Text(s.FullName).Text(s.ShortName).Text((6_600_000_000L + i).ToString(CultureInfo.InvariantCulture))
                    .Text(s.Address).Text(s.Principal).Bool(s.Rural).Bool(s.Small).Bool(true)
                    .Time(grid.Created).Text(HttpCurrentUser.System).Time(grid.Created).Text(HttpCurrentUser.System);
            }
            schools.Complete();
        }

        var userIds = new List<(string UserId, int School)>();
        using (var users = new BulkCopy(connection, "AspNetUsers", "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                   "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed",
                   "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount", "FullName", "SchoolId", "CreatedAt"))
        {
            for (var i = 0; i < grid.Schools.Count; i++)
            {
                var s = grid.Schools[i];
                if (s.Login is null) continue;
                var id = new Guid(ScaleDraw.Hash(0x05E4, (ulong)i).ToString("x16", CultureInfo.InvariantCulture)
                                  + ScaleDraw.Hash(0x05E5, (ulong)i).ToString("x16", CultureInfo.InvariantCulture)).ToString();
                userIds.Add((id, s.Id));
                // One password hash for all: PBKDF2 per account would take minutes, and the hash carries its own salt.
                users.Row().Text(id).Text(s.Login).Text(s.Login.ToUpperInvariant()).Null().Null()
                    .Bool(false).Text(passwordHash).Text(Guid.NewGuid().ToString("N").ToUpperInvariant()).Text(Guid.NewGuid().ToString())
                    .Null().Bool(false).Bool(false).Null().Bool(true).Int(0).Text(s.Principal).Int(s.Id).Time(grid.Created);
            }
            users.Complete();
        }
        using (var roles = new BulkCopy(connection, "AspNetUserRoles", "UserId", "RoleId"))
        {
            foreach (var (userId, _) in userIds) roles.Row().Text(userId).Text(principalRole);
            roles.Complete();
        }
        return userIds.Count;
    }

    private static (Dictionary<string, long> ByState, Dictionary<string, long> ByProgress) CopyReports(NpgsqlConnection connection, Grid grid)
    {
        var byState = Enum.GetValues<ReportState>().ToDictionary(p => p.ToString(), _ => 0L);
        var byProgress = Enum.GetValues<ReportProgress>().ToDictionary(p => p.ToString(), _ => 0L);
        using var copy = new BulkCopy(connection, "ExecutionReports", "Id", "MeasureId", "SchoolId", "DueDate", "IsRequired", "State", "Status",
            "Text", "Links", "SubmittedAt", "SubmittedBy", "ReviewedAt", "ReviewedBy", "ReviewComment", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy");
        foreach (var r in grid.Reports())
        {
            var f = r.Fate;
            var school = grid.Schools[r.School];
            byState[f.State.ToString()]++;
            byProgress[ReportProgressRule.Of(f.State, r.Due, grid.Today).ToString()]++;
            var updatedAt = f.ReviewedAt ?? f.SubmittedAt ?? (f.HasText ? grid.Now.AddDays(-1 - f.Variant % 20) : grid.Created);
            var updatedBy = f.ReviewedAt is not null ? Specialist : f.HasText ? school.Login : HttpCurrentUser.System;
            copy.Row().Int(r.Id).Int(r.Measure.Id).Int(school.Id).Date(r.Due).Bool(true).Text(f.State.ToString()).Text(f.Status?.ToString())
                .Text(ReportText(f, r.Measure)).Texts(Links(f, r)).Time(f.SubmittedAt).Text(f.SubmittedAt is null ? null : school.Login)
                .Time(f.ReviewedAt).Text(f.ReviewedAt is null ? null : Specialist)
                .Text(f.State == ReportState.Returned ? ScaleTexts.ReturnComments[f.Variant % ScaleTexts.ReturnComments.Length] : null)
                .Time(grid.Created).Text(HttpCurrentUser.System).Time(updatedAt).Text(updatedBy);
        }
        copy.Complete();
        return (byState, byProgress);
    }

    private static (long Files, long Events) CopyEvidenceAndHistory(NpgsqlConnection connection, Grid grid)
    {
        long files;
        using (var copy = new BulkCopy(connection, "EvidenceFiles", "Id", "ReportId", "FileName", "ContentType", "Size", "Sha256",
                   "UploadedBy", "UploadedAt", "WasSubmitted", "RemovedAt"))
        {
            foreach (var r in grid.Reports())
            {
                for (var k = 0; k < r.Fate.Files; k++)
                {
                    var uploaded = (r.Fate.ReturnedBefore ? r.Fate.FirstSubmission : r.Fate.SubmittedAt ?? grid.Now.AddDays(-2)).AddHours(-1 - k);
                    copy.Row().Int(r.FileId(k)).Int(r.Id).Text(ScaleTexts.FileNames[(r.Fate.Variant + k) % ScaleTexts.FileNames.Length])
                        .Text("application/pdf").Long(EvidencePdf.Length).Text(EvidenceSha).Text(grid.Schools[r.School].Login)
                        .Time(uploaded).Bool(r.Fate.WasSent).Null();
                }
            }
            files = copy.Complete();
        }
        using (var copy = new BulkCopy(connection, "EvidenceContents", "FileId", "Data"))
        {
            foreach (var r in grid.Reports())
                for (var k = 0; k < r.Fate.Files; k++) copy.Row().Int(r.FileId(k)).Bytes(EvidencePdf);
            copy.Complete();
        }

        using var events = new BulkCopy(connection, "ReportEvents", "Id", "ReportId", "Kind", "At", "By", "Comment", "Status", "Text", "Links", "FileIds");
        foreach (var r in grid.Reports())
        {
            var f = r.Fate;
            if (!f.WasSent) continue;
            var author = grid.Schools[r.School].Login!;
            var fileIds = Enumerable.Range(0, f.Files).Select(r.FileId).ToArray();
            var text = ReportText(f, r.Measure);
            var links = Links(f, r);
            var n = 0;
            void Event(ReportEventKind kind, DateTimeOffset at, string by, string? comment, bool snapshot) =>
                events.Row().Int(r.EventId(n++)).Int(r.Id).Text(kind.ToString()).Time(at).Text(by).Text(comment)
                    .Text(snapshot ? f.Status.ToString() : null).Text(snapshot ? text : null)
                    .Texts(snapshot ? links : []).Ints(snapshot ? fileIds : []);

            if (f.ReturnedBefore)
            {
                Event(ReportEventKind.Submitted, f.FirstSubmission, author, null, true);
                Event(ReportEventKind.Returned, f.FirstSubmission.AddDays(2), Specialist,
                    ScaleTexts.ReturnComments[(f.Variant + 1) % ScaleTexts.ReturnComments.Length], false);
            }
            Event(ReportEventKind.Submitted, f.SubmittedAt!.Value, author, null, true);
            if (f.State == ReportState.Returned)
                Event(ReportEventKind.Returned, f.ReviewedAt!.Value, Specialist, ScaleTexts.ReturnComments[f.Variant % ScaleTexts.ReturnComments.Length], false);
            else if (f.State == ReportState.Accepted)
                Event(ReportEventKind.Accepted, f.ReviewedAt!.Value, Specialist, null, false);
        }
        return (files, events.Complete());
    }

    private static string? ReportText(ReportFate f, PlannedMeasure measure) =>
        !f.HasText ? null
        : f.WasSent ? "По мероприятию " + measure.Number + " " + ScaleTexts.DoneText(f.Variant)
        : ScaleTexts.DraftText(f.Variant);

    private static string[] Links(ReportFate f, GridReport r) =>
        f.HasLink ? [string.Create(CultureInfo.InvariantCulture, $"https://school{r.School + 1}.edu.example/vpr/{r.Measure.Id}")] : [];

    internal sealed record PlannedMeasure(int Id, string Number, DateOnly[] Checkpoints);

    /// <summary>A generated school: its directory row, its diligence and its principal's login (null: no account).</summary>
    internal sealed record GridSchool(int Id, string ShortName, string FullName, string Address, bool Rural, bool Small, string Principal, double Quality, string? Login);

    internal readonly record struct GridReport(int Id, int Index, int School, PlannedMeasure Measure, DateOnly Due, ReportFate Fate, long FileBase, long EventBase)
    {
        public int FileId(int k) => (int)(FileBase + 2L * Index + k);

        public int EventId(int k) => (int)(EventBase + 4L * Index + k);
    }

    /// <summary>Schools × measures × checkpoints, in that order; a report's ids follow from its position.</summary>
    internal sealed class Grid
    {
        private readonly IReadOnlyList<PlannedMeasure> _measures;

        public Grid(int schools, IReadOnlyList<PlannedMeasure> measures, DateOnly today, DateTimeOffset now, DateTimeOffset created)
        {
            _measures = measures;
            (Today, Now, Created) = (today, now, created);
            Schools = [];
            for (var i = 0; i < schools; i++)
            {
                var (shortName, fullName, address, rural, small) = ScaleTexts.School(i);
                // Most schools are diligent; a tail is not (the ones the bias lists and low bands are made of).
                var quality = 0.15 + 0.85 * Math.Sqrt(ScaleDraw.Unit(0xD111, (ulong)i));
                var login = ScaleDraw.Unit(0x1061, (ulong)i) < ScaleOptions.PrincipalShare ? PrincipalName(i, schools) : null;
                Schools.Add(new GridSchool(0, shortName, fullName, address, rural, small, ScaleTexts.Person((ulong)i), quality, login));
            }
        }

        public DateOnly Today { get; }
        public DateTimeOffset Now { get; }
        public DateTimeOffset Created { get; }
        public List<GridSchool> Schools { get; }
        public long ReportBase { get; set; }
        public long FileBase { get; set; }
        public long EventBase { get; set; }

        /// <summary>Gives the schools their ids, from <paramref name="first"/> on.</summary>
        public void NumberSchools(int first)
        {
            for (var i = 0; i < Schools.Count; i++) Schools[i] = Schools[i] with { Id = first + i };
        }

        /// <summary>The first school from <paramref name="from"/> on (wrapping round) whose principal has an account.</summary>
        public int FirstWithPrincipal(int from)
        {
            for (var k = 0; k < Schools.Count; k++)
            {
                var i = (from + k) % Schools.Count;
                if (Schools[i].Login is not null) return i;
            }
            throw new ScaleSeedException("ни у одной школы нет руководителя: увеличьте --schools.");
        }

        public IEnumerable<GridReport> Reports()
        {
            var index = 0;
            for (var s = 0; s < Schools.Count; s++)
            {
                var school = Schools[s];
                for (var m = 0; m < _measures.Count; m++)
                {
                    var measure = _measures[m];
                    for (var c = 0; c < measure.Checkpoints.Length; c++, index++)
                    {
                        var due = measure.Checkpoints[c];
                        var fate = ReportFate.Of(ScaleDraw.Hash((ulong)s, (ulong)m, (ulong)c, 0xF47E), school.Quality, school.Login is not null, due, Today, Now);
                        yield return new GridReport((int)(ReportBase + index), index, s, measure, due, fate, FileBase, EventBase);
                    }
                }
            }
        }
    }
}
