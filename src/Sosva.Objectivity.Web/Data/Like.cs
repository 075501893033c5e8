namespace Sosva.Objectivity.Web.Data;

/// <summary>Patterns for PostgreSQL ILIKE with '\' as the escape character.</summary>
public static class Like
{
    public const string Escape = "\\";

    /// <summary>The text matched literally (its % and _ are not wildcards).</summary>
    public static string Exactly(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Rows containing the text anywhere.</summary>
    public static string Containing(string text) => $"%{Exactly(text.Trim())}%";
}
