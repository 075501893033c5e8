using Microsoft.AspNetCore.Authorization.Infrastructure;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Security;

/// <summary>What the authorization rules need to know of a roadmap (load it with a projection).</summary>
public sealed record RoadmapResource(RoadmapLevel Level, int? SchoolId, RoadmapStatus Status);

/// <summary>Operations on a roadmap and everything in it (sections, measures, checkpoints).</summary>
public static class RoadmapOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>
/// Per-resource rules for roadmaps (docs/design.md#2-roles-and-access), in one place:
/// staff read everything; specialists and administrators edit municipal roadmaps and school plans;
/// a principal reads approved or archived municipal roadmaps and their own school's plans, and edits
/// only their own school's plan.
/// </summary>
public sealed class RoadmapAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, RoadmapResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RoadmapResource roadmap)
    {
        var user = context.User;
        var editor = user.CanManageRoadmaps();
        var ownPlan = user.HasPrincipalRole() && roadmap.Level == RoadmapLevel.School
                      && roadmap.SchoolId is not null && Policies.SchoolIdOf(user) == roadmap.SchoolId;

        var allowed = requirement.Name switch
        {
            nameof(RoadmapOperations.Read) => user.IsStaff() || ownPlan
                || (user.HasPrincipalRole() && roadmap.Level == RoadmapLevel.Municipal && roadmap.Status != RoadmapStatus.Draft),
            nameof(RoadmapOperations.Edit) => editor || ownPlan,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
