using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// Reads a roadmap from a Word document (.docx) with the Open XML SDK: the paragraphs above the table
/// of measures are the text the title, the order and the period come from; the table's rows are
/// cell texts for <see cref="RoadmapTableInterpreter"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The table of measures is the first table with a header row («№ п/п», «Мероприятия», «Сроки» …).
/// Tables that follow it with the same number of columns, or with a header row of their own, are its
/// continuation (a table split across pages); non-empty paragraphs between them are one-cell rows,
/// as section headings written between two parts of a table come out (seed 002, section III).</item>
/// <item>A cell spanning columns (gridSpan) gives its text and an empty cell for each column it covers,
/// so a merged section row reads as «1.», «Title», «», «» like the seeds' text; a cell that continues
/// a vertical merge is empty. Paragraphs of a cell are joined with line breaks; a table inside a cell
/// is flattened to text.</item>
/// <item>Numbers of Word's automatic lists («1.1.» in the «№» column) are text in the document's
/// layout only; <see cref="WordListNumbering"/> writes them out as Word shows them.</item>
/// <item>Text above the table keeps its paragraphs: a blank line where Word has an empty paragraph,
/// or where bold or alignment changes; bold text is marked «**…**» as in the seeds' conversions.</item>
/// </list>
/// </remarks>
internal sealed class WordRoadmapReader
{
    // Word allows at most 63 columns; a larger span or gridBefore is not a real table.
    private const int MaxColumns = 63;

    // Tables nest in cells; deeper than this is no real document, and recursion must stay bounded.
    private const int MaxNesting = 16;

    private readonly RoadmapImportOptions _options;
    private readonly string _file;
    private readonly WordStyles _styles;
    private readonly WordListNumbering _numbering;

    private WordRoadmapReader(RoadmapImportOptions options, string file, WordStyles styles, WordListNumbering numbering)
    {
        _options = options;
        _file = file;
        _styles = styles;
        _numbering = numbering;
    }

    public static InterpretedRoadmap Read(byte[] content, string file, RoadmapImportOptions options)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(
                new MemoryStream(content, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes });
        }
        catch (Exception e)
        {
            throw new UploadRefusedException(ImportMessages.CorruptWord(file), e);
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart;
                var body = main?.Document?.Body ?? throw new UploadRefusedException(ImportMessages.CorruptWord(file));
                var reader = new WordRoadmapReader(options, file, new WordStyles(main.StyleDefinitionsPart?.Styles),
                    WordListNumbering.Of(body, main.NumberingDefinitionsPart?.Numbering));
                return reader.Read(body);
            }
            catch (UploadRefusedException)
            {
                throw;
            }
            catch (Exception e)
            {
                // The SDK parses parts lazily: invalid XML or an unexpected element surfaces here, as
                // whatever exception type the SDK or the XML reader throws. For the user it is one thing.
                throw new UploadRefusedException(ImportMessages.CorruptWord(file), e);
            }
        }
    }

    private InterpretedRoadmap Read(Body body)
    {
        var blocks = Blocks(body).ToList();
        var main = -1;
        List<IReadOnlyList<string>>? rows = null;
        for (var i = 0; i < blocks.Count && main < 0; i++)
        {
            if (blocks[i] is not Table table)
                continue;
            var tableRows = ReadTable(table, 0);
            if (tableRows.Exists(RoadmapTableInterpreter.IsHeaderRow))
            {
                main = i;
                rows = tableRows;
            }
        }

        if (main < 0 || rows is null)
            return ReadTabSeparatedParagraphs(blocks);

        CheckRows(rows.Count);
        var width = Width((Table)blocks[main]);
        var pending = new List<IReadOnlyList<string>>();
        for (var i = main + 1; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph paragraph)
            {
                var text = ParagraphText(paragraph, markBold: false);
                if (!string.IsNullOrWhiteSpace(text))
                    pending.Add([text]);
                continue;
            }

            var next = ReadTable((Table)blocks[i], 0);
            var first = next.Find(row => row.Any(cell => !string.IsNullOrWhiteSpace(cell)));
            if (Width((Table)blocks[i]) != width && (first is null || !RoadmapTableInterpreter.IsHeaderRow(first)))
                break;
            rows.AddRange(pending);
            rows.AddRange(next);
            pending.Clear();
            CheckRows(rows.Count);
        }

        return PlainTextRoadmap.FromParts(Preamble(blocks.Take(main)), rows);
    }

    /// <summary>
    /// A document without a table may still hold one as tab-separated paragraphs (text pasted into
    /// Word); read so, or refuse.
    /// </summary>
    private InterpretedRoadmap ReadTabSeparatedParagraphs(List<OpenXmlElement> blocks)
    {
        var text = new StringBuilder();
        foreach (var paragraph in blocks.OfType<Paragraph>())
            text.Append(ParagraphText(paragraph, markBold: true)).Append('\n');
        var lines = TabSeparated.Split(text.ToString());
        if (!lines.Any(line => line.Count > 1 && RoadmapTableInterpreter.IsHeaderRow(line)))
            throw new UploadRefusedException(ImportMessages.NoTable);
        CheckRows(lines.Count(line => line.Count > 1));
        return PlainTextRoadmap.Read(text.ToString());
    }

    private void CheckRows(int count)
    {
        if (count > _options.MaxTableRows)
            throw new UploadRefusedException(ImportMessages.TooManyRows(_options.MaxTableRows));
    }

    /// <summary>The text above the table, line by line, as <see cref="PlainTextRoadmap.FromParts"/> takes it.</summary>
    private List<string> Preamble(IEnumerable<OpenXmlElement> blocks)
    {
        var lines = new List<string>();
        (bool Bold, string Alignment)? previous = null;
        foreach (var block in blocks)
        {
            if (block is Table table)
            {
                // A layout table above the plan («УТВЕРЖДЕН приказом … от … № …»): its text, cell by cell.
                lines.Add("");
                foreach (var row in ReadTable(table, 0))
                {
                    foreach (var cell in row.Where(cell => !string.IsNullOrWhiteSpace(cell)))
                        lines.AddRange(cell.Split('\n'));
                }

                lines.Add("");
                previous = null;
                continue;
            }

            var paragraph = (Paragraph)block;
            var text = ParagraphText(paragraph, markBold: true);
            if (string.IsNullOrWhiteSpace(text))
            {
                lines.Add("");
                previous = null;
                continue;
            }

            var look = (Bold: IsWholeBold(text), Alignment: paragraph.ParagraphProperties?.Justification?.Val?.InnerText ?? "");
            if (previous is { } before && before != look)
                lines.Add("");
            lines.AddRange(text.Split('\n'));
            previous = look;
        }

        return lines;
    }

    private static bool IsWholeBold(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal)
            && trimmed.IndexOf("**", 2, StringComparison.Ordinal) == trimmed.Length - 2;
    }

    /// <summary>The rows of a table as cell texts, spans spread out into empty cells.</summary>
    private List<IReadOnlyList<string>> ReadTable(Table table, int nesting)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in Items<TableRow>(table))
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < Math.Clamp(before, 0, MaxColumns); i++)
                cells.Add("");
            foreach (var cell in Items<TableCell>(row))
            {
                var properties = cell.TableCellProperties;
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continues ? "" : CellText(cell, nesting));
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                for (var i = 1; i < span && cells.Count < MaxColumns; i++)
                    cells.Add("");
                if (cells.Count >= MaxColumns)
                    break;
            }

            rows.Add(cells);
            if (rows.Count > _options.MaxTableRows)
                break;
        }

        return rows;
    }

    /// <summary>The number of grid columns (of cells, when the grid is missing).</summary>
    private static int Width(Table table)
    {
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        if (grid > 0)
            return grid;
        var width = 0;
        foreach (var row in Items<TableRow>(table))
            width = Math.Max(width, Items<TableCell>(row).Sum(cell => Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        return width;
    }

    private string CellText(TableCell cell, int nesting)
    {
        var text = new StringBuilder();
        foreach (var block in Blocks(cell))
        {
            if (text.Length > 0)
                text.Append('\n');
            if (block is Paragraph paragraph)
            {
                text.Append(ParagraphText(paragraph, markBold: false));
            }
            else if (nesting < MaxNesting)
            {
                // A table inside a cell: its rows as lines, its cells separated by spaces.
                var lines = ReadTable((Table)block, nesting + 1)
                    .Select(row => string.Join(" ", row.Where(value => !string.IsNullOrWhiteSpace(value))))
                    .Where(line => line.Length > 0);
                text.AppendJoin('\n', lines);
            }
        }

        return text.ToString();
    }

    private string ParagraphText(Paragraph paragraph, bool markBold)
    {
        var text = new StringBuilder();
        if (_numbering.Label(paragraph) is { } label)
            text.Append(label).Append(' ');
        var bold = false;
        AppendText(paragraph, text, markBold ? _styles.IsBold(paragraph) : null, ref bold, 0);
        if (bold)
            text.Append("**");
        return text.ToString().Replace("****", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Appends the visible text of an element: text, tabs, line breaks, non-breaking hyphens. Deleted
    /// and moved-away revisions, field codes and the fallback copy of alternate content are not shown
    /// by Word and are skipped. With <paramref name="paragraphBold"/> set, bold stretches are marked «**».
    /// </summary>
    private void AppendText(OpenXmlElement element, StringBuilder text, bool? paragraphBold, ref bool inBold, int depth)
    {
        if (depth > _options.MaxXmlDepth)
            return;
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    if (paragraphBold is not null)
                        Mark(text, ref inBold, IsBoldRun(child, paragraphBold.Value), t.Text);
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode or AlternateContentFallback
                    or ParagraphProperties or RunProperties:
                    break;
                default:
                    if (child.HasChildren)
                        AppendText(child, text, paragraphBold, ref inBold, depth + 1);
                    break;
            }
        }
    }

    private bool IsBoldRun(OpenXmlElement text, bool paragraphBold) =>
        text.Parent is Run run ? _styles.IsBold(run, paragraphBold) : paragraphBold;

    private static void Mark(StringBuilder text, ref bool inBold, bool bold, string piece)
    {
        // Whitespace takes the state it is in, so that «**a** **b**» reads as «**a b**».
        if (bold == inBold || string.IsNullOrWhiteSpace(piece))
            return;
        text.Append("**");
        inBold = bold;
    }

    /// <summary>Paragraphs and tables of a body or a cell, in order, through content controls and custom XML.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table)
                yield return child;
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
            {
                foreach (var inner in Blocks(child))
                    yield return inner;
            }
        }
    }

    /// <summary>Rows of a table or cells of a row, through content controls and custom XML around them.</summary>
    private static IEnumerable<T> Items<T>(OpenXmlElement container)
        where T : OpenXmlElement
    {
        foreach (var child in container.ChildElements)
        {
            if (child is T item)
                yield return item;
            else if (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell)
            {
                foreach (var inner in Items<T>(child))
                    yield return inner;
            }
        }
    }
}
