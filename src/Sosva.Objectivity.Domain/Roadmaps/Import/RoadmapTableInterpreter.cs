using System.Globalization;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// Reads the rows of a roadmap table (cell texts from a .docx, .xlsx or pasted text) into sections
/// and measures (docs/design.md#45-import). Columns are found by their names in the header row, not by position.
/// </summary>
/// <remarks>
/// How rows are read:
/// <list type="bullet">
/// <item>Blank rows, separator lines («------ --- --») and repeated header rows (a table split across
/// pages) are skipped, so a split table stays one table; a row of column numbers («1 2 3 4 5») too.</item>
/// <item>A row with a number (Arabic or Roman) and only a title is a section when the number is Roman or
/// shallower than the deepest number of the table («1.» over «1.1.»); otherwise it is a measure.</item>
/// <item>A row whose only text spans the row — in the number or the title column, as merged cells come out —
/// is a section: «I. Анализ оценочных процедур» (seed 002), «Работа с родителями» (seed 001). When that text
/// starts in the middle of a sentence (lower case), it continues the measure above (a page break, seed 002,
/// 3.1).</item>
/// <item>A row without a number continues the measure above cell by cell, unless it has its own title
/// and a deadline or an expected result: then it is an unnumbered measure.</item>
/// <item>Measures before any section go into an unnamed section.</item>
/// </list>
/// Texts are kept as written, apart from whitespace and HTML remnants. Anything doubtful becomes a
/// warning in Russian for the import preview; the interpreter never throws.
/// </remarks>
public static class RoadmapTableInterpreter
{
    /// <summary>Interprets the rows of one table (split tables may be passed as one list of rows).</summary>
    public static InterpretedTable Interpret(IReadOnlyList<IReadOnlyList<string>> rows) => Interpret(rows, rowNumbers: null);

    /// <summary>
    /// As <see cref="Interpret(IReadOnlyList{IReadOnlyList{string}})"/>, with the numbers the warnings
    /// should give to the rows (the lines of a pasted text); by default rows count from 1.
    /// </summary>
    internal static InterpretedTable Interpret(IReadOnlyList<IReadOnlyList<string>>? rows, IReadOnlyList<int>? rowNumbers) =>
        new TableReader(rowNumbers).Read(rows ?? []);

    /// <summary>
    /// True when the cells of a row are a header row of a roadmap table: they name the measures'
    /// column and another known column («№ п/п», «Сроки», «Ответственные» …), in any order.
    /// A document reader uses it to find the table of measures among a document's tables.
    /// </summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells)
    {
        var cleaned = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
            cleaned[i] = CellText.Clean(cells[i]);
        return RoadmapColumns.IsHeader(cleaned);
    }

    /// <summary>A row with content, its number for warnings and the header it falls under.</summary>
    private sealed record BodyRow(int Number, string[] Cells, ColumnMap Columns);

    private sealed class SectionBuilder(string? number, string title, bool isImplicit)
    {
        public string? Number { get; } = number;
        public string Title { get; set; } = title;
        public bool IsImplicit { get; } = isImplicit;
        public List<MeasureBuilder> Measures { get; } = [];
    }

    private sealed class MeasureBuilder
    {
        public ItemNumber? Number { get; init; }
        public string Title { get; set; } = "";
        public string Deadline { get; set; } = "";
        public string Responsible { get; set; } = "";
        public string ExpectedResult { get; set; } = "";
        public string DocumentType { get; set; } = "";

        public InterpretedMeasure Build() =>
            new(Number?.Text, Title, NullIfEmpty(Deadline), NullIfEmpty(Responsible), NullIfEmpty(ExpectedResult), NullIfEmpty(DocumentType));

        private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
    }

    /// <summary>The columns of the current header: what each position holds, and its name as written.</summary>
    private sealed class ColumnMap
    {
        public ColumnMap(string[] header, List<string> warnings, List<string> unmapped)
        {
            Header = header;
            Kinds = new RoadmapColumn[header.Length];
            var used = new Dictionary<RoadmapColumn, string>();
            for (var i = 0; i < header.Length; i++)
            {
                var kind = RoadmapColumns.Recognize(header[i]);
                if (kind != RoadmapColumn.None && !used.TryAdd(kind, header[i]))
                {
                    warnings.Add($"Столбец «{header[i]}» повторяет столбец «{used[kind]}»; его текст не используется.");
                    kind = RoadmapColumn.None;
                }

                Kinds[i] = kind;
                if (kind == RoadmapColumn.None && header[i].Length > 0 && !unmapped.Contains(header[i]))
                    unmapped.Add(header[i]);
            }

            // An unnamed first column next to named ones holds the numbers in many tables.
            if (header.Length > 1 && header[0].Length == 0 && !used.ContainsKey(RoadmapColumn.Number))
                Kinds[0] = RoadmapColumn.Number;
        }

        public string[] Header { get; }
        public RoadmapColumn[] Kinds { get; }

        public RoadmapColumn KindAt(int index) => index < Kinds.Length ? Kinds[index] : RoadmapColumn.None;

        /// <summary>True when a header row names the same columns in the same order («№ П/П» as «№ п/п»).</summary>
        public bool IsSameHeader(string[] cells)
        {
            var length = Math.Max(cells.Length, Header.Length);
            for (var i = 0; i < length; i++)
            {
                var mine = i < Header.Length ? CellText.Fold(Header[i]) : "";
                var theirs = i < cells.Length ? CellText.Fold(cells[i]) : "";
                if (!string.Equals(mine, theirs, StringComparison.Ordinal))
                    return false;
            }

            return true;
        }

        public string Get(string[] cells, RoadmapColumn kind)
        {
            var index = Array.IndexOf(Kinds, kind);
            return index >= 0 && index < cells.Length ? cells[index] : "";
        }

        public string Name(int index) =>
            index < Header.Length && Header[index].Length > 0 ? Header[index] : RoadmapColumns.DisplayName(KindAt(index));
    }

    private sealed class TableReader(IReadOnlyList<int>? rowNumbers)
    {
        private const int QuoteLength = 60;

        private readonly List<string> _warnings = [];
        private readonly List<string> _unmapped = [];
        private readonly List<SectionBuilder> _sections = [];
        private ColumnMap? _columns;
        private SectionBuilder? _section;
        private MeasureBuilder? _measure;
        private int _maxLevel;

        public InterpretedTable Read(IReadOnlyList<IReadOnlyList<string>> rows)
        {
            var body = ReadBody(rows);
            if (_columns is null)
                return Result();

            _maxLevel = 0;
            foreach (var row in body)
                _maxLevel = Math.Max(_maxLevel, ArabicLevel(row));

            foreach (var row in body)
                ReadRow(row);

            Check();
            return Result();
        }

        /// <summary>Cleans the cells, finds the header and drops the rows that carry no content.</summary>
        private List<BodyRow> ReadBody(IReadOnlyList<IReadOnlyList<string>> rows)
        {
            var body = new List<BodyRow>();
            var anyText = false;
            var skippedBeforeHeader = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var raw = rows[i];
                if (raw is null)
                    continue;
                var cells = new string[raw.Count];
                var empty = true;
                for (var j = 0; j < raw.Count; j++)
                {
                    cells[j] = CellText.Clean(raw[j]);
                    empty &= cells[j].Length == 0;
                }

                if (empty)
                    continue;
                anyText = true;
                if (IsSeparator(cells))
                    continue;

                if (RoadmapColumns.IsHeader(cells))
                {
                    // The first header, or a header repeated on a new page (the same table goes on).
                    // A header with other columns maps the rows that follow it.
                    if (_columns is null || !_columns.IsSameHeader(cells))
                        _columns = new ColumnMap(cells, _warnings, _unmapped);
                    continue;
                }

                if (_columns is null)
                {
                    skippedBeforeHeader++;
                    continue;
                }

                if (IsColumnNumbering(cells))
                    continue;
                body.Add(new BodyRow(RowNumber(i), cells, _columns));
            }

            if (!anyText)
                _warnings.Add("Таблица пуста: в ней нет ни одной строки с текстом.");
            else if (_columns is null)
                _warnings.Add("Не найдена строка заголовка таблицы: ожидаются названия столбцов вроде «№ п/п», «Мероприятия», «Сроки», «Ответственные». Мероприятия не прочитаны.");
            else if (skippedBeforeHeader > 0)
                _warnings.Add($"Строки до заголовка таблицы пропущены ({skippedBeforeHeader.ToString(CultureInfo.InvariantCulture)}).");
            return body;
        }

        private int RowNumber(int index) =>
            rowNumbers is not null && index < rowNumbers.Count ? rowNumbers[index] : index + 1;

        private void ReadRow(BodyRow row)
        {
            var columns = row.Columns;
            var cells = row.Cells;
            var deadline = columns.Get(cells, RoadmapColumn.Deadline);
            var responsible = columns.Get(cells, RoadmapColumn.Responsible);
            var result = columns.Get(cells, RoadmapColumn.ExpectedResult);
            var documentType = columns.Get(cells, RoadmapColumn.DocumentType);
            var hasDetails = deadline.Length + responsible.Length + result.Length + documentType.Length > 0;

            if (SpanningText(row) is { } text)
            {
                ReadSpanningRow(row, text);
                return;
            }

            WarnAboutTextOutsideColumns(row);

            var title = columns.Get(cells, RoadmapColumn.Title);
            var number = ReadNumberCell(columns.Get(cells, RoadmapColumn.Number), ref title);

            if (number is not null)
            {
                if (!hasDetails && title.Length > 0)
                    ReadNumberedTitle(row, number, title);
                else if (!hasDetails)
                    Warn(row, $"номер «{number.Text}» без текста; строка пропущена.");
                else
                    AddMeasure(row, number, title, deadline, responsible, result, documentType);
                return;
            }

            if (!hasDetails)
            {
                if (title.Length > 0)
                    ReadUnnumberedTitle(row, title);
                else
                    WarnUnplaced(row);
                return;
            }

            var hasOwnTitle = title.Length > 0 && !CellText.StartsMidSentence(title);
            if (hasOwnTitle && (deadline.Length > 0 || result.Length > 0))
            {
                if (_measure?.Number is { } previous)
                    Warn(row, $"мероприятие без номера {Quote(title)} — проверьте, не относится ли оно к мероприятию {previous.Text} выше.");
                AddMeasure(row, null, title, deadline, responsible, result, documentType);
            }
            else if (_measure is not null)
            {
                Continue(_measure, title, deadline, responsible, result, documentType);
            }
            else if (title.Length > 0)
            {
                AddMeasure(row, null, title, deadline, responsible, result, documentType);
            }
            else
            {
                WarnUnplaced(row);
            }
        }

        /// <summary>
        /// Reads the number column. A cell that is not a number but starts with one («I. Анализ …»)
        /// gives its number and puts its text before the title; a short cell with a digit is a number
        /// as written («4.1-4.3»); any other text in it belongs to the title.
        /// </summary>
        private static ItemNumber? ReadNumberCell(string cell, ref string title)
        {
            if (cell.Length == 0)
                return null;
            if (ItemNumber.ParseWhole(cell) is { } whole)
                return whole;
            if (ItemNumber.ParsePrefix(cell, out var rest) is { } prefixed)
            {
                title = CellText.Join(rest, title);
                return prefixed;
            }

            if (cell.Length <= 12 && cell.Any(char.IsDigit) && !cell.Contains(' ', StringComparison.Ordinal))
                return new ItemNumber(cell, [], IsRoman: false, WrittenAs: null);
            title = CellText.Join(cell, title);
            return null;
        }

        private void ReadSpanningRow(BodyRow row, string text)
        {
            if (ItemNumber.ParseWhole(text) is { } lone)
            {
                // Page numbers of a converted document come out like this.
                Warn(row, $"номер «{lone.Text}» без текста; строка пропущена.");
                return;
            }

            if (ItemNumber.ParsePrefix(text, out var rest) is { } number)
                ReadNumberedTitle(row, number, rest);
            else
                ReadUnnumberedTitle(row, text);
        }

        private void ReadNumberedTitle(BodyRow row, ItemNumber number, string title)
        {
            if (number.IsRoman || (number.Level > 0 && number.Level < _maxLevel))
                StartSection(row, number, title);
            else
                AddMeasure(row, number, title, "", "", "", "");
        }

        private void ReadUnnumberedTitle(BodyRow row, string title)
        {
            if (!CellText.StartsMidSentence(title))
            {
                StartSection(row, null, title);
                return;
            }

            if (_measure is not null)
                Continue(_measure, title, "", "", "", "");
            else if (_section is { IsImplicit: false })
                _section.Title = CellText.Join(_section.Title, title);
            else
                WarnUnplaced(row);
        }

        private void StartSection(BodyRow row, ItemNumber? number, string title)
        {
            if (number?.WrittenAs is { } writtenAs)
                Warn(row, $"номер раздела «{writtenAs}» прочитан как «{number.Text}».");
            _section = new SectionBuilder(number?.Text, title, isImplicit: false);
            _sections.Add(_section);
            _measure = null;
        }

        private void AddMeasure(BodyRow row, ItemNumber? number, string title, string deadline, string responsible, string result, string documentType)
        {
            if (_section is null)
            {
                _section = new SectionBuilder(null, "", isImplicit: true);
                _sections.Add(_section);
            }

            _measure = new MeasureBuilder
            {
                Number = number,
                Title = title,
                Deadline = deadline,
                Responsible = responsible,
                ExpectedResult = result,
                DocumentType = documentType,
            };
            _section.Measures.Add(_measure);

            if (number?.WrittenAs is { } writtenAs)
                Warn(row, $"номер «{writtenAs}» прочитан как «{number.Text}».");
            if (title.Length == 0)
                Warn(row, "у мероприятия нет названия.", number);
            WarnAboutMergedCells(row, number);
        }

        private static void Continue(MeasureBuilder measure, string title, string deadline, string responsible, string result, string documentType)
        {
            measure.Title = CellText.Join(measure.Title, title);
            measure.Deadline = CellText.Join(measure.Deadline, deadline);
            measure.Responsible = CellText.Join(measure.Responsible, responsible);
            measure.ExpectedResult = CellText.Join(measure.ExpectedResult, result);
            measure.DocumentType = CellText.Join(measure.DocumentType, documentType);
        }

        /// <summary>
        /// The text of a row whose only filled cell is its first, its number or its title cell —
        /// a merged cell spanning the row, as section headings are written. A reader may also repeat
        /// a merged cell's text in every column it spans: a row of one text repeated counts too.
        /// </summary>
        private static string? SpanningText(BodyRow row)
        {
            var cells = row.Cells;
            var filled = -1;
            var repeated = false;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length == 0)
                    continue;
                if (filled < 0)
                    filled = i;
                else if (string.Equals(cells[i], cells[filled], StringComparison.Ordinal))
                    repeated = true;
                else
                    return null;
            }

            var kind = row.Columns.KindAt(filled);
            return repeated || filled == 0 || kind is RoadmapColumn.Number or RoadmapColumn.Title ? cells[filled] : null;
        }

        /// <summary>
        /// Seed 002 has rows with one cell fewer than the header: the responsible persons and the
        /// expected result run together in one cell. The text is kept; the preview points at it.
        /// </summary>
        private void WarnAboutMergedCells(BodyRow row, ItemNumber? number)
        {
            var columns = row.Columns;
            var count = row.Cells.Length;
            if (count == 0 || count >= columns.Kinds.Length || row.Cells[^1].Length == 0)
                return;
            var missing = new List<string>();
            for (var i = count; i < columns.Kinds.Length; i++)
            {
                if (columns.Kinds[i] != RoadmapColumn.None)
                    missing.Add($"«{columns.Name(i)}»");
            }

            if (missing.Count == 0)
                return;
            var what = missing.Count == 1 ? "нет столбца " + missing[0] : "нет столбцов " + string.Join(", ", missing);
            Warn(row, $"ячеек {count.ToString(CultureInfo.InvariantCulture)}, а столбцов в заголовке {columns.Kinds.Length.ToString(CultureInfo.InvariantCulture)}: "
                + $"{what} — проверьте, не слился ли этот текст со столбцом «{columns.Name(count - 1)}».", number);
        }

        private void WarnAboutTextOutsideColumns(BodyRow row)
        {
            var columns = row.Columns;
            for (var i = 0; i < row.Cells.Length; i++)
            {
                var cell = row.Cells[i];
                var outside = i >= columns.Header.Length || (columns.Kinds[i] == RoadmapColumn.None && columns.Header[i].Length == 0);
                if (cell.Length > 0 && outside)
                    Warn(row, $"текст вне столбцов таблицы пропущен: {Quote(cell)}.");
            }
        }

        private void WarnUnplaced(BodyRow row)
        {
            var text = string.Join(" ", row.Cells.Where(cell => cell.Length > 0));
            Warn(row, $"не отнесена ни к разделу, ни к мероприятию и пропущена: {Quote(text)}.");
        }

        private void Warn(BodyRow row, string message, ItemNumber? about = null)
        {
            var where = about is null ? "" : $" (мероприятие {about.Text})";
            _warnings.Add($"Строка {row.Number.ToString(CultureInfo.InvariantCulture)}{where}: {message}");
        }

        /// <summary>Checks of the whole table: empty sections, gaps and repeats in the numbering.</summary>
        private void Check()
        {
            var measures = 0;
            foreach (var section in _sections)
            {
                measures += section.Measures.Count;
                if (section.Measures.Count == 0)
                {
                    var name = section.Number is null ? section.Title : section.Number + " " + section.Title;
                    _warnings.Add($"Раздел {Quote(name)} без мероприятий.");
                }

                for (var i = 1; i < section.Measures.Count; i++)
                    CheckSequence(section.Measures[i - 1].Number, section.Measures[i].Number);
            }

            if (measures == 0)
                _warnings.Add("В таблице не найдено ни одного мероприятия.");
        }

        private void CheckSequence(ItemNumber? previous, ItemNumber? next)
        {
            if (previous is null || next is null || previous.Level == 0 || previous.Level != next.Level)
                return;
            for (var i = 0; i < previous.Level - 1; i++)
            {
                if (previous.Parts[i] != next.Parts[i])
                    return;
            }

            var step = next.Parts[^1] - previous.Parts[^1];
            if (step == 0)
                _warnings.Add($"Номер мероприятия {next.Text} повторяется.");
            else if (step > 1)
                _warnings.Add($"После мероприятия {previous.Text} идёт {next.Text}: возможно, строка пропущена.");
        }

        private InterpretedTable Result()
        {
            var sections = _sections
                .Select(section => new InterpretedSection(section.Number, section.Title, section.Measures.Select(measure => measure.Build()).ToList()))
                .ToList();
            return new InterpretedTable(sections, _warnings, _unmapped);
        }

        /// <summary>The depth of the Arabic number a row starts with, or 0.</summary>
        private static int ArabicLevel(BodyRow row)
        {
            var cell = row.Columns.Get(row.Cells, RoadmapColumn.Number);
            if (cell.Length == 0)
                cell = SpanningText(row) ?? "";
            var number = ItemNumber.ParseWhole(cell) ?? ItemNumber.ParsePrefix(cell, out _);
            return number?.Level ?? 0;
        }

        private static string Quote(string text)
        {
            var line = text.Replace('\n', ' ');
            return line.Length <= QuoteLength ? $"«{line}»" : $"«{line[..QuoteLength].TrimEnd()}…»";
        }
    }

    /// <summary>A line of dashes or underscores (a page-break artefact of conversions).</summary>
    private static bool IsSeparator(string[] cells) =>
        cells.All(cell => cell.All(c => c is '-' or '–' or '—' or '_' or '=' or '+' or '|' or ':' or '~' or ' '));

    /// <summary>A row that numbers the columns («1 2 3 4 5» under the header).</summary>
    private static bool IsColumnNumbering(string[] cells)
    {
        var expected = 1;
        foreach (var cell in cells)
        {
            if (cell.Length == 0)
                continue;
            if (!string.Equals(cell, expected.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                return false;
            expected++;
        }

        return expected > 3;
    }
}
