using Microsoft.AspNetCore.Identity;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Data;

/// <summary>A portal user. A principal is bound to exactly one school.</summary>
public class AppUser : IdentityUser
{
    /// <summary>ФИО as shown in the portal.</summary>
    public string FullName { get; set; } = "";

    /// <summary>The school of a principal; null for every other role.</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
