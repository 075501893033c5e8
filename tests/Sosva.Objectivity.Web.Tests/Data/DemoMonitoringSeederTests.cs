using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Data;

public class DemoMonitoringSeederTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task SeedAsync()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<DemoMonitoringSeeder>().SeedAsync();
    }

    [Fact]
    public async Task Demo_monitoring_has_two_computed_years_with_history_and_change_and_is_seeded_once()
    {
        await SeedAsync();
        await SeedAsync();

        var campaigns = await Portal.WithDbAsync(db => db.MonitoringCampaigns.OrderBy(c => c.Year).Select(c => new { c.Year, c.Status }).ToListAsync());
        campaigns.Take(2).Select(c => (c.Year, c.Status)).Should().Equal((2023, CampaignStatus.Published), (2024, CampaignStatus.Computed));
        campaigns.Skip(2).Should().OnlyContain(c => c.Status == CampaignStatus.Collecting);
        (await Portal.WithDbAsync(db => db.SchoolResults.CountAsync())).Should().Be(24);
        var totals = await Portal.WithDbAsync(db => db.SchoolResults.Select(r => new { r.SchoolId, r.Campaign!.Year, r.Total, r.BandCode }).ToListAsync());
        totals.Select(t => t.BandCode).Distinct().Should().BeEquivalentTo([Methodologies.High, Methodologies.Sufficient, Methodologies.Low]);
        totals.GroupBy(t => t.SchoolId).Should().Contain(g => g.Select(t => t.Total).Distinct().Count() == 2, "some schools change between the years");
        totals.Should().Contain(t => t.Total < 30 && t.Year == 2023, "P4's −10 for a school on two lists running");

        var school = totals.First().SchoolId;
        var summary = await Portal.WithDbAsync(db => SchoolObjectivityQuery.LoadAsync(db, school, CancellationToken.None));
        summary!.Year.Should().Be(2024);
        summary.History.Select(h => h.Year).Should().Equal(2023, 2024);
        summary.RankedSchools.Should().Be(12);
    }
}
