using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>What arrives in headers cannot steer what the portal writes: the Host, and the names of the files it sends.</summary>
public class RequestHeadersTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_request_for_a_host_that_is_not_allowed_is_refused_before_it_reaches_a_page()
    {
        var forged = Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });

        var refused = await forged.GetAsync("/Schools");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a forged Host would end up in redirects and in the links of exports");
        refused.Headers.Location.Should().BeNull();
        (await NewClient().GetAsync("/Schools")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the configured host (localhost) is served");
    }

    [Theory]
    [InlineData("Отчёт\u202Efdp.exe", "Отчётfdp.exe.xlsx")]
    [InlineData("План\u200B мероприятий\u2066", "План мероприятий.xlsx")]
    [InlineData("Итоги\r\nВПР", "Итоги ВПР.xlsx")]
    public void An_export_file_name_has_no_invisible_characters(string title, string expected)
    {
        ExportFileName.For(title, "xlsx").Should().Be(expected);
    }
}
