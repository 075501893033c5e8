using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>Creates the four roles. Idempotent.</summary>
public sealed class IdentitySeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
