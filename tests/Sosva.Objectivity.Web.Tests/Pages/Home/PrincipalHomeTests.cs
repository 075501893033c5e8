using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Home;

/// <summary>
/// A principal's home page counts the measures the school must execute by the same rule that creates its reports
/// (docs/design.md#61-reports-from-the-plan): «all schools», the chosen schools, and the schools on Rosobrnadzor's
/// list of the measure's year.
/// </summary>
public class PrincipalHomeTests(PortalFactory portal) : PortalTest(portal)
{
    private static string Count(AngleSharp.Dom.IDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public async Task A_school_on_the_bias_list_counts_the_measures_of_that_list_and_their_checkpoints()
    {
        var plan = await PlanAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            db.BiasListEntries.Add(new BiasListEntry { Year = 2023, SchoolId = plan.A, NameAsListed = SchoolA });
            await db.SaveChangesAsync();
            return await db.Measures.Where(m => m.Id == plan.M21.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ExecutionScope, ExecutionScope.BiasList).SetProperty(m => m.BiasListYear, 2023));
        });
        await Portal.SyncReportsAsync();
        Portal.Clock.SetToday(new DateOnly(2024, 5, 10)); // 2.1 is due 31.05.2024, within 30 days

        var homeA = await (await SignedInAsync(Roles.Principal, plan.A)).GetDocumentAsync("/");
        var homeB = await (await SignedInAsync(Roles.Principal, plan.B)).GetDocumentAsync("/");

        (await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync(r => r.MeasureId == plan.M21.Id && r.SchoolId == plan.A)))
            .Should().Be(1, "the school on the list has a report of measure 2.1");
        Count(homeA, "count-assigned").Should().Be("3", "the school on the 2023 list executes 1.1, 1.2 and 2.1");
        Count(homeB, "count-assigned").Should().Be("2", "a school not on the list executes 1.1 and 1.2 only");
        Count(homeA, "count-upcoming").Should().EndWith("— 1");
        Count(homeB, "count-upcoming").Should().EndWith("— 0");
    }
}
