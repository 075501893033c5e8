using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

/// <summary>Inputs of one school in the preset's terms, written straight to the database.</summary>
public sealed record Kl(int P1Good, int P1Late, int P2Good, int P2Late, int P3Confirmed, string P5, string P6, params string[] P7)
{
    /// <summary>School A of
    /// docs/design.md#74-worked-examples, without a bias list: 2 + 18 + 10 + 3 + 2 + 2 + 7 = 44.</summary>
    public static Kl A => new(2, 1, 18, 2, 5, "all", "qualitative", "publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation");

    /// <summary>1 + 10 + 6 + 3 + 1 + 1 + 3 = 25 (not on a list).</summary>
    public static Kl Weak => new(1, 0, 10, 0, 3, "partial", "statistical", "publicInfo", "vprSchedule");
}

/// <summary>Campaigns and inputs set up without going through pages (for page and browser tests).</summary>
public static class MonitoringSetup
{
    public static async Task<MonitoringCampaign> CampaignAsync(PortalFactory portal, int year = 2024, CampaignStatus status = CampaignStatus.Collecting,
        bool principals = false, DateOnly? deadline = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var methodology = await MethodologyStore.EnsurePresetAsync(db);
        var campaign = new MonitoringCampaign
        {
            Year = year, MethodologyId = methodology.Id, Status = status, AllowPrincipalEntry = principals, DataEntryDeadline = deadline,
        };
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    public static async Task FillAsync(PortalFactory portal, int campaignId, School school, Kl kl)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        IndicatorValue V(string code) => new() { CampaignId = campaignId, SchoolId = school.Id, IndicatorCode = code };
        var p1 = V("P1");
        (p1.OnTimeCount, p1.WithErrorsCount, p1.LateCount) = (kl.P1Good, 0, kl.P1Late);
        var p2 = V("P2");
        (p2.OnTimeCount, p2.WithErrorsCount, p2.LateCount) = (kl.P2Good, 0, kl.P2Late);
        var p3 = V("P3");
        (p3.ConfirmedCount, p3.NotConfirmedCount) = (kl.P3Confirmed, 6 - kl.P3Confirmed);
        var p5 = V("P5");
        p5.OptionCode = kl.P5;
        var p6 = V("P6");
        p6.OptionCode = kl.P6;
        var p7 = V("P7");
        p7.CheckedItems = [.. kl.P7];
        db.IndicatorValues.AddRange(p1, p2, p3, p5, p6, p7);
        await db.SaveChangesAsync();
    }

    /// <summary>Computes the campaign as the status page does; fails the test on refusal.</summary>
    public static async Task ComputeAsync(PortalFactory portal, int campaignId, CampaignStatus then = CampaignStatus.Computed)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<CampaignComputation>().ComputeAsync(campaignId);
        errors.Should().BeNull();
        if (then == CampaignStatus.Published)
            await portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaignId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Published)));
    }
}

/// <summary>Helpers of the monitoring tests: campaigns and inputs set up without going through pages.</summary>
public abstract class MonitoringTest(PortalFactory portal) : PortalTest(portal)
{
    protected static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected Task<MonitoringCampaign> CampaignAsync(int year = 2024, CampaignStatus status = CampaignStatus.Collecting,
        bool principals = false, DateOnly? deadline = null) => MonitoringSetup.CampaignAsync(Portal, year, status, principals, deadline);

    protected Task FillAsync(int campaignId, School school, Kl kl) => MonitoringSetup.FillAsync(Portal, campaignId, school, kl);

    /// <summary>Computes the campaign as the status page does; fails the test on refusal.</summary>
    protected Task ComputeAsync(int campaignId, CampaignStatus then = CampaignStatus.Computed) => MonitoringSetup.ComputeAsync(Portal, campaignId, then);

    protected Task<CampaignStatus> StatusAsync(int campaignId) =>
        Portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaignId).Select(c => c.Status).SingleAsync());

    protected Task<IndicatorValue?> ValueAsync(int campaignId, int schoolId, string code) =>
        Portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().FirstOrDefaultAsync(v => v.CampaignId == campaignId && v.SchoolId == schoolId && v.IndicatorCode == code));
}
