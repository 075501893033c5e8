using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// Cleaning of cell and paragraph texts: HTML remnants of conversions go, the words stay as written.
/// </summary>
internal static partial class CellText
{
    /// <summary>
    /// Removes HTML remnants (&lt;b&gt;, &lt;br&gt;, &amp;nbsp; …) and the «**» bold markers of text
    /// conversions, and normalises whitespace: runs of spaces become one space, every line is trimmed,
    /// empty lines are dropped, line breaks inside a cell are kept as «\n».
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return "";

        // Entities first, so that an escaped remnant («&lt;b&gt;») is removed like a real tag.
        var text = WebUtility.HtmlDecode(raw);
        text = LineBreakTag().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = text.Replace("**", "", StringComparison.Ordinal);
        return NormalizeWhitespace(text);
    }

    /// <summary>Whitespace normalisation only (see <see cref="Clean"/>).</summary>
    public static string NormalizeWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\v' or '\f')
            {
                AppendLine(result, line);
                continue;
            }

            // Soft hyphens, zero-width characters and the BOM are invisible in Word and carry no text.
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
                continue;

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                    line.Append(' ');
                continue;
            }

            line.Append(c);
        }

        AppendLine(result, line);
        return result.ToString();
    }

    private static void AppendLine(StringBuilder result, StringBuilder line)
    {
        var length = line.Length;
        if (length > 0 && line[length - 1] == ' ')
            length--;
        if (length > 0)
        {
            if (result.Length > 0)
                result.Append('\n');
            result.Append(line, 0, length);
        }

        line.Clear();
    }

    /// <summary>
    /// A form of a text for comparing names: lower case, «ё» as «е», punctuation as spaces, single spaces.
    /// «№ п/п» → «№ п п», «Направления деятельности. Основные мероприятия.» → «направления деятельности основные мероприятия».
    /// </summary>
    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c switch
            {
                'ё' or 'Ё' => 'е',
                _ when char.IsLetterOrDigit(c) || c == '№' => char.ToLowerInvariant(c),
                _ => ' ',
            };
            if (folded == ' ' && (result.Length == 0 || result[^1] == ' '))
                continue;
            result.Append(folded);
        }

        if (result.Length > 0 && result[^1] == ' ')
            result.Length--;
        return result.ToString();
    }

    /// <summary>
    /// True when a text reads as the middle of a sentence: it starts with a lower-case letter or with
    /// punctuation that cannot open a sentence. Such a text continues the cell above it.
    /// </summary>
    public static bool StartsMidSentence(string text) =>
        text.Length > 0 && (char.IsLower(text[0]) || text[0] is ',' or ';' or ':' or ')' or '.' or '…');

    /// <summary>
    /// Joins a text broken by a page break: with a line break when the first part closes a sentence
    /// and the second starts a new one or a list item, with a space otherwise (a broken sentence).
    /// </summary>
    public static string Join(string first, string second)
    {
        if (first.Length == 0)
            return second;
        if (second.Length == 0)
            return first;
        var newSentence = first[^1] is '.' or ';' or ':' or '!' or '?'
            && (char.IsUpper(second[0]) || second[0] is '-' or '–' or '—' or '•');
        return newSentence ? first + "\n" + second : first + " " + second;
    }

    [GeneratedRegex(@"<br\s*/?>|</p>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    // A tag must start right after «<» with a Latin letter, so «< 5» or «<5 баллов» stay text.
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
