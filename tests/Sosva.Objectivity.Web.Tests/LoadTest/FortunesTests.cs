using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.LoadTest;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.LoadTest;

/// <summary>The load test's baseline page (bench/load.sh): only in the load-test tool's host, never in the portal.</summary>
public class FortunesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public void Fortunes_page_is_not_in_the_portal()
    {
        var pages = Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath).OfType<string>().ToList();

        pages.Should().Contain("/Schools/Index").And.NotContain("/Bench/Fortunes");
    }

    [Fact]
    public async Task Fortunes_page_renders_twelve_rows_in_the_load_test_host()
    {
        for (var i = 1; i <= 14; i++) await Portal.CreateSchoolAsync($"Школа № {i} <нагрузка>");
        using var host = Portal.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddFortunesBaseline()));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var page = await client.GetDocumentAsync("/Bench/Fortunes");

        var rows = page.QuerySelectorAll("[data-testid=fortunes] tr").Skip(1).ToList();
        rows.Should().HaveCount(12);
        rows[0].TextContent.Should().Contain("Школа № 1 <нагрузка>");
    }
}
