using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The ranking as a spreadsheet: a title row, then one row per school — place, name, rural and
/// small marks, points per indicator, total, band, change since the previous campaign — with the
/// header frozen and filtered, widths set, numbers as numbers and bands coloured.
/// </summary>
/// <remarks>
/// Written with the Open XML SDK's streaming <see cref="OpenXmlWriter"/> rather than ClosedXML: a
/// national ranking is 40,000 rows × 15 cells, and ClosedXML 0.95 keeps every cell as an object
/// (hundreds of megabytes, seconds of GC) before saving; streamed rows keep memory flat
/// (docs/performance.md). Strings are inline, so no shared-string table has to be held either.
/// </remarks>
public static class RankingExcelExport
{
    public const string SheetName = "Рейтинг";

    /// <summary>Row of the column headers (1-based): the title is row 1, a note row 2.</summary>
    public const int HeaderRow = 3;

    private static class Style
    {
        public const uint Default = 0, Title = 1, Header = 2, Text = 3, Number = 4, High = 5, Middle = 6, Low = 7, Change = 8, Note = 9;
    }

    public static void Write(RankingExport data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var indicators = data.Methodology.Indicators;
        var headers = new List<(string Text, double Width)> { ("Место", 8), ("Образовательная организация", 48), ("Сельская", 10), ("Малокомплектная", 16) };
        headers.AddRange(indicators.Select(i => (i.Code, 7.0)));
        headers.Add(("Итого", 9));
        headers.Add(("Уровень объективности", 22));
        headers.Add((data.PreviousYear is { } py ? $"Изменение к {py}" : "Изменение", 14));
        var lastColumn = ColumnName(headers.Count);

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var lastRow = HeaderRow + data.Rows.Count;
        var reused = new ReusedCells();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRow + 1}" } })
            { TabSelected = true, WorkbookViewId = 0 }));
            var columns = new Columns();
            for (var i = 0; i < headers.Count; i++)
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = headers[i].Width, CustomWidth = true });
            writer.WriteElement(columns);

            writer.WriteStartElement(new SheetData());
            WriteRow(writer, reused, 1, [(data.Title, Style.Title)]);
            var note = $"Методика: {data.Methodology.Name}, версия {data.Methodology.Version}. Максимум {data.Methodology.TotalMaximum} баллов. "
                       + (data.IsPublished ? "Опубликовано." : "Не опубликовано.") + (data.FilterNote is null ? "" : " Отбор: " + data.FilterNote + ".");
            WriteRow(writer, reused, 2, [(note, Style.Note)]);
            WriteRow(writer, reused, HeaderRow, headers.Select(h => ((object?)h.Text, Style.Header)).ToList());

            var rowIndex = HeaderRow;
            var cells = new List<(object? Value, uint Style)>(headers.Count);
            foreach (var r in data.Rows)
            {
                rowIndex++;
                cells.Clear();
                cells.Add((r.Rank, Style.Number));
                cells.Add((r.School, Style.Text));
                cells.Add((r.IsRural ? "да" : "", Style.Text));
                cells.Add((r.IsSmall ? "да" : "", Style.Text));
                for (var i = 0; i < indicators.Count; i++)
                    cells.Add((i < r.Points.Length ? r.Points[i] : null, Style.Number));
                cells.Add((r.Total, Style.Number));
                var tone = Scoring.Bands.Tone(data.Methodology, r.BandCode);
                cells.Add((Scoring.Bands.Name(data.Methodology, r.BandCode), tone == "high" ? Style.High : tone == "low" ? Style.Low : Style.Middle));
                cells.Add((r.Change, Style.Change));
                WriteRow(writer, reused, rowIndex, cells);
            }
            writer.WriteEndElement(); // sheetData

            writer.WriteElement(new AutoFilter { Reference = $"A{HeaderRow}:{lastColumn}{Math.Max(lastRow, HeaderRow)}" });
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.4, Top = 0.5, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteEndElement(); // worksheet
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName });
        // Excel keeps a filter's range (and the header repeated on print) as hidden defined names.
        workbookPart.Workbook.Append(new DefinedNames(
            new DefinedName($"'{SheetName}'!$A${HeaderRow}:${lastColumn}${Math.Max(lastRow, HeaderRow)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
            new DefinedName($"'{SheetName}'!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        workbookPart.Workbook.Save();
    }

    private static readonly ColumnNames Names = new();

    /// <summary>
    /// One cell object of each kind, refilled for every cell: the writer serialises it at once, and a
    /// new element per cell (600,000 of them in a national ranking) is most of the export's garbage.
    /// </summary>
    private sealed class ReusedCells
    {
        public readonly Cell Empty = new();
        public readonly Cell Number = new() { DataType = CellValues.Number };
        public readonly CellValue NumberValue = new();
        public readonly Cell Text = new() { DataType = CellValues.InlineString };
        public readonly Text TextValue = new() { Space = SpaceProcessingModeValues.Preserve };

        public ReusedCells()
        {
            Number.Append(NumberValue);
            Text.Append(new InlineString(TextValue));
        }
    }

    private static void WriteRow(OpenXmlWriter writer, ReusedCells reused, int row, IReadOnlyList<(object? Value, uint Style)> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < cells.Count; i++)
        {
            var (value, style) = cells[i];
            var reference = Names.Get(i + 1) + rowText;
            Cell cell;
            switch (value)
            {
                case null:
                    if (style == Style.Default) continue;
                    cell = reused.Empty;
                    break;
                case int number:
                    reused.NumberValue.Text = number.ToString(CultureInfo.InvariantCulture);
                    cell = reused.Number;
                    break;
                default:
                    reused.TextValue.Text = value.ToString()!;
                    cell = reused.Text;
                    break;
            }
            cell.CellReference = reference;
            cell.StyleIndex = style;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
            name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    /// <summary>Column letters computed once each (a 40,000-row sheet asks for them 600,000 times).</summary>
    private sealed class ColumnNames
    {
        private readonly string[] _names = Enumerable.Range(1, 64).Select(ColumnName).ToArray();

        public string Get(int number) => number <= _names.Length ? _names[number - 1] : ColumnName(number);
    }

    private static Stylesheet Stylesheet()
    {
        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Format(uint font, uint fill, uint border, uint numberFormat = 0, bool wrap = false, HorizontalAlignmentValues? align = null)
        {
            var format = new CellFormat { FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, ApplyFont = font > 0, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyNumberFormat = numberFormat > 0 };
            if (wrap || align is not null)
            {
                format.Append(new Alignment { WrapText = wrap, Horizontal = align, Vertical = VerticalAlignmentValues.Center });
                format.ApplyAlignment = true;
            }
            return format;
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "+0;-0;0" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
                new Font(new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Italic(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" })) { Count = 5 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFE6E6E6"), Solid("FF198754"), Solid("FFFFD966"), Solid("FFDC3545")) { Count = 6 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0, 0),                                                  // Default
                Format(2, 0, 0),                                                  // Title
                Format(1, 2, 1, wrap: true, align: HorizontalAlignmentValues.Center), // Header
                Format(0, 0, 1),                                                  // Text
                Format(0, 0, 1, numberFormat: 1, align: HorizontalAlignmentValues.Center), // Number
                Format(3, 3, 1),                                                  // High
                Format(0, 4, 1),                                                  // Middle
                Format(3, 5, 1),                                                  // Low
                Format(0, 0, 1, numberFormat: 164, align: HorizontalAlignmentValues.Center), // Change
                Format(4, 0, 0)) { Count = 10 },                                  // Note
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
