using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Data;

public class DemoDataSeederTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task<DemoDataSeeder.Summary> SeedAsync()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    [Fact]
    public async Task Demo_data_is_seeded_once_however_often_it_runs()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();

        first.Schools.Should().Be(12);
        first.Users.Should().Be(5);
        first.Roadmaps.Should().Be(3);
        second.Should().Be(first);
        (await Portal.WithDbAsync(db => db.Schools.Select(s => s.ShortName).Distinct().CountAsync())).Should().Be(12);
    }

    [Fact]
    public async Task Demo_roadmaps_of_the_seed_documents_are_loaded_with_sections_measures_and_checkpoints()
    {
        await SeedAsync();

        var roadmaps = await Portal.WithDbAsync(db => db.Roadmaps.OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Title, r.Level, r.Status, r.OrderNumber, r.SchoolId,
                Sections = r.Sections.Count,
                Measures = r.Sections.SelectMany(s => s.Measures).Count(),
                Checkpoints = r.Sections.SelectMany(s => s.Measures).SelectMany(m => m.Checkpoints).Count(),
            }).ToListAsync());

        roadmaps.Select(r => (r.Sections, r.Measures)).Should().Equal((7, 25), (5, 19), (8, 38));
        roadmaps[0].OrderNumber.Should().Be("49");
        roadmaps[0].Status.Should().Be(RoadmapStatus.Approved);
        roadmaps[1].Level.Should().Be(RoadmapLevel.School);
        roadmaps[1].SchoolId.Should().NotBeNull();
        roadmaps.Should().OnlyContain(r => r.Checkpoints > 0);
        var principal = NewClient();
        await principal.SignInAsync("principal", DemoDataSeeder.DemoPassword);
        var assigned = (await principal.GetDocumentAsync("/")).QuerySelector("[data-testid=count-assigned]")!.TextContent;
        int.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive("order 49 assigns measures to every school");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("specialist")]
    [InlineData("methodologist")]
    [InlineData("principal")]
    [InlineData("principal2")]
    public async Task Every_demo_account_signs_in_with_the_demo_password(string userName)
    {
        await SeedAsync();

        (await NewClient().SignInAsync(userName, DemoDataSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Demo_principals_belong_to_the_first_two_schools()
    {
        await SeedAsync();

        var bound = await Portal.WithDbAsync(db => db.Users.Where(u => u.SchoolId != null)
            .OrderBy(u => u.UserName).Select(u => new { u.UserName, u.School!.ShortName }).ToListAsync());

        bound.Select(b => $"{b.UserName}: {b.ShortName}").Should().Equal(
            "principal: МАОУ СОШ № 1 р.п. Сосьва", "principal2: МКОУ СОШ № 2 р.п. Сосьва");
    }
}
