using System.Globalization;
using System.Text.RegularExpressions;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// The number of a section or a measure as written in the table: «1.», «1.1.», «3», «2)», «IV.».
/// </summary>
/// <param name="Text">The number as written (Cyrillic look-alikes of Roman digits replaced by Latin ones).</param>
/// <param name="Parts">The Arabic components («1.10.» → [1, 10]); empty for a Roman numeral.</param>
/// <param name="IsRoman">A Roman numeral («I.», «XII»).</param>
/// <param name="WrittenAs">The text in the table when it differs from <paramref name="Text"/>, else null.</param>
internal sealed partial record ItemNumber(string Text, IReadOnlyList<int> Parts, bool IsRoman, string? WrittenAs)
{
    /// <summary>How deep the number is: «1.» is 1, «1.1.» is 2; a Roman numeral is 0 (above any Arabic one).</summary>
    public int Level => Parts.Count;

    /// <summary>Reads a cell that holds only a number.</summary>
    public static ItemNumber? ParseWhole(string text)
    {
        var match = WholeNumber().Match(text);
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>
    /// Reads a number at the start of a text («I. Анализ оценочных процедур», «1.2. Разработка …»).
    /// A prefix needs its «.» or «)», so that «2023 год …» or «5 классов» are not numbers.
    /// </summary>
    public static ItemNumber? ParsePrefix(string text, out string rest)
    {
        var match = PrefixedNumber().Match(text);
        if (match.Success && match.Groups["punct"].Success)
        {
            var number = FromMatch(match);
            if (number is not null)
            {
                rest = text[match.Length..].TrimStart();
                return number;
            }
        }

        rest = text;
        return null;
    }

    private static ItemNumber? FromMatch(Match match)
    {
        var punct = match.Groups["punct"].Value;
        if (match.Groups["arabic"].Success)
        {
            var parts = new List<int>();
            foreach (var part in match.Groups["arabic"].Value.Split('.'))
                parts.Add(int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture));
            return new ItemNumber(match.Groups["arabic"].Value + punct, parts, IsRoman: false, WrittenAs: null);
        }

        var written = match.Groups["roman"].Value;
        var latin = ToLatin(written);
        if (!ValidRoman().IsMatch(latin))
            return null;

        // «У.» (Cyrillic U) for «V.» occurs in seed 002 (section V); Cyrillic look-alikes are accepted
        // only with their «.» or «)», so that a word such as «У» or «Х» is never a number.
        var isLatin = string.Equals(written, latin, StringComparison.Ordinal);
        if (!isLatin && punct.Length == 0)
            return null;
        return new ItemNumber(latin + punct, [], IsRoman: true, isLatin ? null : written + punct);
    }

    private static string ToLatin(string roman) =>
        string.Create(roman.Length, roman, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'І' or 'Ӏ' => 'I', // Cyrillic I (U+0406), palochka
                    'Х' => 'X',
                    'У' => 'V',
                    var c => c,
                };
            }
        });

    // Arabic: up to four components of up to three digits («1.», «1.1.», «3.10»); Roman up to XXXIX.
    [GeneratedRegex(@"^(?:(?<arabic>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3})|(?<roman>[IVXІӀХУ]{1,6}))(?<punct>[.)])?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^(?:(?<arabic>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3})|(?<roman>[IVXІӀХУ]{1,6}))(?<punct>[.)])?(?=\s+\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedNumber();

    [GeneratedRegex("^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRoman();
}
