using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

/// <summary>A computation that cannot run says what is actually missing.</summary>
public class ComputeRefusalTests(PortalFactory portal) : MonitoringTest(portal)
{
    private async Task<IReadOnlyList<string>?> ComputeRefusalsAsync(int campaignId)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignComputation>().ComputeAsync(campaignId);
    }

    [Fact]
    public async Task With_schools_but_no_data_it_lists_the_schools_without_data_not_an_empty_directory()
    {
        await Portal.CreateSchoolAsync("МАОУ СОШ № 1");
        await Portal.CreateSchoolAsync("МКОУ СОШ № 2");
        var campaign = await CampaignAsync();

        var refusals = await ComputeRefusalsAsync(campaign.Id);

        refusals.Should().NotBeNull();
        refusals![0].Should().Be("Не все данные заполнены — расчёт не выполнен:");
        refusals.Skip(1).Should().Equal(
            "«МАОУ СОШ № 1»: нет данных по P1, P2, P3, P5, P6, P7.", "«МКОУ СОШ № 2»: нет данных по P1, P2, P3, P5, P6, P7.");
    }

    [Fact]
    public async Task With_no_active_school_it_says_the_directory_is_empty()
    {
        var campaign = await CampaignAsync();

        (await ComputeRefusalsAsync(campaign.Id)).Should().Equal("В справочнике нет действующих школ.");
    }

    [Fact]
    public async Task Past_fifteen_schools_the_rest_is_counted_in_agreement_with_the_number()
    {
        for (var i = 1; i <= 17; i++) await Portal.CreateSchoolAsync($"МОУ СОШ № {i:D2}");
        var campaign = await CampaignAsync();

        var refusals = await ComputeRefusalsAsync(campaign.Id);

        refusals!.Should().HaveCount(17);
        refusals![^1].Should().Be("…и ещё 2 школы.");
    }
}
