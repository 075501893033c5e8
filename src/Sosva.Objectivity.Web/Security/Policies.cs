using System.Globalization;
using System.Security.Claims;

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
        options.AddPolicy(Admin, p => p.RequireRole(RoleGroups.AdminRoles));
        options.AddPolicy(Staff, p => p.RequireRole(RoleGroups.StaffRoles));
        options.AddPolicy(ManageRoadmaps, p => p.RequireRole(RoleGroups.RoadmapEditorRoles));
        options.AddPolicy(CreateRoadmaps, p => p.RequireRole(RoleGroups.RoadmapCreatorRoles));
        options.AddPolicy(Principal, p => p.RequireRole(RoleGroups.PrincipalRoles).RequireClaim(PortalClaims.SchoolId));
        options.AddPolicy(Monitoring, p => p.RequireRole(RoleGroups.MonitoringEditorRoles));
        options.AddPolicy(SchoolData, p => p.AddRequirements(new SchoolDataRequirement()));
        // Everything needs a signed-in user unless a page says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    public static int? SchoolIdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.SchoolId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}

/// <summary>
/// The role sets behind the named policies (docs/design.md#2-roles-and-access), written once: <see cref="Policies.Configure"/>
/// builds its policies from them, and views, page models and the per-resource handlers ask a user through these
/// extensions instead of testing roles one by one. Each check agrees with the policy of the same name.
/// </summary>
public static class RoleGroups
{
    public static readonly IReadOnlyList<string> AdminRoles = [Roles.Administrator];

    /// <summary>Department and methodical centre staff: see every school (<see cref="Policies.Staff"/>).</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Roles.Administrator, Roles.Specialist, Roles.Methodologist];

    /// <summary>Edit municipal roadmaps and every school's plan (<see cref="Policies.ManageRoadmaps"/>).</summary>
    public static readonly IReadOnlyList<string> RoadmapEditorRoles = [Roles.Administrator, Roles.Specialist];

    /// <summary>May create a roadmap at all: the editors, and principals for their own plan (<see cref="Policies.CreateRoadmaps"/>).</summary>
    public static readonly IReadOnlyList<string> RoadmapCreatorRoles = [.. RoadmapEditorRoles, Roles.Principal];

    /// <summary>Change monitoring data (<see cref="Policies.Monitoring"/>).</summary>
    public static readonly IReadOnlyList<string> MonitoringEditorRoles = [Roles.Administrator, Roles.Methodologist];

    /// <summary>Accept or return execution reports: specialists and administrators, not methodologists (no policy: checked per report).</summary>
    public static readonly IReadOnlyList<string> ReportReviewerRoles = [Roles.Administrator, Roles.Specialist];

    public static readonly IReadOnlyList<string> PrincipalRoles = [Roles.Principal];

    /// <summary><see cref="Policies.Admin"/>.</summary>
    public static bool IsAdmin(this ClaimsPrincipal user) => InAny(user, AdminRoles);

    /// <summary><see cref="Policies.Staff"/>.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) => InAny(user, StaffRoles);

    /// <summary><see cref="Policies.ManageRoadmaps"/>.</summary>
    public static bool CanManageRoadmaps(this ClaimsPrincipal user) => InAny(user, RoadmapEditorRoles);

    /// <summary><see cref="Policies.CreateRoadmaps"/>.</summary>
    public static bool CanCreateRoadmaps(this ClaimsPrincipal user) => InAny(user, RoadmapCreatorRoles);

    /// <summary><see cref="Policies.Monitoring"/>.</summary>
    public static bool CanChangeMonitoring(this ClaimsPrincipal user) => InAny(user, MonitoringEditorRoles);

    /// <summary>Reviews execution reports (<see cref="ReportReviewerRoles"/>).</summary>
    public static bool CanReviewReports(this ClaimsPrincipal user) => InAny(user, ReportReviewerRoles);

    /// <summary>Has the principal's role, bound to a school or not: what the principal's screens look like.</summary>
    public static bool HasPrincipalRole(this ClaimsPrincipal user) => InAny(user, PrincipalRoles);

    /// <summary>A principal bound to a school (<see cref="Policies.Principal"/>): the role and the school claim.</summary>
    public static bool IsPrincipal(this ClaimsPrincipal user) => user.HasPrincipalRole() && user.FindFirst(PortalClaims.SchoolId) is not null;

    /// <summary>The user's role (the first of <see cref="Roles.All"/> they are in), or null.</summary>
    public static string? RoleOf(this ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole);

    private static bool InAny(ClaimsPrincipal user, IReadOnlyList<string> roles) => roles.Any(user.IsInRole);
}

/// <summary>The resource is a school id; staff see every school, a principal only their own.</summary>
public sealed class SchoolDataRequirement : IAuthorizationRequirement;

public sealed class SchoolDataHandler : AuthorizationHandler<SchoolDataRequirement, int>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SchoolDataRequirement requirement, int schoolId)
    {
        var user = context.User;
        if (user.IsStaff())
            context.Succeed(requirement);
        else if (user.HasPrincipalRole() && Policies.SchoolIdOf(user) == schoolId)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
