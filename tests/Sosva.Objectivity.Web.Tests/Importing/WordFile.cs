using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>Writes .docx files for the tests with the Open XML SDK, as Word lays them out.</summary>
internal static class WordFile
{
    /// <summary>
    /// A document: the preamble lines as paragraphs («**…**» as bold runs, a blank line as an empty
    /// paragraph), then the tables with an empty paragraph (or the given paragraphs) between them.
    /// With <paramref name="mergeTrailingCells"/>, empty cells at the end of a row are merged into the
    /// last filled one (gridSpan), as section rows are written in Word.
    /// </summary>
    public static byte[] Write(
        IEnumerable<string> preamble,
        IEnumerable<IReadOnlyList<IReadOnlyList<string>>> tables,
        bool mergeTrailingCells = false,
        IReadOnlyList<string>? between = null)
    {
        return Create(body =>
        {
            var bold = false;
            foreach (var line in preamble)
                body.Append(Paragraph(line, ref bold));
            var first = true;
            foreach (var rows in tables)
            {
                if (!first)
                {
                    foreach (var text in between ?? [""])
                        body.Append(Paragraph(text));
                }

                body.Append(Table(rows, mergeTrailingCells));
                first = false;
            }

            body.Append(Paragraph("Начальник управления образования                    А.А. Иванов"));
        });
    }

    /// <summary>A document whose body (and, if wanted, numbering definitions) the test builds itself.</summary>
    public static byte[] Create(Action<Body> build, Numbering? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            build(body);
            if (numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static Paragraph Paragraph(string line)
    {
        var bold = false;
        return Paragraph(line, ref bold);
    }

    /// <summary>A paragraph of one line; «**» switches bold on and off, and the state carries to the next line.</summary>
    public static Paragraph Paragraph(string line, ref bool bold)
    {
        var paragraph = new Paragraph();
        var parts = line.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                bold = !bold;
            if (parts[i].Length == 0)
                continue;
            var run = new Run();
            if (bold)
                run.Append(new RunProperties(new Bold()));
            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    public static Table Table(IReadOnlyList<IReadOnlyList<string>> rows, bool mergeTrailingCells = false)
    {
        var width = rows.Max(row => row.Count);
        var table = new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "2000" })));
        foreach (var cells in rows)
        {
            var row = new TableRow();
            var count = cells.Count;
            var span = 1;
            if (mergeTrailingCells)
            {
                // A one-cell row spans the table; «1.», «Title», «», «» becomes «1.», «Title» over three columns.
                var padded = count == 1 ? width : count;
                var last = cells.Count - 1;
                while (last > 0 && cells[last].Length == 0)
                    last--;
                span = padded - last;
                count = last + 1;
            }

            for (var i = 0; i < count; i++)
                row.Append(Cell(cells[i], i == count - 1 ? span : 1));
            table.Append(row);
        }

        return table;
    }

    public static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (verticalMerge is { } merge)
            properties.Append(new VerticalMerge { Val = merge });
        var cell = new TableCell(properties);
        // Every line of a cell is a paragraph of its own in Word; a cell has at least one.
        foreach (var line in text.Split('\n'))
            cell.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        return cell;
    }
}
