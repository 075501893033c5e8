using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

public class InputsTests(PortalFactory portal) : MonitoringTest(portal)
{
    /// <summary>The form's fields as a browser would send them, with some replaced.</summary>
    private static Dictionary<string, string> Fields(OpenedForm form, params (string Name, string Value)[] changes)
    {
        var fields = form.Page.QuerySelectorAll("form input[name^='Values']")
            .Where(i => i.GetAttribute("type") is not ("radio" or "checkbox") || i.HasAttribute("checked"))
            .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        foreach (var (name, value) in changes) fields[name] = value;
        return fields;
    }

    /// <summary>Index of the indicator's fields in the form (Values[n]).</summary>
    private static string Prefix(OpenedForm form, string code)
    {
        var name = form.Page.QuerySelectorAll("input[name$='.Code']").First(i => i.GetAttribute("value") == code).GetAttribute("name")!;
        return name[..^".Code".Length];
    }

    [Fact]
    public async Task A_methodologist_enters_raw_inputs_and_the_page_shows_who_entered_them_and_when()
    {
        var school = await Portal.CreateSchoolAsync("Школа А");
        var campaign = await CampaignAsync();
        var client = await SignedInAsync(Roles.Methodologist, userName: "metod");
        var url = $"/Monitoring/Inputs/{campaign.Id}/{school.Id}";
        var form = await OpenedForm.OpenAsync(client, url);
        var p2 = Prefix(form, "P2");

        var saved = await form.PostAsync(Fields(form, ($"{p2}.OnTime", "18"), ($"{p2}.WithErrors", "0"), ($"{p2}.Late", "2"),
            ($"{p2}.EvidenceUrl", "https://fisoko.example/report")));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var value = await ValueAsync(campaign.Id, school.Id, "P2");
        (value!.OnTimeCount, value.WithErrorsCount, value.LateCount, value.EvidenceUrl).Should().Be((18, 0, 2, "https://fisoko.example/report"));
        value.UpdatedBy.Should().Be("metod");
        (await ValueAsync(campaign.Id, school.Id, "P1")).Should().BeNull("indicators left blank are not values");
        var page = await client.GetDocumentAsync(url);
        page.QuerySelector("[data-testid=who-P2]")!.TextContent.Should().Contain("metod");
        var grid = await client.GetDocumentAsync($"/Monitoring/Campaigns/Details/{campaign.Id}");
        grid.QuerySelector("[data-testid=input-grid]")!.TextContent.Should().Contain("18 / 0 / 2");
    }

    [Fact]
    public async Task A_negative_count_or_a_link_that_is_not_a_web_address_is_refused_naming_the_field()
    {
        var school = await Portal.CreateSchoolAsync("Школа А");
        var campaign = await CampaignAsync();
        var client = await SignedInAsync(Roles.Methodologist);
        var form = await OpenedForm.OpenAsync(client, $"/Monitoring/Inputs/{campaign.Id}/{school.Id}");
        var p1 = Prefix(form, "P1");

        var page = await HttpClientExtensions.ParseAsync(await form.PostAsync(Fields(form, ($"{p1}.OnTime", "-1"), ($"{p1}.WithErrors", "0"),
            ($"{p1}.Late", "0"), ($"{p1}.EvidenceUrl", "javascript:alert(1)"))));

        var errors = page.QuerySelector("[data-testid=errors]")!.TextContent;
        errors.Should().Contain("P1: «в срок и без ошибок»: число не может быть отрицательным (-1)").And.Contain("http://");
        (await ValueAsync(campaign.Id, school.Id, "P1")).Should().BeNull();
    }

    [Fact]
    public async Task The_second_of_two_methodologists_editing_one_value_is_refused_and_shown_the_first_ones_value()
    {
        var school = await Portal.CreateSchoolAsync("Школа А");
        var campaign = await CampaignAsync();
        await FillAsync(campaign.Id, school, Kl.A);
        var first = await SignedInAsync(Roles.Methodologist, userName: "first");
        var second = await SignedInAsync(Roles.Methodologist, userName: "second");
        var url = $"/Monitoring/Inputs/{campaign.Id}/{school.Id}";
        var firstForm = await OpenedForm.OpenAsync(first, url);
        var secondForm = await OpenedForm.OpenAsync(second, url);
        var p3 = Prefix(firstForm, "P3");

        (await firstForm.PostAsync(Fields(firstForm, ($"{p3}.Confirmed", "6"), ($"{p3}.NotConfirmed", "0")))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await HttpClientExtensions.ParseAsync(await secondForm.PostAsync(Fields(secondForm, ($"{p3}.Confirmed", "1"), ($"{p3}.NotConfirmed", "5"))));

        refused.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("P3 — first");
        refused.QuerySelector("[data-testid=theirs-P3]")!.TextContent.Should().Contain("подтверждено 6 из 6");
        refused.QuerySelector($"input[name='{p3}.Confirmed']")!.GetAttribute("value").Should().Be("1", "what the second person typed stays in the form");
        var value = await ValueAsync(campaign.Id, school.Id, "P3");
        (value!.ConfirmedCount, value.UpdatedBy).Should().Be((6, "first"));
    }

    [Fact]
    public async Task A_value_of_a_published_campaign_cannot_be_changed_until_it_is_unpublished()
    {
        var school = await Portal.CreateSchoolAsync("Школа А");
        var campaign = await CampaignAsync();
        await FillAsync(campaign.Id, school, Kl.A);
        var client = await SignedInAsync(Roles.Methodologist);
        var url = $"/Monitoring/Inputs/{campaign.Id}/{school.Id}";
        var form = await OpenedForm.OpenAsync(client, url);
        var p5 = Prefix(form, "P5");
        await ComputeAsync(campaign.Id, CampaignStatus.Published);

        var refused = await HttpClientExtensions.ParseAsync(await form.PostAsync(Fields(form, ($"{p5}.Option", "none"))));

        refused.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("Кампания опубликована");
        (await ValueAsync(campaign.Id, school.Id, "P5"))!.OptionCode.Should().Be("all");
        (await client.GetDocumentAsync(url)).QuerySelector("[data-testid=published-note]").Should().NotBeNull();
    }

    [Fact]
    public async Task A_principal_fills_the_self_reported_items_of_their_own_school_only_while_the_campaign_allows()
    {
        var own = await Portal.CreateSchoolAsync("Своя школа");
        var campaign = await CampaignAsync(principals: true);
        var principal = await SignedInAsync(Roles.Principal, own.Id);
        var url = $"/Monitoring/Inputs/{campaign.Id}/{own.Id}";
        var form = await OpenedForm.OpenAsync(principal, url);

        form.Page.QuerySelectorAll("input[name$='.Code']").Select(i => i.GetAttribute("value")).Should().Equal("P5", "P6", "P7");
        var p7 = Prefix(form, "P7");
        var fields = Fields(form, ($"{Prefix(form, "P5")}.Option", "partial"), ($"{p7}.EvidenceUrl", "https://school.example/vpr")).ToList();
        fields.Add(new($"{p7}.Items", "publicInfo"));
        fields.Add(new($"{p7}.Items", "survey"));
        (await form.PostAsync(fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ValueAsync(campaign.Id, own.Id, "P5"))!.OptionCode.Should().Be("partial");
        (await ValueAsync(campaign.Id, own.Id, "P7"))!.CheckedItems.Should().Equal("publicInfo", "survey");

        // P1 is not the principal's to enter: a forged field is refused and nothing changes.
        var forged = await form.PostAsync([new("Values[0].Code", "P1"), new("Values[0].OnTime", "3"), new("Values[0].WithErrors", "0"), new("Values[0].Late", "0")]);
        forged.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ValueAsync(campaign.Id, own.Id, "P1")).Should().BeNull();

        await Portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AllowPrincipalEntry, false)));
        var closed = await principal.GetDocumentAsync(url);
        closed.QuerySelector("[data-testid=readonly-note]")!.TextContent.Should().Contain("закрыт");
        (await form.PostAsync(Fields(form, ($"{Prefix(form, "P5")}.Option", "all")))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ValueAsync(campaign.Id, own.Id, "P5"))!.OptionCode.Should().Be("partial");
    }

    [Fact]
    public async Task A_principal_can_open_neither_the_inputs_nor_the_breakdown_of_another_school()
    {
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var campaign = await CampaignAsync(principals: true);
        await FillAsync(campaign.Id, a, Kl.A);
        await FillAsync(campaign.Id, b, Kl.Weak);
        await ComputeAsync(campaign.Id);
        await Portal.WithDbAsync(db => db.MonitoringCampaigns.Where(c => c.Id == campaign.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Collecting)));
        var principalB = await SignedInAsync(Roles.Principal, b.Id);
        var ownToken = await principalB.AntiforgeryTokenAsync($"/Monitoring/Inputs/{campaign.Id}/{b.Id}");

        (await principalB.GetAsync($"/Monitoring/Inputs/{campaign.Id}/{a.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principalB.GetAsync($"/Monitoring/School/{campaign.Id}/{a.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var post = await principalB.PostWithTokenAsync($"/Monitoring/Inputs/{campaign.Id}/{a.Id}", ownToken,
            [new("Values[0].Code", "P5"), new("Values[0].Option", "none")]);
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ValueAsync(campaign.Id, a.Id, "P5"))!.OptionCode.Should().Be("all");
        (await principalB.GetAsync($"/Monitoring/School/{campaign.Id + 1000}/{b.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await principalB.GetAsync($"/Monitoring/School/{campaign.Id}/{b.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
