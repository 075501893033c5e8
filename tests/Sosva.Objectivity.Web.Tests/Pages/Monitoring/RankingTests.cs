using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

public class RankingTests(PortalFactory portal) : MonitoringTest(portal)
{
    /// <summary>Four schools: 44, 25, 25 and 22 (the last on the 2023 bias list only, so P4 = 0).</summary>
    private async Task<(MonitoringCampaign Campaign, int[] Schools)> ComputedAsync(CampaignStatus status = CampaignStatus.Computed)
    {
        var top = await Portal.CreateSchoolAsync("Гимназия", rural: false);
        var b = await Portal.CreateSchoolAsync("Школа Б", rural: true);
        var a = await Portal.CreateSchoolAsync("Школа А", rural: true);
        var listed = await Portal.CreateSchoolAsync("Школа В");
        var campaign = await CampaignAsync(2024);
        await FillAsync(campaign.Id, top, Kl.A);
        await FillAsync(campaign.Id, a, Kl.Weak);
        await FillAsync(campaign.Id, b, Kl.Weak);
        await FillAsync(campaign.Id, listed, Kl.Weak);
        await Portal.WithDbAsync(async db =>
        {
            db.BiasListEntries.Add(new BiasListEntry { Year = 2023, SchoolId = listed.Id });
            return await db.SaveChangesAsync();
        });
        await ComputeAsync(campaign.Id, status);
        return (campaign, [top.Id, a.Id, b.Id, listed.Id]);
    }

    [Fact]
    public async Task Computing_ranks_schools_by_total_with_shared_places_and_ties_by_name()
    {
        var (campaign, schools) = await ComputedAsync();
        var client = await SignedInAsync(Roles.Specialist);

        var page = await client.GetDocumentAsync($"/Monitoring/Ranking/{campaign.Id}");

        var rows = page.QuerySelectorAll("[data-testid=rank-row]")
            .Select(r => (Rank: r.Children[0].TextContent.Trim(), School: r.Children[1].QuerySelector("a")!.TextContent.Trim(),
                Total: r.QuerySelector("[data-testid=total]")!.TextContent.Trim(), Band: r.QuerySelector("[data-testid=band]")!.TextContent.Trim()))
            .ToList();
        rows.Select(r => r.Rank).Should().Equal("1", "2", "2", "4");
        rows.Select(r => r.Total).Should().Equal("44", "25", "25", "22");
        rows.Select(r => r.School).Should().Equal("Гимназия", "Школа А", "Школа Б", "Школа В");
        rows.Select(r => r.Band).Should().Equal("высокий", "низкий", "низкий", "низкий");
        page.QuerySelector("[data-testid=band-chart]")!.TextContent.Should().Contain("высокий (40–50): 1").And.Contain("низкий (ниже 30): 3");

        var rural = await client.GetDocumentAsync($"/Monitoring/Ranking/{campaign.Id}?rural=true");
        rural.QuerySelectorAll("[data-testid=rank-row]").Should().HaveCount(2);
        var low = await client.GetDocumentAsync($"/Monitoring/Ranking/{campaign.Id}?band=low&sort=-name");
        low.QuerySelectorAll("[data-testid=rank-row]").Select(r => r.Children[1].QuerySelector("a")!.TextContent.Trim()).Should().Equal("Школа В", "Школа Б", "Школа А");

        var recommendations = await Portal.WithDbAsync(db => db.SchoolRecommendations.Where(r => r.SchoolId == schools[3]).Select(r => r.IndicatorCode).ToListAsync());
        recommendations.Should().Contain("P4");
        var summary = await Portal.WithDbAsync(db => SchoolObjectivityQuery.LoadAsync(db, schools[3], CancellationToken.None));
        summary!.Total.Should().Be(22);
        (summary.Rank, summary.RankedSchools, summary.BandName).Should().Be((4, 4, "низкий"));
        summary.Indicators.Single(i => i.Code == "P4").Should().Be(new SchoolIndicatorLine("P4", "Перечень ОО с признаками необъективности (Рособрнадзор)", 0, 3));
        summary.History.Should().ContainSingle().Which.Year.Should().Be(2024);
        summary.Recommendations.Should().Contain(t => t.Contains("перечне", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_breakdown_shows_inputs_points_rule_explanations_and_change_since_the_previous_campaign()
    {
        var (campaign, schools) = await ComputedAsync();
        var previous = await CampaignAsync(2023);
        var gymnasium = await Portal.WithDbAsync(db => db.Schools.SingleAsync(s => s.Id == schools[0]));
        foreach (var id in schools)
            await FillAsync(previous.Id, await Portal.WithDbAsync(db => db.Schools.SingleAsync(s => s.Id == id)), id == gymnasium.Id ? Kl.Weak : Kl.A);
        await ComputeAsync(previous.Id);
        var client = await SignedInAsync(Roles.Methodologist);

        var page = await client.GetDocumentAsync($"/Monitoring/School/{campaign.Id}/{gymnasium.Id}");

        page.QuerySelector("[data-testid=total]")!.TextContent.Trim().Should().Be("44");
        page.QuerySelector("[data-testid=breakdown]")!.TextContent.Should().Contain("в срок 18, с ошибками 0, с нарушением срока 2")
            .And.Contain("В срок и без ошибок: 18 из 20 → 18 баллов");
        page.Texts("[data-testid=history] li").Should().Equal("2023: 25 — низкий", "2024: 44 — высокий");
        var ranking = await client.GetDocumentAsync($"/Monitoring/Ranking/{campaign.Id}");
        ranking.QuerySelectorAll("[data-testid=rank-row]")[0].LastElementChild!.TextContent.Trim().Should().Be("+19");
    }

    [Fact]
    public async Task Before_publication_the_ranking_is_hidden_from_principals_and_the_public()
    {
        var (campaign, schools) = await ComputedAsync();
        var principal = await SignedInAsync(Roles.Principal, schools[1]);
        var anonymous = NewClient();

        (await principal.GetAsync($"/Monitoring/Ranking/{campaign.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Monitoring/Ranking/{campaign.Id}?handler=Excel")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync($"/Monitoring/Ranking/{campaign.Id}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetDocumentAsync("/Public/Ranking")).QuerySelector("[data-testid=empty]").Should().NotBeNull();
        var own = await principal.GetDocumentAsync($"/Monitoring/School/{campaign.Id}/{schools[1]}");
        own.QuerySelector("[data-testid=total]")!.TextContent.Trim().Should().Be("25", "a principal sees the own school's breakdown before publication");

        await Portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Published)));
        (await principal.GetAsync($"/Monitoring/Ranking/{campaign.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_public_page_shows_only_name_total_band_and_rank_after_publication_and_nothing_after_unpublishing()
    {
        var (campaign, _) = await ComputedAsync();
        await Portal.WithDbAsync(db => db.IndicatorValues.Where(v => v.IndicatorCode == "P5")
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Comment, "секретный комментарий")));
        var methodologist = await SignedInAsync(Roles.Methodologist);
        var details = $"/Monitoring/Campaigns/Details/{campaign.Id}";
        (await methodologist.PostFormAsync(details, [], $"/Monitoring/Campaigns/Status/{campaign.Id}?handler=Publish")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var anonymous = NewClient();

        var page = await anonymous.GetDocumentAsync("/Public/Ranking");

        var table = page.QuerySelector("[data-testid=public-ranking]")!;
        table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).Should().Equal("Место", "Образовательная организация", "Итоговый балл", "Уровень объективности");
        table.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))
            .Should().Equal("1|Гимназия|44|высокий", "2|Школа А|25|низкий", "2|Школа Б|25|низкий", "4|Школа В|22|низкий");
        page.Body!.TextContent.Should().NotContain("секретный").And.NotContain("P1");

        (await methodologist.PostFormAsync(details, [], $"/Monitoring/Campaigns/Status/{campaign.Id}?handler=Unpublish")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await anonymous.GetDocumentAsync("/Public/Ranking");
        after.QuerySelector("[data-testid=empty]").Should().NotBeNull();
        after.QuerySelector("[data-testid=public-ranking]").Should().BeNull();
    }

    [Fact]
    public async Task A_methodologist_edits_a_recommendation_and_a_recomputation_keeps_it()
    {
        var (campaign, schools) = await ComputedAsync();
        var client = await SignedInAsync(Roles.Methodologist);
        var url = $"/Monitoring/School/{campaign.Id}/{schools[3]}";
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelectorAll("form[data-testid=recommendation]").First(f => f.TextContent.Contains("P4", StringComparison.Ordinal));
        var fields = new KeyValuePair<string, string>[]
        {
            new("recommendationId", form.QuerySelector("input[name=recommendationId]")!.GetAttribute("value")!),
            new("version", form.QuerySelector("input[name=version]")!.GetAttribute("value")!),
            new("text", "Провести выездную проверку организации ВПР."),
        };

        (await client.PostFormAsync(url, fields, url + "?handler=Recommendation")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await Portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Collecting)));
        await ComputeAsync(campaign.Id);

        var texts = await Portal.WithDbAsync(db => db.SchoolRecommendations.Where(r => r.SchoolId == schools[3] && r.IndicatorCode == "P4").Select(r => r.Text).ToListAsync());
        texts.Should().Equal("Провести выездную проверку организации ВПР.");
        var principal = await SignedInAsync(Roles.Principal, schools[3]);
        (await principal.PostFormAsync(url, fields, url + "?handler=Recommendation")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
