using System.Globalization;
using System.Text.RegularExpressions;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// Reads a roadmap from pasted text or a .txt conversion of a Word document like the seeds:
/// prose (the order, the title) followed by a table whose cells are separated by tabs.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The table runs from its header row to the last line with a tab. Lines without a tab inside it
/// are one-cell rows: seed 002 writes some section headings («III. Контроль организации и проведения
/// ВПР») as plain paragraphs between the rows. A signature block after it («Начальник … А.А. Мищерин»)
/// is not part of it.</item>
/// <item>The title is the paragraph just before the table when it is bold («**…**») or reads as a heading;
/// otherwise the first heading-like paragraph («ПЛАН мероприятий …», «Дорожная карта …», «Комплекс мер …»).</item>
/// <item>The approving order is the first line that is only an order number («№ 49», «от 20.08.2023 № 534»),
/// with the date on it or on a line next to it («От 02.03.2023 г.», «30.08.2023»).</item>
/// <item>The period comes from the title (<see cref="RoadmapPeriod.Detect"/>), or else from the order's
/// heading («Об утверждении … на 2022/2023 учебный год»).</item>
/// </list>
/// </remarks>
public static partial class PlainTextRoadmap
{
    private const int MaxTitleLength = 600;

    /// <summary>Reads the text; never throws, whatever the text.</summary>
    public static InterpretedRoadmap Read(string text)
    {
        var rows = TabSeparated.SplitWithLines(text);
        var start = -1;
        var last = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Cells.Count < 2)
                continue;
            last = i;
            if (start < 0 || (!RoadmapTableInterpreter.IsHeaderRow(rows[start].Cells) && RoadmapTableInterpreter.IsHeaderRow(rows[i].Cells)))
                start = i;
        }

        // A signature block under the table («Начальник\t\t\tА.А. Мищерин») is often tab-separated too.
        while (last > start && IsSignature(rows[last].Cells))
        {
            last--;
            while (last > start && rows[last].Cells.Count < 2)
                last--;
        }

        var lines = LineBreak().Split(text ?? "");
        if (start < 0)
            return Complete(lines, new InterpretedTable([], ["В тексте не найдена таблица: ячейки таблицы должны разделяться табуляцией."], []));

        var region = rows.GetRange(start, last - start + 1);
        var table = RoadmapTableInterpreter.Interpret(region.Select(row => row.Cells).ToList(), region.Select(row => row.Line).ToList());
        return Complete(lines[..Math.Min(lines.Length, rows[start].Line - 1)], table);
    }

    /// <summary>
    /// Reads a roadmap whose text and table come apart, as a document reader gives them (a Word
    /// document's paragraphs and tables, a worksheet's rows): <paramref name="preambleLines"/> is the
    /// text above the table line by line, a blank line between paragraphs and «**…**» around bold
    /// text, as in a text conversion; <paramref name="rows"/> are the table's rows of cell texts.
    /// Rows above the header row (a title written in the table's first row) count as text above the
    /// table; a signature block at its end is dropped. Never throws, whatever the parts.
    /// </summary>
    public static InterpretedRoadmap FromParts(IReadOnlyList<string>? preambleLines, IReadOnlyList<IReadOnlyList<string>>? rows)
    {
        rows ??= [];
        // A line with line breaks in it is several lines, a missing one a blank line.
        var prose = (preambleLines ?? []).SelectMany(line => LineBreak().Split(line ?? "")).ToList();
        var start = 0;
        while (start < rows.Count && !RoadmapTableInterpreter.IsHeaderRow(rows[start] ?? []))
            start++;
        if (start == rows.Count)
        {
            // No header row: the interpreter reads all rows and says what it misses.
            start = 0;
        }
        else if (start > 0)
        {
            prose.Add("");
            for (var i = 0; i < start; i++)
                prose.Add(string.Join(" ", (rows[i] ?? []).Where(cell => !string.IsNullOrWhiteSpace(cell)).Select(cell => cell.Trim())));
        }

        var last = rows.Count - 1;
        while (last > start && (rows[last] is null || rows[last].All(string.IsNullOrWhiteSpace) || IsSignature(rows[last])))
            last--;

        var region = new List<IReadOnlyList<string>>();
        var numbers = new List<int>();
        for (var i = start; i <= last; i++)
        {
            region.Add(rows[i] ?? []);
            numbers.Add(i + 1);
        }

        return Complete([.. prose], RoadmapTableInterpreter.Interpret(region, numbers));
    }

    /// <summary>Title, approving order and period from the text above the table.</summary>
    private static InterpretedRoadmap Complete(string[] prose, InterpretedTable table)
    {
        var paragraphs = Paragraphs(prose);
        var titleParagraph = FindTitle(paragraphs);
        var title = titleParagraph is null ? null : ParagraphText(titleParagraph);
        var (orderNumber, orderDate) = FindOrder(prose);

        var warnings = new List<string>();
        if (title is null)
            warnings.Add("Не найден заголовок плана — укажите его вручную.");
        var period = FindPeriod(title, paragraphs, titleParagraph, orderDate, warnings);

        if (warnings.Count > 0)
            table = table with { Warnings = [.. warnings, .. table.Warnings] };
        return new InterpretedRoadmap(title, period?.Start, period?.End, orderNumber, orderDate, table);
    }

    /// <summary>
    /// The period named by the title, or else by the order's heading. Seed 000 names 2021/2022 in the
    /// table's title and 2022/2023 in the order's: the title wins and the preview says so.
    /// </summary>
    private static RoadmapPeriod? FindPeriod(
        string? title, List<List<string>> paragraphs, List<string>? titleParagraph, DateOnly? orderDate, List<string> warnings)
    {
        var titlePeriod = RoadmapPeriod.Detect(title);
        var others = paragraphs
            .Where(paragraph => paragraph != titleParagraph && (IsBold(paragraph) || IsOrderHeading(paragraph)))
            .Select(paragraph => (Period: RoadmapPeriod.Detect(ParagraphText(paragraph)), Where: IsOrderHeading(paragraph) ? "в заголовке приказа" : "в другом заголовке документа"))
            .Where(other => other.Period is not null)
            .ToList();

        if (titlePeriod is null)
        {
            if (others.Count == 0)
            {
                warnings.Add("Период плана не определён по заголовку — укажите его вручную.");
                return null;
            }

            warnings.Add($"Период плана ({others[0].Period}) найден не в заголовке плана, а {others[0].Where} — проверьте период.");
            return others[0].Period;
        }

        var differing = others.Find(other => other.Period != titlePeriod);
        if (differing.Period is not null)
            warnings.Add($"Период в заголовке плана ({titlePeriod}) не совпадает с периодом {differing.Where} ({differing.Period}) — проверьте период.");
        else if (orderDate > titlePeriod.End)
            warnings.Add($"Дата приказа {orderDate.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} позже окончания периода плана ({titlePeriod}) — проверьте период.");
        return titlePeriod;
    }

    private static bool IsSignature(IReadOnlyList<string> cells)
    {
        var first = cells.Select(CellText.Clean).FirstOrDefault(cell => cell.Length > 0);
        return first is not null && SignatureStart().IsMatch(CellText.Fold(first));
    }

    /// <summary>Groups of consecutive non-blank lines, trimmed.</summary>
    private static List<List<string>> Paragraphs(string[] lines)
    {
        var paragraphs = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(line);
        }

        return paragraphs;
    }

    private static List<string>? FindTitle(List<List<string>> paragraphs)
    {
        if (paragraphs.Count > 0)
        {
            var last = paragraphs[^1];
            if ((IsBold(last) && !IsListItem(last[0]) && !IsOrderHeading(last)) || IsHeadingLike(last))
                return last;
        }

        return paragraphs.Find(IsHeadingLike);
    }

    private static string ParagraphText(List<string> paragraph) => CellText.Clean(string.Join(" ", paragraph));

    /// <summary>«**Комплекс мер …\n… учебные годы**»: the whole paragraph is bold in the conversion.</summary>
    private static bool IsBold(List<string> paragraph) =>
        (paragraph[0].StartsWith("**", StringComparison.Ordinal) && paragraph[^1].EndsWith("**", StringComparison.Ordinal))
        || (paragraph[0].StartsWith("<b>", StringComparison.OrdinalIgnoreCase) && paragraph[^1].EndsWith("</b>", StringComparison.OrdinalIgnoreCase));

    /// <summary>Seed 001 lists its directions as bold bullets just before the table; they are not a title.</summary>
    private static bool IsListItem(string line) => ListItem().IsMatch(line);

    private static bool IsHeadingLike(List<string> paragraph)
    {
        var text = ParagraphText(paragraph);
        return text.Length <= MaxTitleLength && HeadingStart().IsMatch(CellText.Fold(text));
    }

    private static bool IsOrderHeading(List<string> paragraph) =>
        CellText.Fold(paragraph[0]).StartsWith("об утверждении", StringComparison.Ordinal);

    /// <summary>The number and date of the approving order, from the first line that names one.</summary>
    private static (string? Number, DateOnly? Date) FindOrder(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = CellText.Clean(lines[i]);
            var number = OrderNumber().Match(line);
            if (!number.Success)
                continue;

            var folded = CellText.Fold(line);
            var dated = DatedOrder().IsMatch(line) && line.Length <= 160 && OrderLineStart().IsMatch(folded);
            var rest = OrderNumber().Replace(line, " ");
            if (!dated && !IsOnly(rest, OrderWords()))
                continue;

            var date = FirstDate(line) ?? NearbyDate(lines, i);
            return (number.Groups["number"].Value, date);
        }

        return (null, null);
    }

    /// <summary>A date on a line of its own just before an order number, or just after it.</summary>
    private static DateOnly? NearbyDate(string[] lines, int at)
    {
        foreach (var step in Directions)
        {
            var seen = 0;
            for (var i = at + step; i >= 0 && i < lines.Length && seen < (step < 0 ? 3 : 2); i += step)
            {
                var line = CellText.Clean(lines[i]);
                if (line.Length == 0)
                    continue;
                seen++;
                if (FirstDate(line) is { } date && IsOnly(line, DateWords()))
                    return date;
            }
        }

        return null;
    }

    /// <summary>True when nothing but dates and the given words is left of a line.</summary>
    private static bool IsOnly(string line, Regex words) =>
        words.Replace(CellText.Fold(DateText().Replace(line, " ")), " ").Trim().Length == 0;

    private static DateOnly? FirstDate(string line)
    {
        foreach (Match match in DateText().Matches(line))
        {
            var day = match.Groups["day"].Value;
            var month = match.Groups["month"].Success ? match.Groups["month"].Value : MonthNumber(match.Groups["monthName"].Value);
            var year = match.Groups["year"].Value;
            if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                if (year.Length == 2)
                    y += 2000;
                if (m is >= 1 and <= 12 && y is >= 1990 and <= 2100 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    return new DateOnly(y, m, d);
            }
        }

        return null;
    }

    private static string MonthNumber(string name) =>
        (Array.IndexOf(MonthNames, name.ToLowerInvariant().Replace('ё', 'е')) + 1).ToString(CultureInfo.InvariantCulture);

    // Look back first: «От 02.03.2023 г.» stands above «№ 49» in seed 000, «30.08.2023» above «№ 534» in 002.
    private static readonly int[] Directions = [-1, 1];

    private static readonly string[] MonthNames =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    [GeneratedRegex(@"\r\n|\r|\n", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^[-–—•·*]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:п ?л ?а ?н|дорожная карта|комплекс мер|перечень мероприятий|мероприятия|программа)(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^(?:начальник|директор|руководитель|заместитель|исполнитель|председатель|глава|заведующий|подпись|согласовано|утверждаю|м п)(?: |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"№\s?(?<number>[0-9][\w\-/]*)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderNumber();

    // «от 20.08.2023 № 534», «№ 534 от 30.08.2023 г.»
    [GeneratedRegex(@"(?:(?<![а-яa-z])от\s?" + Date + @"\s?(?:г\.?|года)?\s?№|№\s?[0-9][\w\-/]*\s?(?:от\s?)?" + Date + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedOrder();

    // Lines that may carry the approving order: the order's own heading lines and references to it.
    [GeneratedRegex(@"^(?:приказ|от |к приказу|утвержд|приложение|№|[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OrderLineStart();

    // What may stand next to an order number on its line («Приказ от 02.03.2023 г. № 49»).
    [GeneratedRegex(@"(?<![а-я])(?:от|г|года|приказ|приказу|приказом|к|утвержден|утверждена|утверждено)(?![а-я])", RegexOptions.CultureInvariant)]
    private static partial Regex OrderWords();

    [GeneratedRegex(@"(?<![а-я])(?:от|г|года)(?![а-я])", RegexOptions.CultureInvariant)]
    private static partial Regex DateWords();

    private const string Date =
        @"(?:(?<![0-9])(?<day>[0-9]{1,2})\.(?<month>[0-9]{1,2})\.(?<year>[0-9]{4}|[0-9]{2})(?![0-9])"
        + @"|«?(?<day>[0-9]{1,2})»?\s?(?<monthName>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s?(?<year>[0-9]{4}))";

    [GeneratedRegex(Date, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateText();
}
