using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

public class CampaignAndMethodologyTests(PortalFactory portal) : MonitoringTest(portal)
{
    private async Task<int> PresetIdAsync()
    {
        await CampaignAsync(2020);
        return await Portal.WithDbAsync(db => db.Methodologies.Where(m => m.IsPreset).Select(m => m.Id).SingleAsync());
    }

    [Fact]
    public async Task A_modified_copy_that_fails_validation_is_refused_with_its_messages_and_nothing_is_stored()
    {
        var preset = await PresetIdAsync();
        var client = await SignedInAsync(Roles.Methodologist);
        var form = await OpenedForm.OpenAsync(client, $"/Monitoring/Methodologies/Copy/{preset}");
        var fields = form.Page.QuerySelectorAll("input[name^='Input.']").Where(i => i.GetAttribute("type") != "checkbox")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToDictionary(p => p.Key, p => p.Value);
        fields["Input.Indicators[1].Maximum"] = "10"; // P2 20 → 10 without restating the total
        fields["Input.Bands[1].Minimum"] = "40";       // «sufficient» starts where «high» does

        var page = await HttpClientExtensions.ParseAsync(await form.PostAsync(fields));

        var errors = page.QuerySelector("[data-testid=errors]")!.TextContent;
        errors.Should().Contain("Максимальный итоговый балл (50) не равен сумме максимумов показателей (40)").And.Contain("перекрываются");
        (await Portal.WithDbAsync(db => db.Methodologies.CountAsync())).Should().Be(1);

        fields["Input.TotalMaximum"] = "40";
        fields["Input.Bands[1].Minimum"] = "25";
        fields["Input.Indicators[0].Numbers[2]"] = "1"; // the P1 penalty from the second missed deadline
        fields["Input.Bands[0].Code"] = "forged";       // codes stay the source's whatever is posted
        fields["Input.Indicators[0].Code"] = "P9";
        var saved = await form.PostAsync(fields);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var copy = await Portal.WithDbAsync(db => db.Methodologies.SingleAsync(m => !m.IsPreset));
        copy.BasedOnId.Should().Be(preset);
        var methodology = copy.ToMethodology();
        methodology.TotalMaximum.Should().Be(40);
        methodology.Indicator("P2")!.Maximum.Should().Be(10);
        ((TimelinessRule)methodology.Indicator("P1")!.Rule).PenaltyThreshold.Should().Be(1);
        methodology.BandFor(25).Code.Should().Be(Methodologies.Sufficient);
        methodology.Bands.Select(b => b.Code).Should().BeEquivalentTo(
            (await Portal.WithDbAsync(db => db.Methodologies.SingleAsync(m => m.Id == preset))).ToMethodology().Bands.Select(b => b.Code));
        methodology.Indicators.Select(i => i.Code).Should().Equal("P1", "P2", "P3", "P4", "P5", "P6", "P7");
    }

    [Fact]
    public async Task The_methodology_page_states_each_rule_and_our_readings_of_the_seed()
    {
        var preset = await PresetIdAsync();
        var client = await SignedInAsync(Roles.Specialist);

        var page = await client.GetDocumentAsync($"/Monitoring/Methodologies/Details/{preset}");

        page.QuerySelector("[data-testid=indicators]")!.TextContent.Should().Contain("более 2 раз").And.Contain("минус 10 баллов");
        page.QuerySelector("[data-testid=reading-P4]")!.TextContent.Should().Contain("отчётного года и года перед ним");
        page.QuerySelector("[data-testid=reading-P7]")!.TextContent.Should().Contain("1 балл");
        page.QuerySelector("[data-testid=bands]")!.TextContent.Should().Contain("40–50").And.Contain("30–39").And.Contain("ниже 30");
        (await client.GetAsync($"/Monitoring/Methodologies/Copy/{preset}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "specialists read monitoring, methodologists change it");
    }

    [Fact]
    public async Task A_campaign_for_a_future_year_or_a_year_that_has_one_is_refused()
    {
        await CampaignAsync(2023);
        var client = await SignedInAsync(Roles.Methodologist);
        var preset = await Portal.WithDbAsync(db => db.Methodologies.Select(m => m.Id).SingleAsync());
        KeyValuePair<string, string>[] Fields(int year) =>
            [new("Input.Year", S(year)), new("Input.MethodologyId", S(preset)), new("Input.AllowPrincipalEntry", "false")];

        var future = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/Campaigns/Create", Fields(DateTime.UtcNow.Year + 1)));
        future.FieldError("Input.Year").Should().Contain("ещё не наступил");
        var twice = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/Campaigns/Create", Fields(2023)));
        twice.FieldError("Input.Year").Should().Contain("уже есть");
        (await client.PostFormAsync("/Monitoring/Campaigns/Create", Fields(2022))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Portal.WithDbAsync(db => db.MonitoringCampaigns.OrderBy(c => c.Year).Select(c => c.Year).ToListAsync())).Should().Equal(2022, 2023);
    }

    [Fact]
    public async Task A_campaign_goes_from_collecting_to_computed_to_published_and_back()
    {
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var campaign = await CampaignAsync();
        await FillAsync(campaign.Id, a, Kl.A);
        var client = await SignedInAsync(Roles.Methodologist);
        var details = $"/Monitoring/Campaigns/Details/{campaign.Id}";
        Task<HttpResponseMessage> Act(string handler) =>
            client.PostFormAsync(details, [], $"/Monitoring/Campaigns/Status/{campaign.Id}?handler={handler}");

        (await Act("Compute")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetDocumentAsync(details)).QuerySelector("[data-testid=error]")!.TextContent
            .Should().Contain("«Школа Б»: нет данных по P1, P2, P3, P5, P6, P7");
        (await StatusAsync(campaign.Id)).Should().Be(CampaignStatus.Collecting);

        await FillAsync(campaign.Id, b, Kl.Weak);
        await Act("Compute");
        (await StatusAsync(campaign.Id)).Should().Be(CampaignStatus.Computed);
        (await Portal.WithDbAsync(db => db.SchoolResults.CountAsync(r => r.CampaignId == campaign.Id))).Should().Be(2);

        await Act("Publish");
        (await StatusAsync(campaign.Id)).Should().Be(CampaignStatus.Published);
        await Act("Compute");
        (await client.GetDocumentAsync(details)).QuerySelector("[data-testid=error]")!.TextContent.Should().Contain("опубликована");

        await Act("Unpublish");
        (await StatusAsync(campaign.Id)).Should().Be(CampaignStatus.Computed);
        await Act("Reopen");
        (await StatusAsync(campaign.Id)).Should().Be(CampaignStatus.Collecting);
        (await Portal.WithDbAsync(db => db.SchoolResults.CountAsync())).Should().Be(0, "a campaign collecting data has no ranking");
    }

    [Fact]
    public async Task A_specialist_reads_campaigns_but_cannot_change_their_status()
    {
        var campaign = await CampaignAsync();
        var specialist = await SignedInAsync(Roles.Specialist);

        var page = await specialist.GetDocumentAsync($"/Monitoring/Campaigns/Details/{campaign.Id}");
        page.QuerySelector("[data-testid=status-actions]").Should().BeNull();
        var token = page.FindAntiforgeryToken() ?? await specialist.AntiforgeryTokenAsync("/Account/ChangePassword");
        var response = await specialist.PostWithTokenAsync($"/Monitoring/Campaigns/Status/{campaign.Id}?handler=Compute", token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await specialist.GetAsync("/Monitoring/Campaigns/Create")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var principal = await SignedInAsync(Roles.Principal, (await Portal.CreateSchoolAsync("Школа")).Id);
        (await principal.GetAsync("/Monitoring")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
