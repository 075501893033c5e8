namespace Sosva.Objectivity.Web.Security;

/// <summary>The four roles (docs/design.md#21-roles) and their Russian names.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Specialist = "Specialist";
    public const string Methodologist = "Methodologist";
    public const string Principal = "Principal";

    public static readonly IReadOnlyList<string> All = [Administrator, Specialist, Methodologist, Principal];

    public static string RussianName(string? role) => role switch
    {
        Administrator => "Администратор",
        Specialist => "Специалист УО",
        Methodologist => "Методист",
        Principal => "Руководитель ОО",
        _ => "—",
    };

    /// <summary>Parses a role from its code or its Russian name (for the command line).</summary>
    public static string? Parse(string? value) =>
        All.FirstOrDefault(r => string.Equals(r, value, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(RussianName(r), value, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Claim types the portal adds to a user's identity.</summary>
public static class PortalClaims
{
    /// <summary>The school a principal is bound to.</summary>
    public const string SchoolId = "sosva:school_id";
    public const string FullName = "sosva:full_name";
}
