using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Web.Security;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>
/// The role checks views and handlers use (docs/design.md#22-where-the-rules-live) against the named policies they
/// stand for: built from the same role sets, they must answer alike for every kind of user. No database, no server.
/// </summary>
public class RoleGroupsTests
{
    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(Policies.Configure)
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    /// <summary>Every role alone, a principal with and without a school, no role at all, and two roles at once.</summary>
    public static TheoryData<string> Users() =>
        ["", Roles.Administrator, Roles.Specialist, Roles.Methodologist, Roles.Principal, Roles.Principal + "@7",
         Roles.Specialist + "," + Roles.Principal + "@7"];

    /// <summary>"Role1,Role2@schoolId": the roles of a signed-in user and, after @, the school claim.</summary>
    private static ClaimsPrincipal User(string spec)
    {
        var parts = spec.Split('@');
        var claims = parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        if (parts.Length > 1) claims.Add(new Claim(PortalClaims.SchoolId, parts[1]));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"));
    }

    private static async Task<bool> Allowed(ClaimsPrincipal user, string policy) => (await Authorization.AuthorizeAsync(user, policy)).Succeeded;

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_role_check_agrees_with_its_named_policy(string spec)
    {
        var user = User(spec);

        user.IsAdmin().Should().Be(await Allowed(user, Policies.Admin), "IsAdmin is Policies.Admin");
        user.IsStaff().Should().Be(await Allowed(user, Policies.Staff), "IsStaff is Policies.Staff");
        user.CanManageRoadmaps().Should().Be(await Allowed(user, Policies.ManageRoadmaps), "CanManageRoadmaps is Policies.ManageRoadmaps");
        user.CanCreateRoadmaps().Should().Be(await Allowed(user, Policies.CreateRoadmaps), "CanCreateRoadmaps is Policies.CreateRoadmaps");
        user.CanChangeMonitoring().Should().Be(await Allowed(user, Policies.Monitoring), "CanChangeMonitoring is Policies.Monitoring");
        user.IsPrincipal().Should().Be(await Allowed(user, Policies.Principal), "IsPrincipal is Policies.Principal");
    }

    [Fact]
    public void Staff_are_administrators_specialists_and_methodologists()
    {
        Roles.All.Where(r => User(r).IsStaff()).Should().BeEquivalentTo([Roles.Administrator, Roles.Specialist, Roles.Methodologist]);
    }

    [Fact]
    public void Methodologists_change_monitoring_but_neither_manage_roadmaps_nor_review_reports()
    {
        var methodologist = User(Roles.Methodologist);

        methodologist.CanChangeMonitoring().Should().BeTrue();
        methodologist.CanManageRoadmaps().Should().BeFalse();
        methodologist.CanReviewReports().Should().BeFalse();
        User(Roles.Specialist).CanReviewReports().Should().BeTrue();
        User(Roles.Specialist).CanChangeMonitoring().Should().BeFalse();
    }

    [Fact]
    public void A_principal_without_a_school_has_the_role_but_is_not_a_bound_principal()
    {
        var unbound = User(Roles.Principal);

        unbound.HasPrincipalRole().Should().BeTrue();
        unbound.IsPrincipal().Should().BeFalse();
        User(Roles.Principal + "@7").IsPrincipal().Should().BeTrue();
        User(Roles.Specialist).HasPrincipalRole().Should().BeFalse();
    }

    [Fact]
    public void The_role_of_a_user_is_the_first_of_the_four_they_are_in()
    {
        User(Roles.Methodologist).RoleOf().Should().Be(Roles.Methodologist);
        User(Roles.Principal + "," + Roles.Specialist).RoleOf().Should().Be(Roles.Specialist);
        User("").RoleOf().Should().BeNull();
    }
}
