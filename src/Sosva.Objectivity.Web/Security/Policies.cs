using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Sosva.Objectivity.Web.Security;

/// <summary>Named authorization policies: every rule is declared here once.</summary>
public static class Policies
{
    public const string Admin = nameof(Admin);

    /// <summary>Department and methodical centre staff: see every school.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Creates municipal roadmaps, imports, assigns measures: specialists and administrators.</summary>
    public const string ManageRoadmaps = nameof(ManageRoadmaps);

    /// <summary>May create a roadmap at all: editors of municipal roadmaps, and principals (their school's plan).</summary>
    public const string CreateRoadmaps = nameof(CreateRoadmaps);

    /// <summary>A school's principal (bound to a school): «Мои мероприятия», notifications.</summary>
    public const string Principal = nameof(Principal);
    /// <summary>Changes monitoring data: methodologies, campaigns, inputs, bias lists, recommendations, publishing.</summary>
    public const string Monitoring = nameof(Monitoring);

    /// <summary>Per resource: may see the data of the school whose id is the resource.</summary>
    public const string SchoolData = nameof(SchoolData);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Administrator, Roles.Specialist, Roles.Methodologist));
        options.AddPolicy(ManageRoadmaps, p => p.RequireRole(Roles.Administrator, Roles.Specialist));
        options.AddPolicy(CreateRoadmaps, p => p.RequireRole(Roles.Administrator, Roles.Specialist, Roles.Principal));
        options.AddPolicy(Principal, p => p.RequireRole(Roles.Principal).RequireClaim(PortalClaims.SchoolId));
        options.AddPolicy(Monitoring, p => p.RequireRole(Roles.Administrator, Roles.Methodologist));
        options.AddPolicy(SchoolData, p => p.AddRequirements(new SchoolDataRequirement()));
        // Everything needs a signed-in user unless a page says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    public static int? SchoolIdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.SchoolId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}

/// <summary>The resource is a school id; staff see every school, a principal only their own.</summary>
public sealed class SchoolDataRequirement : IAuthorizationRequirement;

public sealed class SchoolDataHandler : AuthorizationHandler<SchoolDataRequirement, int>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SchoolDataRequirement requirement, int schoolId)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.Methodologist))
            context.Succeed(requirement);
        else if (user.IsInRole(Roles.Principal) && Policies.SchoolIdOf(user) == schoolId)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
