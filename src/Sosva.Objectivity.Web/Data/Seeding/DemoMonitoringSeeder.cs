using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>
/// Demo monitoring: bias lists of 2021–2023, the 2023 campaign computed and published, 2024 computed
/// (so history and change are visible), and this year's campaign collecting with principals' entry
/// open — the one to import the template into. Inputs are made up but plausible and vary by school
/// and year. Idempotent: does nothing once a campaign exists.
/// </summary>
public sealed class DemoMonitoringSeeder(AppDbContext db, CampaignComputation computation, DisplayFormat format, TimeProvider clock, ILogger<DemoMonitoringSeeder> log)
{
    /// <summary>Per demo school (in the order of <see cref="DemoDataSeeder"/>): how well it runs ВПР in 2023, and the change in 2024.</summary>
    private static readonly (double Quality, double Change)[] Profiles =
    [
        (0.95, 0.0), (0.85, 0.05), (0.7, -0.1), (0.4, 0.2), (0.6, 0.0), (0.3, 0.15),
        (0.75, -0.05), (0.5, 0.1), (0.9, 0.0), (0.55, -0.1), (0.65, 0.1), (0.35, 0.05),
    ];

    /// <summary>Short names on Rosobrnadzor's lists, by year.</summary>
    private static readonly (int Year, string[] Schools)[] BiasLists =
    [
        (2021, ["МКОУ СОШ с. Кошай"]),
        (2022, ["МКОУ СОШ с. Кошай", "МКОУ ООШ п. Пасынок"]),
        (2023, ["МКОУ ООШ п. Пасынок", "МКОУ ООШ с. Денисово"]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.MonitoringCampaigns.AnyAsync(ct)) return;
        var methodology = await MethodologyStore.EnsurePresetAsync(db, ct);
        var schools = await db.Schools.Where(s => s.IsActive).OrderBy(s => s.Id).Select(s => new { s.Id, s.ShortName }).ToListAsync(ct);
        if (schools.Count == 0) return;

        foreach (var (year, names) in BiasLists)
        {
            foreach (var school in schools.Where(s => names.Contains(s.ShortName)))
                db.BiasListEntries.Add(new BiasListEntry { Year = year, SchoolId = school.Id });
        }

        var today = format.Today();
        var c2023 = Campaign(2023, methodology.Id, new DateOnly(2023, 5, 31));
        var c2024 = Campaign(2024, methodology.Id, new DateOnly(2024, 5, 31));
        db.MonitoringCampaigns.AddRange(c2023, c2024);
        if (today.Year > 2024)
        {
            db.MonitoringCampaigns.Add(new MonitoringCampaign
            {
                Year = today.Year, MethodologyId = methodology.Id, AllowPrincipalEntry = true, DataEntryDeadline = today.AddDays(30),
            });
        }
        await db.SaveChangesAsync(ct);

        for (var i = 0; i < schools.Count; i++)
        {
            var (quality, change) = Profiles[i % Profiles.Length];
            AddInputs(c2023.Id, schools[i].Id, i, quality);
            AddInputs(c2024.Id, schools[i].Id, i, Math.Clamp(quality + change, 0, 1));
        }
        await db.SaveChangesAsync(ct);

        foreach (var campaign in new[] { c2023, c2024 })
        {
            var errors = await computation.ComputeAsync(campaign.Id, ct);
            if (errors is not null)
                throw new InvalidOperationException("Demo monitoring: " + string.Join(" ", errors));
        }
        var published = await db.MonitoringCampaigns.SingleAsync(c => c.Id == c2023.Id, ct);
        published.Status = CampaignStatus.Published;
        published.PublishedAt = clock.GetUtcNow();
        published.PublishedBy = HttpCurrentUser.System;
        await db.SaveChangesAsync(ct);
        log.LogInformation("Demo monitoring: campaigns 2023 (published) and 2024 (computed) for {Schools} schools", schools.Count);
    }

    private static MonitoringCampaign Campaign(int year, int methodologyId, DateOnly deadline) =>
        new() { Year = year, MethodologyId = methodologyId, DataEntryDeadline = deadline };

    private void AddInputs(int campaignId, int schoolId, int index, double q)
    {
        var good1 = (int)Math.Round(q * 3);
        var late1 = q < 0.5 ? 3 - good1 : 0;
        var good2 = (int)Math.Round(q * 20);
        var late2 = q < 0.6 ? 20 - good2 : (20 - good2) / 2;
        var confirmed = (int)Math.Round(q * 6);
        IndicatorValue Value(string code) => new() { CampaignId = campaignId, SchoolId = schoolId, IndicatorCode = code };

        var p1 = Value("P1");
        (p1.OnTimeCount, p1.LateCount, p1.WithErrorsCount) = (good1, late1, 3 - good1 - late1);
        var p2 = Value("P2");
        (p2.OnTimeCount, p2.LateCount, p2.WithErrorsCount) = (good2, late2, 20 - good2 - late2);
        var p3 = Value("P3");
        (p3.ConfirmedCount, p3.NotConfirmedCount) = (confirmed, 6 - confirmed);
        var p5 = Value("P5");
        p5.OptionCode = q > 0.75 ? "all" : q > 0.45 ? "partial" : "none";
        var p6 = Value("P6");
        p6.OptionCode = q > 0.7 ? "qualitative" : q > 0.4 ? "statistical" : "none";
        var p7 = Value("P7");
        p7.CheckedItems =
        [
            .. q > 0.4 ? ["publicInfo"] : Array.Empty<string>(),
            .. q > 0.3 ? ["vprSchedule"] : Array.Empty<string>(),
            .. q > 0.6 ? ["assessmentCourses"] : Array.Empty<string>(),
            .. q > 0.5 ? ["vprRegulation"] : Array.Empty<string>(),
            .. q > 0.8 ? ["survey"] : Array.Empty<string>(),
        ];
        p7.EvidenceUrl = $"https://school{index + 1}.sosva.example/vpr";
        db.IndicatorValues.AddRange(p1, p2, p3, p5, p6, p7);
    }
}
