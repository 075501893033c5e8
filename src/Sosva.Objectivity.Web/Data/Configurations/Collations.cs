namespace Sosva.Objectivity.Web.Data.Configurations;

/// <summary>Collations used for text people sort by.</summary>
public static class Collations
{
    /// <summary>ICU's Russian collation (present in every PostgreSQL built with ICU, Debian's and the official images included).</summary>
    public const string Russian = "ru-RU-x-icu";
}
