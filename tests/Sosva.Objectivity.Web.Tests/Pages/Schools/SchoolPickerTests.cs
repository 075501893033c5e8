using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Schools;

/// <summary>
/// The school filters: a drop-down list for a regional directory, a search field with server suggestions above
/// Schools:SelectLimit (at national scale 40,000 options made each filtered page 3 MB:
/// docs/performance.md#regional-and-national-scale).
/// </summary>
public class SchoolPickerTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task<HttpClient> SpecialistWithLimitAsync(WebApplicationFactory<Program> factory)
    {
        await Portal.CreateUserAsync("picker", Roles.Specialist);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        (await client.SignInAsync("picker", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task A_small_directory_is_a_drop_down_list()
    {
        await Portal.CreateSchoolAsync("Школа № 2");
        var client = await SignedInAsync(Roles.Specialist);

        var page = await client.GetDocumentAsync("/Reports/Review");

        page.QuerySelectorAll("select#schoolId option").Select(o => o.TextContent).Should().Equal("Все", "Школа № 2");
        page.QuerySelector("input[data-school-search]").Should().BeNull();
    }

    [Fact]
    public async Task A_large_directory_is_a_search_field_that_keeps_the_chosen_school_and_filters_by_it()
    {
        var a = await Portal.CreateSchoolAsync("МБОУ СОШ № 1 г. Серов");
        await Portal.CreateSchoolAsync("МБОУ СОШ № 2 г. Серов");
        await Portal.CreateSchoolAsync("МКОУ ООШ с. Кошай");
        using var large = Portal.WithWebHostBuilder(b => b.UseSetting("Schools:SelectLimit", "2"));
        var client = await SpecialistWithLimitAsync(large);

        foreach (var url in new[] { "/Reports/Review", "/Roadmaps", "/Reports/SchoolReport" })
        {
            var page = await client.GetDocumentAsync(url);
            page.QuerySelectorAll("select option").Select(o => o.TextContent).Should().NotContain("МКОУ ООШ с. Кошай", url);
            page.QuerySelector("input[data-school-search]").Should().NotBeNull(url);
        }

        var chosen = await client.GetDocumentAsync($"/Reports/Review?schoolId={a.Id}");
        chosen.QuerySelector("input[data-school-search]")!.GetAttribute("value").Should().Be("МБОУ СОШ № 1 г. Серов");
        chosen.QuerySelector("input[type=hidden][name=schoolId]")!.GetAttribute("value").Should().Be(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_search_finds_schools_by_part_of_the_name_in_any_case_or_by_inn_and_treats_wildcards_as_text()
    {
        var serov1 = await Portal.CreateSchoolAsync("МБОУ СОШ № 1 г. Серов", inn: "6632000001");
        var serov2 = await Portal.CreateSchoolAsync("МБОУ СОШ № 2 г. Серов");
        await Portal.CreateSchoolAsync("МКОУ ООШ с. Кошай");
        var client = await SignedInAsync(Roles.Specialist);

        async Task<List<(int Id, string Name)>> Search(string q)
        {
            var response = await client.GetAsync("/Schools/Search?q=" + Uri.EscapeDataString(q));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetInt32(), e.GetProperty("name").GetString()!)).ToList();
        }

        (await Search("серов")).Should().Equal((serov1.Id, "МБОУ СОШ № 1 г. Серов"), (serov2.Id, "МБОУ СОШ № 2 г. Серов"));
        (await Search("663200")).Should().Equal((serov1.Id, "МБОУ СОШ № 1 г. Серов"));
        (await Search("%")).Should().BeEmpty("one character is not searched");
        (await Search("%%")).Should().BeEmpty("«%» is a character to look for, not a wildcard");
        (await Search("С_Ш")).Should().BeEmpty("«_» is a character to look for, not a wildcard");
    }

    [Fact]
    public async Task Principals_get_no_suggestions()
    {
        var school = await Portal.CreateSchoolAsync("МБОУ СОШ № 1 г. Серов");
        var client = await SignedInAsync(Roles.Principal, school.Id);

        (await client.GetAsync("/Schools/Search?q=Серов")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
