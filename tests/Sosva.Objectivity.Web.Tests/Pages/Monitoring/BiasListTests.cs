using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

public class BiasListTests(PortalFactory portal) : MonitoringTest(portal)
{
    [Fact]
    public async Task A_name_that_fits_two_schools_refuses_the_list_and_nothing_is_saved()
    {
        await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        await Portal.CreateSchoolAsync("МКОУ СОШ с. Романово");
        var client = await SignedInAsync(Roles.Methodologist);

        var preview = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/BiasLists/Import",
            [new("Year", "2023"), new("Names", "МКОУ СОШ с. Кошай\nСОШ")], "/Monitoring/BiasLists/Import?handler=Preview"));
        preview.QuerySelector("[data-testid=matches]")!.TextContent.Should().Contain("Строка 2: «СОШ» подходит к нескольким школам");

        var confirm = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/BiasLists/Import",
            [new("Year", "2023"), new("Names", "МКОУ СОШ с. Кошай\nСОШ")], "/Monitoring/BiasLists/Import?handler=Confirm"));
        confirm.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("подходит к нескольким школам");
        (await Portal.WithDbAsync(db => db.BiasListEntries.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_near_match_is_saved_only_when_confirmed_and_keeps_the_name_as_listed()
    {
        var koshai = await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        await Portal.CreateSchoolAsync("МКОУ СОШ с. Романово");
        var client = await SignedInAsync(Roles.Methodologist);
        KeyValuePair<string, string>[] fields = [new("Year", "2023"), new("Names", "1. СОШ Кошай\t(Свердловская обл.)")];

        var unconfirmed = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/BiasLists/Import", fields, "/Monitoring/BiasLists/Import?handler=Confirm"));
        unconfirmed.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("подтвердите, что «СОШ Кошай» — это «МКОУ СОШ с. Кошай»");
        (await Portal.WithDbAsync(db => db.BiasListEntries.CountAsync())).Should().Be(0);

        var saved = await client.PostFormAsync("/Monitoring/BiasLists/Import", [.. fields, new("Confirmed", "1")], "/Monitoring/BiasLists/Import?handler=Confirm");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var entry = await Portal.WithDbAsync(db => db.BiasListEntries.SingleAsync());
        (entry.Year, entry.SchoolId, entry.NameAsListed).Should().Be((2023, koshai.Id, "СОШ Кошай"));
    }

    [Fact]
    public async Task A_list_for_a_future_year_is_refused()
    {
        await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        var client = await SignedInAsync(Roles.Methodologist);

        var page = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Monitoring/BiasLists/Import",
            [new("Year", S(DateTime.UtcNow.Year + 1)), new("Names", "МКОУ СОШ с. Кошай")], "/Monitoring/BiasLists/Import?handler=Confirm"));

        page.QuerySelector("[data-testid=errors]")!.TextContent.Should().Contain("ещё не наступил");
        (await Portal.WithDbAsync(db => db.BiasListEntries.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_list_loaded_by_the_system_says_so_in_Russian()
    {
        var school = await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        await Portal.WithDbAsync(async db =>
        {
            db.BiasListEntries.Add(new Sosva.Objectivity.Domain.Monitoring.BiasListEntry { Year = 2023, SchoolId = school.Id });
            return await db.SaveChangesAsync();
        });
        var client = await SignedInAsync(Roles.Methodologist);

        var html = await (await client.GetAsync("/Monitoring/BiasLists?year=2023")).Content.ReadAsStringAsync();

        html.Should().Contain("система, ").And.NotContain(">system, ");
    }
}
