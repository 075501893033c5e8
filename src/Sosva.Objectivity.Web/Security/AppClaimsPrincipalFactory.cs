using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Security;

/// <summary>Adds the principal's school and the full name to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.SchoolId is { } schoolId)
            identity.AddClaim(new Claim(PortalClaims.SchoolId, schoolId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
