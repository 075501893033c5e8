using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sosva.Objectivity.Web.Hosting;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Hosting;

/// <summary>
/// A control character in the address or a form is refused where it enters, for every page (PostgreSQL refuses NUL
/// in any text: every search failed with 500): 400 with the Russian page, a warning in the log, nothing saved. What
/// people do send — tabs, line breaks, Word's line and page breaks in a pasted table — passes.
/// </summary>
public class ControlCharactersFilterTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector("[data-testid=error-heading]")!.TextContent.Should().Be("Неверный запрос");
        page.QuerySelector(".lead")!.TextContent.Should().Be(ControlCharactersFilter.Message).And.StartWith("Недопустимые символы в параметрах");
        Portal.Logs.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Refused a request with a control character", StringComparison.Ordinal));
        Portal.Logs.Should().NotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_nul_in_a_search_is_a_400_with_the_russian_page_not_a_500()
    {
        await Portal.CreateSchoolAsync("Школа № 1");
        var client = await SignedInAsync(Roles.Specialist);

        await ShouldBeRefusedAsync(await client.GetAsync("/Schools?q=%D0%A8%00"));
        await ShouldBeRefusedAsync(await client.GetAsync("/Schools?q=1&%00=x"));
        await ShouldBeRefusedAsync(await client.GetAsync("/Schools?q=%1B%5B31m"));
    }

    [Fact]
    public async Task A_control_character_in_a_route_value_is_refused()
    {
        var client = await SignedInAsync(Roles.Administrator);

        await ShouldBeRefusedAsync(await client.GetAsync("/Admin/Users/Edit/abc%01"));
    }

    [Fact]
    public async Task A_nul_in_a_form_field_is_refused_and_nothing_is_saved()
    {
        var client = await SignedInAsync(Roles.Administrator);

        await ShouldBeRefusedAsync(await client.PostFormAsync("/Schools/Create",
            [new("Input.ShortName", "Школа\0№ 1"), new("Input.FullName", "Школа № 1")]));

        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Tabs_line_breaks_and_words_line_and_page_breaks_pass()
    {
        var client = await SignedInAsync(Roles.Specialist);
        const string pasted = "№ п/п\tМероприятия\tСроки\r\n1.\tРаздел\t\r\n1.1.\tСовещание\vдиректоров\tМай 2024\f\r\n";

        var response = await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", pasted)], "/Roadmaps/Import?handler=Read");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HttpClientExtensions.ParseAsync(response)).QuerySelector("[data-testid=import-preview]")!.TextContent
            .Should().Contain("Совещание").And.Contain("директоров");
        ControlCharactersFilter.IsAllowed("a\tb\nc\rd\ve\ff").Should().BeTrue();
        ControlCharactersFilter.IsAllowed("a\u0001").Should().BeFalse();
        ControlCharactersFilter.IsAllowed("\u001F").Should().BeFalse();
    }
}
