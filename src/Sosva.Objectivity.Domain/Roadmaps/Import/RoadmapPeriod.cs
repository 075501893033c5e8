using System.Globalization;
using System.Text.RegularExpressions;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>The period of a roadmap: first and last day, both included (docs/design.md#41-structure).</summary>
public sealed partial record RoadmapPeriod(DateOnly Start, DateOnly End)
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    /// <summary>An academic year or several: 1 September to 31 August.</summary>
    public bool IsAcademic => Start is { Month: 9, Day: 1 } && End is { Month: 8, Day: 31 };

    /// <summary>
    /// Finds the period a roadmap's title names, or null.
    /// <list type="bullet">
    /// <item>Academic years: «на 2022/2023 учебный год», «на 2023-2024 учебный год», «в 2023- 2024 учебном
    /// году», «на 2021/2022 учебные годы», «2022/2023, 2023/2024 учебные годы» → 01.09 of the first year to
    /// 31.08 of the last. Two consecutive years with a slash («на 2022/2023 год», «2022/2023 гг.») or with a
    /// dash and a singular «год» («на 2023-2024 год») are an academic year too.</item>
    /// <item>A range of calendar years: «2022–2024 годы», «на 2023-2024 гг.», «с 2022 по 2024 год» →
    /// 01.01 of the first to 31.12 of the last.</item>
    /// <item>One calendar year: «в 2020 году», «на 2024 год», «2021 г.».</item>
    /// </list>
    /// </summary>
    public static RoadmapPeriod? Detect(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var text = Prepare(title);

        var academic = AcademicYears().Match(text);
        if (academic.Success)
        {
            var (first, last) = (int.MaxValue, int.MinValue);
            foreach (Match pair in YearPair().Matches(academic.Groups["pairs"].Value))
            {
                if (ReadPair(pair) is { } years)
                    (first, last) = (Math.Min(first, years.From), Math.Max(last, years.To));
            }

            if (first <= last)
                return Academic(first, last);
        }

        foreach (Match pair in YearPair().Matches(text))
        {
            if (ReadPair(pair) is not { } years)
                continue;
            var (from, to) = years;
            var slash = pair.Groups["sep"].Value == "/";
            var singular = SingularYear().IsMatch(text[(pair.Index + pair.Length)..]);
            if (to == from + 1 && (slash || singular))
                return Academic(from, to);
            if (!slash)
                return new RoadmapPeriod(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31));
        }

        var range = FromToYears().Match(text);
        if (range.Success && Year(range.Groups["from"].Value) is { } rangeFrom && Year(range.Groups["to"].Value) is { } rangeTo && rangeFrom <= rangeTo)
            return new RoadmapPeriod(new DateOnly(rangeFrom, 1, 1), new DateOnly(rangeTo, 12, 31));

        var single = SingleYear().Match(text);
        if (single.Success && Year(single.Groups["year"].Value) is { } year)
            return new RoadmapPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return null;
    }

    /// <summary>«01.09.2023–31.08.2024».</summary>
    public override string ToString() =>
        Start.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + "–" + End.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static RoadmapPeriod Academic(int firstYear, int lastYear) =>
        new(new DateOnly(firstYear, 9, 1), new DateOnly(lastYear, 8, 31));

    /// <summary>Lower case, «ё» as «е», every dash as «-», single spaces.</summary>
    private static string Prepare(string title)
    {
        var chars = CellText.NormalizeWhitespace(title).Replace('\n', ' ').ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '–' or '—' or '−' or '‐' or '‑' or '‒' => '-',
                'ё' or 'Ё' => 'е',
                var c => char.ToLowerInvariant(c),
            };
        }

        return new string(chars);
    }

    /// <summary>The years of «2022/2023», «2023-24»; null unless the second follows the first within ten years.</summary>
    private static (int From, int To)? ReadPair(Match pair)
    {
        if (Year(pair.Groups["from"].Value) is not { } from)
            return null;
        var second = pair.Groups["to"].Value;
        int to;
        if (second.Length == 2)
        {
            // «2023-24»: the second year in the same century, or the next one («2099-00»).
            to = from / 100 * 100 + int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
            if (to <= from)
                to += 100;
        }
        else if (Year(second) is { } full)
        {
            to = full;
        }
        else
        {
            return null;
        }

        return to > from && to - from <= 10 && to <= MaxYear ? (from, to) : null;
    }

    private static int? Year(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear
            ? year
            : null;

    private const string Pair = @"(?<![0-9])(?:19|20)[0-9]{2}\s?[-/]\s?(?:(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])";

    // «2022/2023 учебный год», «2023- 2024 учебном году», «2022/2023, 2023/2024 учебные годы», «2023-2024 уч. год».
    [GeneratedRegex(@"(?<pairs>" + Pair + @"(?:\s?(?:,|и|-)\s?" + Pair + @")*)\s?(?:гг\.?|г\.\s?г\.?|г\.)?\s?(?:учебн|уч\.)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AcademicYears();

    [GeneratedRegex(@"(?<![0-9])(?<from>(?:19|20)[0-9]{2})\s?(?<sep>[-/])\s?(?<to>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPair();

    // What follows a pair: a singular «год» («на 2023-2024 год», «в течение 2023-2024 года») rather than «годы», «гг.».
    [GeneratedRegex(@"^\s?(?:год|года|году|годом)(?![а-я])", RegexOptions.CultureInvariant)]
    private static partial Regex SingularYear();

    [GeneratedRegex(@"(?<![а-я])с\s(?<from>(?:19|20)[0-9]{2})\s?(?:г\.?|года)?\s?по\s(?<to>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FromToYears();

    [GeneratedRegex(@"(?<![0-9/.-])(?<year>(?:19|20)[0-9]{2})(?![0-9/-])\s?(?:год|г\.|г(?![а-я])|гг)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleYear();
}
