using System.Globalization;
using System.Text;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Characters a person cannot see but software acts on: control characters (CR and LF start a new log line),
/// invisible format characters (a right-to-left override U+202E shows «invoice‮fdp.exe» as «invoiceexe.pdf»)
/// and the Unicode line and paragraph separators. One definition for file names, export names and logs.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// Whether <paramref name="text"/> holds one. A plain loop: the log escaper asks it of every text property of
    /// every event, and almost every answer is no.
    /// </summary>
    public static bool HasInvisible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c < ' ' || (c > '~' && IsInvisible(c))) return true;
        }
        return false;
    }

    /// <summary><paramref name="text"/> without invisible characters (the same instance when it has none).</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasInvisible(text)) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsInvisible(c)) clean.Append(c);
        return clean.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with each invisible character written as a visible escape («\r», «\n», «\u202E»),
    /// so that a value can be logged without starting a line or hiding what it holds.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasInvisible(text)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsInvisible(c)) escaped.Append(c);
            else if (c == '\r') escaped.Append("\\r");
            else if (c == '\n') escaped.Append("\\n");
            else if (c == '\t') escaped.Append("\\t");
            else escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
