using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Sosva.Objectivity.Web.Security;

/// <summary>Outcome of a per-resource check: the page returns 404, 403 or goes on.</summary>
public enum Access
{
    Allowed,
    NotFound,
    Forbidden,
}

public static class AccessResults
{
    /// <summary>The page's answer to a refused check: 404 for an unknown id, 403 otherwise.</summary>
    public static IActionResult Refuse(this PageModel page, Access access) =>
        access == Access.NotFound ? page.NotFound() : page.Forbid();
}

/// <summary>Finds the roadmap a section or measure belongs to and asks the authorization handler.</summary>
public sealed class RoadmapGuard(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<Access> CheckRoadmapAsync(ClaimsPrincipal user, int roadmapId, OperationAuthorizationRequirement operation) =>
        await CheckAsync(user, db.Roadmaps.Where(r => r.Id == roadmapId)
            .Select(r => new RoadmapResource(r.Level, r.SchoolId, r.Status)), operation);

    public async Task<Access> CheckSectionAsync(ClaimsPrincipal user, int sectionId, OperationAuthorizationRequirement operation) =>
        await CheckAsync(user, db.Sections.Where(s => s.Id == sectionId)
            .Select(s => new RoadmapResource(s.Roadmap!.Level, s.Roadmap.SchoolId, s.Roadmap.Status)), operation);

    public async Task<Access> CheckMeasureAsync(ClaimsPrincipal user, int measureId, OperationAuthorizationRequirement operation) =>
        await CheckAsync(user, db.Measures.Where(m => m.Id == measureId)
            .Select(m => new RoadmapResource(m.Section!.Roadmap!.Level, m.Section.Roadmap.SchoolId, m.Section.Roadmap.Status)), operation);

    private async Task<Access> CheckAsync(ClaimsPrincipal user, IQueryable<RoadmapResource> query, OperationAuthorizationRequirement operation)
    {
        var resource = await query.AsNoTracking().FirstOrDefaultAsync();
        if (resource is null) return Access.NotFound;
        return (await authorization.AuthorizeAsync(user, resource, operation)).Succeeded ? Access.Allowed : Access.Forbidden;
    }
}
