using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Sosva.Objectivity.Web.Security;

/// <summary>What the authorization rules need to know of an execution report (or of its evidence file).</summary>
public sealed record ReportResource(int SchoolId);

/// <summary>Operations on an execution report, its evidence and the school's report exports.</summary>
public static class ReportOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Fill in, upload evidence, submit: the principal of the report's school.</summary>
    public static readonly OperationAuthorizationRequirement Fill = new() { Name = nameof(Fill) };

    /// <summary>Accept or return: specialists (and administrators).</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };
}

/// <summary>
/// Per-resource rules for execution reports (docs/design.md#2-roles-and-access), in one place: staff read every
/// school's reports, a principal only their own school's; only that principal fills them; only specialists and
/// administrators review (a methodologist reads but does not review).
/// </summary>
public sealed class ReportAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReportResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReportResource report)
    {
        var user = context.User;
        var ownSchool = user.HasPrincipalRole() && Policies.SchoolIdOf(user) == report.SchoolId;
        var reviewer = user.CanReviewReports();
        var allowed = requirement.Name switch
        {
            nameof(ReportOperations.Read) => user.IsStaff() || ownSchool,
            nameof(ReportOperations.Fill) => ownSchool,
            nameof(ReportOperations.Review) => reviewer,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
