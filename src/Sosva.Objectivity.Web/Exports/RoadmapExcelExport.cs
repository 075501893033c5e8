using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Roadmaps;
using static Sosva.Objectivity.Web.Exports.ExcelPrint;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// A roadmap as a working spreadsheet (ClosedXML): the title block on top, then the table in the order
/// of the source documents with sections as merged bold rows; the header row frozen and filtered,
/// column widths set, A4 landscape print fitted to the width with the header repeated on every page.
/// </summary>
/// <remarks>
/// <para>Checkpoints. A cell with several dates one per line is text to Excel: it can neither be sorted
/// nor filtered by date. What a specialist asks of a roadmap is «what is due now / this month?», so the
/// table has one real date per measure — «Ближайший срок», the first checkpoint on or after the day of
/// the export (empty when all have passed) — next to «Контрольные сроки», every date as text for
/// reading. Several date columns («Срок 1», «Срок 2», …) were rejected: Excel's filters on different
/// columns combine with AND, so «due in March» could not be asked of them at all. For questions about
/// any checkpoint the second sheet, «Контрольные сроки», has one row per checkpoint with its date as a
/// date, the measure's number, title and responsible parties: filtering it by a month lists everything
/// due in that month, past or future.</para>
/// <para>ClosedXML 0.95.4 measures text with GDI+ (its column auto-fit throws on Linux), so widths are
/// fixed here and the heights of merged rows (which Excel never fits) are estimated from their text.</para>
/// </remarks>
public static class RoadmapExcelExport
{
    public const string MainSheet = "Дорожная карта";
    public const string CheckpointSheet = "Контрольные сроки";

    private const string DateFormat = "dd.mm.yyyy";
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xE6, 0xE6, 0xE6);
    private static readonly XLColor GroupFill = XLColor.FromArgb(0xF3, 0xF3, 0xF3);

    /// <summary>A column of the main sheet: its header, width (in Excel's character units) and value.</summary>
    private sealed record Column(string Header, double Width, RoadmapColumn Source, Action<IXLCell, Measure, DateOnly> Write);

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (left open). <paramref name="asOf"/> is the day
    /// «Ближайший срок» counts from: the portal's today
    /// (<see cref="Hosting.DisplayFormat.Today"/>). Writes synchronously: in a request, write to a <see cref="MemoryStream"/> first.
    /// </summary>
    public static void Write(Roadmap roadmap, Stream output, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        ArgumentNullException.ThrowIfNull(output);
        var today = asOf;

        using var workbook = new XLWorkbook();
        workbook.Properties.Title = roadmap.Title;
        workbook.Properties.Author = RoadmapExportText.Clean(roadmap.OwnerOrganization) ?? "";
        WriteMainSheet(workbook.Worksheets.Add(MainSheet), roadmap, today);
        WriteCheckpointSheet(workbook.Worksheets.Add(CheckpointSheet), roadmap);
        workbook.SaveAs(output);
    }

    private static List<Column> Columns(Roadmap roadmap)
    {
        var all = new List<Column>
        {
            new("№", 8, RoadmapColumn.Number, (c, m, _) => Text(c, m.Number)),
            new("Мероприятие", 55, RoadmapColumn.Title, (c, m, _) => Text(c, m.Title)),
            new("Сроки", 20, RoadmapColumn.Deadline, (c, m, _) => Text(c, m.DeadlineText)),
            new("Контрольные сроки", 13, RoadmapColumn.Deadline, (c, m, _) => Text(c, RoadmapExportText.CheckpointList(m, "\n"))),
            new("Ближайший срок", 12, RoadmapColumn.Deadline, (c, m, today) =>
            {
                var next = RoadmapExportText.Checkpoints(m).Where(d => d >= today).Cast<DateOnly?>().FirstOrDefault();
                if (next is { } date)
                    Date(c, date);
            }),
            new("Ответственные", 26, RoadmapColumn.Responsible, (c, m, _) => Text(c, m.ResponsibleText)),
            new("Ожидаемый результат", 38, RoadmapColumn.ExpectedResult, (c, m, _) => Text(c, m.ExpectedResult)),
            new("Вид документа", 16, RoadmapColumn.DocumentType, (c, m, _) => Text(c, m.DocumentType)),
        };
        var used = RoadmapColumn.Used(roadmap);
        return all.Where(c => used.Contains(c.Source)).ToList();
    }

    private static void WriteMainSheet(IXLWorksheet sheet, Roadmap roadmap, DateOnly today)
    {
        var columns = Columns(roadmap);
        for (var i = 0; i < columns.Count; i++)
            sheet.Column(i + 1).Width = columns[i].Width;
        var tableWidth = columns.Sum(c => c.Width);

        // Title block: one merged row per item, heights estimated (Excel does not fit merged rows).
        var row = 1;
        if (RoadmapExportText.ApprovalLines(roadmap) is { } approval)
            TitleRow(sheet, row++, columns.Count, tableWidth, string.Join('\n', approval), XLAlignmentHorizontalValues.Right, bold: false, size: 11);
        else if (RoadmapExportText.Clean(roadmap.OwnerOrganization) is { } owner)
            TitleRow(sheet, row++, columns.Count, tableWidth, owner, XLAlignmentHorizontalValues.Center, bold: false, size: 11);
        TitleRow(sheet, row++, columns.Count, tableWidth, roadmap.Title, XLAlignmentHorizontalValues.Center, bold: true, size: 14);
        TitleRow(sheet, row++, columns.Count, tableWidth, "Период реализации: " + RoadmapExportText.Period(roadmap), XLAlignmentHorizontalValues.Center, bold: false, size: 11);
        if (RoadmapExportText.Clean(roadmap.Goal) is { } goal)
            TitleRow(sheet, row++, columns.Count, tableWidth, "Цель: " + goal, XLAlignmentHorizontalValues.Left, bold: false, size: 11);
        if (RoadmapExportText.Clean(roadmap.Tasks) is { } tasks)
            TitleRow(sheet, row++, columns.Count, tableWidth, "Задачи: " + tasks, XLAlignmentHorizontalValues.Left, bold: false, size: 11);
        row++; // a blank row between the title block and the table

        var headerRow = row;
        for (var i = 0; i < columns.Count; i++)
            sheet.Cell(headerRow, i + 1).SetValue(columns[i].Header);
        var header = sheet.Range(headerRow, 1, headerRow, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;

        foreach (var section in RoadmapExportText.Sections(roadmap))
        {
            var caption = RoadmapExportText.SectionCaption(section);
            if (caption.Length > 0)
            {
                row++;
                sheet.Cell(row, 1).SetValue(caption);
                var range = sheet.Range(row, 1, row, columns.Count).Merge();
                range.Style.Font.Bold = true;
                range.Style.Fill.BackgroundColor = GroupFill;
                range.Style.Alignment.WrapText = true;
                range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                sheet.Row(row).Height = EstimateHeight(caption, tableWidth, 11, bold: true);
            }
            foreach (var measure in RoadmapExportText.Measures(section))
            {
                row++;
                for (var i = 0; i < columns.Count; i++)
                    columns[i].Write(sheet.Cell(row, i + 1), measure, today);
                // Measure rows keep Excel's automatic height: it fits wrapped text when the file opens.
            }
        }

        var table = sheet.Range(headerRow, 1, row, columns.Count);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        if (row > headerRow)
        {
            var body = sheet.Range(headerRow + 1, 1, row, columns.Count);
            body.Style.Alignment.WrapText = true;
            body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        var numberColumn = columns.FindIndex(c => c.Source == RoadmapColumn.Number);
        if (numberColumn >= 0 && row > headerRow)
            sheet.Range(headerRow + 1, numberColumn + 1, row, numberColumn + 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);
        PrintSetup(sheet, headerRow);
    }

    private static void WriteCheckpointSheet(IXLWorksheet sheet, Roadmap roadmap)
    {
        string[] headers = ["Срок", "№", "Мероприятие", "Раздел", "Сроки (как в документе)", "Ответственные"];
        double[] widths = [12, 8, 60, 30, 22, 28];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }
        var header = sheet.Range(1, 1, 1, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.WrapText = true;

        var rows =
            from section in RoadmapExportText.Sections(roadmap)
            from measure in RoadmapExportText.Measures(section)
            from date in RoadmapExportText.Checkpoints(measure)
            orderby date, section.Position, measure.Position
            select (date, section, measure);
        var row = 1;
        foreach (var (date, section, measure) in rows)
        {
            row++;
            Date(sheet.Cell(row, 1), date);
            Text(sheet.Cell(row, 2), measure.Number);
            Text(sheet.Cell(row, 3), measure.Title);
            Text(sheet.Cell(row, 4), RoadmapExportText.SectionCaption(section));
            Text(sheet.Cell(row, 5), measure.DeadlineText);
            Text(sheet.Cell(row, 6), measure.ResponsibleText);
        }

        var table = sheet.Range(1, 1, row, headers.Length);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        if (row > 1)
        {
            var body = sheet.Range(2, 1, row, headers.Length);
            body.Style.Alignment.WrapText = true;
            body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        PrintSetup(sheet, 1);
    }

    private static void TitleRow(IXLWorksheet sheet, int row, int columns, double tableWidth, string text, XLAlignmentHorizontalValues align, bool bold, double size)
    {
        sheet.Cell(row, 1).SetValue(text);
        var range = sheet.Range(row, 1, row, columns).Merge();
        range.Style.Font.Bold = bold;
        range.Style.Font.FontSize = size;
        range.Style.Alignment.Horizontal = align;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        sheet.Row(row).Height = EstimateHeight(text, tableWidth, size, bold);
    }

    /// <summary>
    /// Height in points of a wrapped text in a range <paramref name="width"/> characters wide: a
    /// character of Calibri 11 is about one width unit (bold a little wider), a line 1.35 × the size.
    /// </summary>
    private static double EstimateHeight(string text, double width, double size, bool bold)
    {
        var charsPerLine = Math.Max(1, width * 11 / size / (bold ? 1.1 : 1.0) * 0.95);
        var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / charsPerLine)));
        return Math.Ceiling(lines * size * 1.35) + 2;
    }

    private static void Date(IXLCell cell, DateOnly date)
    {
        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        cell.Style.DateFormat.Format = DateFormat;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }
}
