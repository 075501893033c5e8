using Sosva.Objectivity.Domain.Common;

namespace Sosva.Objectivity.Domain.Schools;

/// <summary>Образовательная организация (ОО): a school of the municipality.</summary>
public class School : ITracked, IVersioned
{
    public int Id { get; set; }

    /// <summary>Full official name, e.g. «Муниципальное автономное общеобразовательное учреждение …».</summary>
    public string FullName { get; set; } = "";

    /// <summary>Short name used in tables, e.g. «МАОУ СОШ № 1 п.г.т. Сосьва».</summary>
    public string ShortName { get; set; } = "";

    /// <summary>ИНН of a legal entity: 10 digits, optional.</summary>
    public string? Inn { get; set; }

    public string? Address { get; set; }

    /// <summary>Principal's name as written (the user account is linked separately).</summary>
    public string? PrincipalName { get; set; }

    /// <summary>Сельская школа.</summary>
    public bool IsRural { get; set; }

    /// <summary>Малокомплектная школа.</summary>
    public bool IsSmall { get; set; }

    /// <summary>A deactivated school keeps its history but gets no new assignments.</summary>
    public bool IsActive { get; set; } = true;

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>The ИНН of a legal entity has exactly ten digits.</summary>
    public static bool IsValidInn(string? inn) =>
        inn is null || (inn.Length == 10 && inn.All(char.IsAsciiDigit));
}
