using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Sosva.Objectivity.Domain.Monitoring;
namespace Sosva.Objectivity.Web.Security;

/// <summary>What the rules need to know of a campaign and, for school operations, the school.</summary>
public sealed record MonitoringResource(CampaignStatus Status, bool OpenToPrincipals, int? SchoolId);

/// <summary>Operations on a monitoring campaign and a school's data in it.</summary>
public static class MonitoringOperations
{
    /// <summary>The campaign's ranking: staff always; principals once it is published.</summary>
    public static readonly OperationAuthorizationRequirement ReadRanking = new() { Name = nameof(ReadRanking) };

    /// <summary>A school's inputs and breakdown: staff; a principal only their own school.</summary>
    public static readonly OperationAuthorizationRequirement ReadSchool = new() { Name = nameof(ReadSchool) };

    /// <summary>Every input of a school: methodologists and administrators.</summary>
    public static readonly OperationAuthorizationRequirement EditInputs = new() { Name = nameof(EditInputs) };

    /// <summary>The self-reported inputs (P5–P7): also the school's principal while the campaign is open to principals.</summary>
    public static readonly OperationAuthorizationRequirement EditSelfReported = new() { Name = nameof(EditSelfReported) };
}

/// <summary>Per-resource rules for monitoring, in one place
/// (docs/design.md#78-publishing-and-who-sees-what).</summary>
public sealed class MonitoringAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, MonitoringResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, MonitoringResource resource)
    {
        var user = context.User;
        var manager = user.CanChangeMonitoring();
        var staff = user.IsStaff();
        var ownSchool = user.HasPrincipalRole() && resource.SchoolId is { } id && Policies.SchoolIdOf(user) == id;

        var allowed = requirement.Name switch
        {
            nameof(MonitoringOperations.ReadRanking) => staff || (user.HasPrincipalRole() && resource.Status == CampaignStatus.Published),
            nameof(MonitoringOperations.ReadSchool) => staff || ownSchool,
            nameof(MonitoringOperations.EditInputs) => manager,
            nameof(MonitoringOperations.EditSelfReported) => manager || (ownSchool && resource.OpenToPrincipals),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Loads what <see cref="MonitoringAccessHandler"/> needs and asks it; 404 for an unknown campaign or school.</summary>
public sealed class MonitoringGuard(AppDbContext db, IAuthorizationService authorization, DisplayFormat format)
{
    public async Task<Access> CheckAsync(ClaimsPrincipal user, int campaignId, int? schoolId, OperationAuthorizationRequirement operation)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.Status, c.AllowPrincipalEntry, c.DataEntryDeadline }).FirstOrDefaultAsync();
        if (campaign is null) return Access.NotFound;
        var open = new MonitoringCampaign { Status = campaign.Status, AllowPrincipalEntry = campaign.AllowPrincipalEntry, DataEntryDeadline = campaign.DataEntryDeadline }
            .OpenToPrincipals(format.Today());
        var resource = new MonitoringResource(campaign.Status, open, schoolId);
        // Authorize before looking the school up, so a principal cannot tell which school ids exist.
        if (!(await authorization.AuthorizeAsync(user, resource, operation)).Succeeded) return Access.Forbidden;
        if (schoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id)) return Access.NotFound;
        return Access.Allowed;
    }

    /// <summary>Whether the user may change every input (not only the self-reported ones).</summary>
    public async Task<bool> CanEditAllAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, new MonitoringResource(CampaignStatus.Collecting, false, null), MonitoringOperations.EditInputs)).Succeeded;
}
