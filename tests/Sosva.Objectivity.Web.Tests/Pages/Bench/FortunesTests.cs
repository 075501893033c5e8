using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Bench;

/// <summary>The load test's baseline page (bench/load.sh): only with Bench:Enabled.</summary>
public class FortunesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Fortunes_page_is_not_found_unless_enabled()
    {
        await Portal.CreateSchoolAsync("Школа 1");

        var response = await NewClient().GetAsync("/Bench/Fortunes");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Fortunes_page_renders_twelve_rows_when_enabled()
    {
        for (var i = 1; i <= 14; i++) await Portal.CreateSchoolAsync($"Школа № {i} <нагрузка>");
        using var enabled = Portal.WithWebHostBuilder(b => b.UseSetting("Bench:Enabled", "true"));
        var client = enabled.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var page = await client.GetDocumentAsync("/Bench/Fortunes");

        var rows = page.QuerySelectorAll("[data-testid=fortunes] tr").Skip(1).ToList();
        rows.Should().HaveCount(12);
        rows[0].TextContent.Should().Contain("Школа № 1 <нагрузка>");
    }
}
