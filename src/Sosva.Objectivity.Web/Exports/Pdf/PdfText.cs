using System.Text;
using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>Line breaking: by words at spaces, and inside a word only when the word alone is wider than the line.</summary>
internal static class PdfText
{
    /// <summary>Tolerance for rounding in measured widths, in points.</summary>
    private const float Epsilon = 0.01f;

    /// <summary>
    /// Breaks the text into lines no wider than <paramref name="width"/>. Line breaks in the text are
    /// kept (several blank lines become one); tabs are spaces; other control characters are dropped.
    /// </summary>
    public static List<(string Text, float Width)> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<(string, float)>();
        var space = font.MeasureText(" ");
        var previousBlank = true;
        foreach (var hardLine in Clean(text).Split('\n'))
        {
            var words = Glue(hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (words.Count == 0)
            {
                if (!previousBlank)
                    lines.Add(("", 0));
                previousBlank = true;
                continue;
            }

            previousBlank = false;
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in words)
            {
                var wordWidth = font.MeasureText(word);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width + Epsilon)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add((line.ToString(), lineWidth));
                    line.Clear();
                }

                var rest = word;
                var restWidth = wordWidth;
                while (restWidth > width + Epsilon && rest.Length > 1)
                {
                    var cut = LongestFittingPrefix(rest, font, width);
                    var piece = rest[..cut];
                    lines.Add((piece, font.MeasureText(piece)));
                    rest = rest[cut..];
                    restWidth = font.MeasureText(rest);
                }
                line.Append(rest);
                lineWidth = restWidth;
            }
            lines.Add((line.ToString(), lineWidth));
        }

        // A trailing blank line (text ending in a line break) adds nothing but height.
        if (lines.Count > 0 && lines[^1].Item1.Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>
    /// Joins the words a Russian typesetter never separates at a line break into one unit: «№ 49»,
    /// «г. Рубцовска», «А.В. Шашок», and a dash to the word before it («2022 – 2024» never starts a
    /// line with «–»).
    /// </summary>
    private static List<string> Glue(string[] words)
    {
        var units = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (units.Count > 0 && word is "–" or "—" or "-")
            {
                units[^1] += " " + word;
                continue;
            }
            while (i + 1 < words.Length && GluesToNext(word) && words[i + 1] is not ("–" or "—" or "-"))
                word += " " + words[++i];
            units.Add(word);
        }
        return units;
    }

    private static bool GluesToNext(string word)
    {
        if (word is "№" or "г." or "гг." or "п." or "с." or "д." or "ст." or "ул." or "им." or "т.")
            return true;
        // Initials: «А.», «А.В.» (a capital letter and a point, once or twice).
        return word.Length is 2 or 4 && char.IsUpper(word[0]) && word[1] == '.'
               && (word.Length == 2 || (char.IsUpper(word[2]) && word[3] == '.'));
    }

    /// <summary>Length of the longest prefix that fits (at least one character, never half a surrogate pair).</summary>
    private static int LongestFittingPrefix(string word, SKFont font, float width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (font.MeasureText(word.AsSpan(0, middle)) <= width + Epsilon)
                low = middle;
            else
                high = middle - 1;
        }
        if (low < word.Length && char.IsLowSurrogate(word[low]) && low > 1)
            low--;
        return low;
    }

    /// <summary>Unifies line breaks, turns tabs into spaces, drops control characters and soft hyphens.</summary>
    public static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                result.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (c is '\n' or '\u2028' or '\u2029')
                result.Append('\n');
            else if (c is '\t' or '\v' or '\f')
                result.Append(' ');
            else if (!char.IsControl(c) && c != '\u00AD')
                result.Append(c);
        }
        return result.ToString();
    }
}
