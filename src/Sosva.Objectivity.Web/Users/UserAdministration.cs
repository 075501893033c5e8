using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Users;

/// <summary>
/// Creating and changing accounts, shared by the Admin/Users pages and the `create-user` command,
/// so the rules (one role; a principal has exactly one active school) live in one place.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
{
    /// <summary>Result: errors keyed by the input field they belong to ("" for the whole form).</summary>
    public sealed record Outcome(IReadOnlyList<KeyValuePair<string, string>> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
        public static readonly Outcome Ok = new([]);
        public static Outcome Fail(string field, string message) => new([new(field, message)]);
    }

    public async Task<Outcome> CreateAsync(string userName, string fullName, string role, int? schoolId, string password)
    {
        var check = await CheckRoleAndSchoolAsync(role, schoolId);
        if (!check.Succeeded) return check;

        var user = new AppUser
        {
            UserName = userName.Trim(),
            FullName = fullName.Trim(),
            SchoolId = role == Roles.Principal ? schoolId : null,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return FromIdentity(created, nameof(password));
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return FromIdentity(added, nameof(role));
        await tx.CommitAsync();
        return Outcome.Ok;
    }

    /// <summary>Changes name, role and school; a role or school change ends the user's sessions.</summary>
    public async Task<Outcome> UpdateAsync(AppUser user, string fullName, string role, int? schoolId)
    {
        var check = await CheckRoleAndSchoolAsync(role, schoolId);
        if (!check.Succeeded) return check;

        var currentRoles = await users.GetRolesAsync(user);
        var newSchool = role == Roles.Principal ? schoolId : null;
        var rightsChanged = !currentRoles.SequenceEqual([role]) || user.SchoolId != newSchool;

        await using var tx = await db.Database.BeginTransactionAsync();
        user.FullName = fullName.Trim();
        user.SchoolId = newSchool;
        if (rightsChanged)
        {
            var removed = await users.RemoveFromRolesAsync(user, currentRoles);
            if (!removed.Succeeded) return FromIdentity(removed, "");
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded) return FromIdentity(added, nameof(role));
            await users.UpdateSecurityStampAsync(user);
        }
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return FromIdentity(updated, "");
        await tx.CommitAsync();
        return Outcome.Ok;
    }

    public async Task<Outcome> ResetPasswordAsync(AppUser user, string newPassword)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        return result.Succeeded ? Outcome.Ok : FromIdentity(result, "newPassword");
    }

    /// <summary>Locks the account until an administrator unlocks it, and ends its sessions.</summary>
    public async Task<Outcome> LockAsync(AppUser user)
    {
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (result.Succeeded) await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? Outcome.Ok : FromIdentity(result, "");
    }

    public async Task<Outcome> UnlockAsync(AppUser user)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded) await users.ResetAccessFailedCountAsync(user);
        return result.Succeeded ? Outcome.Ok : FromIdentity(result, "");
    }

    private async Task<Outcome> CheckRoleAndSchoolAsync(string role, int? schoolId)
    {
        if (!Roles.All.Contains(role)) return Outcome.Fail(nameof(role), "Выберите роль.");
        if (role != Roles.Principal) return Outcome.Ok;
        if (schoolId is null)
            return Outcome.Fail(nameof(schoolId), "Руководитель ОО должен быть привязан к школе: выберите школу.");
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.IsActive }).FirstOrDefaultAsync();
        if (school is null) return Outcome.Fail(nameof(schoolId), "Такой школы нет в справочнике.");
        if (!school.IsActive) return Outcome.Fail(nameof(schoolId), "Школа выведена из справочника (неактивна).");
        return Outcome.Ok;
    }

    /// <summary>Identity's errors, one message per field (all the password rules broken are named at once).</summary>
    private static Outcome FromIdentity(IdentityResult result, string field) =>
        new(result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
                : field)
            .Select(g => new KeyValuePair<string, string>(g.Key, string.Join(" ", g.Select(e => e.Description))))
            .ToList());
}

public static class UserAdministrationOutcomeExtensions
{
    /// <summary>Puts each error next to its field of a form bound as <paramref name="prefix"/>.</summary>
    public static void CopyTo(this UserAdministration.Outcome outcome, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            var key = field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            state.AddModelError(key, message);
        }
    }
}
