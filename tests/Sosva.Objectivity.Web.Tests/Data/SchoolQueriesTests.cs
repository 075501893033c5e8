using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Data;

/// <summary>The portal's one order of school names, translated to SQL and sorted by PostgreSQL's ICU collation.</summary>
public class SchoolQueriesTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_numero_sign_sorts_among_the_names_not_after_the_cyrillic_ones()
    {
        foreach (var name in new[] { "СОШ Ясная", "СОШ № 2", "СОШ Алая", "СОШ № 10" }) await Portal.CreateSchoolAsync(name);

        var plain = await Portal.WithDbAsync(db => db.Schools.OrderBy(s => s.ShortName).Select(s => s.ShortName).ToListAsync());
        var schools = await Portal.WithDbAsync(db => db.Schools.OrderByName().Select(s => s.ShortName).ToListAsync());
        var projected = await Portal.WithDbAsync(db => db.Schools.Select(s => new { Name = s.ShortName })
            .OrderByNameDescending(s => s.Name).Select(s => s.Name).ToListAsync());

        plain.Should().Equal(["СОШ Алая", "СОШ Ясная", "СОШ № 10", "СОШ № 2"], "ICU reads «№» as Latin «No», after Cyrillic");
        schools.Should().Equal("СОШ № 10", "СОШ № 2", "СОШ Алая", "СОШ Ясная");
        projected.Should().Equal("СОШ Ясная", "СОШ Алая", "СОШ № 2", "СОШ № 10");
    }
}
