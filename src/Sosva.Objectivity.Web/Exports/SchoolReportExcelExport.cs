using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Execution;
using static Sosva.Objectivity.Web.Exports.ExcelPrint;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The school report as a working spreadsheet (docs/design.md#9-exports): the title block, then one flat table — one
/// row per report with its roadmap and section as columns, so Excel's filters answer «what is overdue», «what was
/// returned» — with the header frozen and filtered, dates as dates, widths set; below it the totals and the signature
/// line. The objectivity section gets its own sheet when present.
/// </summary>
/// <remarks>ClosedXML 0.95.4 cannot measure text on Linux (GDI+), so every width is fixed here (see
/// docs/decisions/003-exports.md).</remarks>
public static class SchoolReportExcelExport
{
    public const string MainSheet = "Отчёт ОО";
    public const string ObjectivitySheet = "Объективность";

    private const string DateFormat = "dd.mm.yyyy";
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xE6, 0xE6, 0xE6);
    private static readonly XLColor OverdueFill = XLColor.FromArgb(0xF8, 0xD7, 0xDA);
    private static readonly XLColor OverdueFont = XLColor.FromArgb(0xB0, 0x00, 0x20);

    private sealed record Column(string Header, double Width, Action<IXLCell, Row, SchoolReportLinks?> Write, bool Centre = false);

    private sealed record Row(SchoolReportRoadmap Roadmap, SchoolReportSection Section, SchoolReportMeasure Measure, SchoolReportItem Item);

    private static readonly Column[] Columns =
    [
        new("Дорожная карта", 28, (c, r, _) => Text(c, r.Roadmap.Title)),
        new("Раздел", 24, (c, r, _) => Text(c, r.Section.Caption)),
        new("№", 7, (c, r, _) => Text(c, r.Measure.Number), Centre: true),
        new("Мероприятие", 45, (c, r, _) => Text(c, r.Measure.Title)),
        new("Контрольный срок", 12, (c, r, _) => Date(c, r.Item.DueDate)),
        new("Положение", 14, (c, r, _) => Text(c, ReportText.Progress(r.Item.Progress)), Centre: true),
        new("Статус исполнения", 16, (c, r, _) => Text(c, ReportText.Status(r.Item.Status))),
        new("Что сделано", 45, (c, r, _) => Text(c, r.Item.Text)),
        new("Подтверждающие файлы", 30, (c, r, _) => Text(c, string.Join('\n', r.Item.Files.Select(f => f.FileName)))),
        new("Ссылки", 30, (c, r, _) => Text(c, string.Join('\n', r.Item.Links))),
        new("Состояние проверки", 18, (c, r, _) => Text(c, ReportText.State(r.Item.State))),
        new("Замечание проверяющего", 30, (c, r, _) => Text(c, r.Item.ReviewComment)),
        new("Отправлен", 12, (c, r, _) => Date(c, r.Item.SubmittedOn)),
        new("Проверен", 12, (c, r, _) => Date(c, r.Item.State is ReportState.Accepted or ReportState.Returned ? r.Item.ReviewedOn : null)),
        new("Отчёт в портале", 14, (c, r, links) =>
        {
            if (links is null) return;
            c.SetValue("Открыть");
            c.Hyperlink = new XLHyperlink(new Uri(links.Report(r.Item.ReportId)));
        }, Centre: true),
    ];

    /// <summary>Writes the workbook to <paramref name="output"/> (left open); synchronous — in a request, write to a MemoryStream.</summary>
    public static void Write(SchoolReportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "Отчёт об исполнении мероприятий: " + data.School.ShortName;
        workbook.Properties.Author = data.School.FullName;
        WriteMainSheet(workbook.Worksheets.Add(MainSheet), data);
        if (data.Objectivity is { } objectivity)
            WriteObjectivity(workbook.Worksheets.Add(ObjectivitySheet), objectivity);
        workbook.SaveAs(output);
    }

    private static void WriteMainSheet(IXLWorksheet sheet, SchoolReportData data)
    {
        for (var i = 0; i < Columns.Length; i++)
            sheet.Column(i + 1).Width = Columns[i].Width;
        // The title block spans the columns a printed A4 page shows first (up to «Что сделано»).
        const int titleColumns = 8;
        var titleWidth = Columns.Take(titleColumns).Sum(c => c.Width);

        var row = 1;
        TitleRow(sheet, row++, titleColumns, titleWidth, RoadmapExportText.Clean(data.School.FullName) ?? data.School.ShortName, bold: false, size: 12);
        TitleRow(sheet, row++, titleColumns, titleWidth, "ОТЧЁТ об исполнении мероприятий дорожных карт по обеспечению объективности оценочных процедур", bold: true, size: 14);
        TitleRow(sheet, row++, titleColumns, titleWidth, $"за период с {SchoolReportData.DisplayDate(data.From)} по {SchoolReportData.DisplayDate(data.To)}, по состоянию на {SchoolReportData.DisplayDate(data.Today)}", bold: false, size: 12);
        row++;

        var headerRow = row;
        for (var i = 0; i < Columns.Length; i++)
            sheet.Cell(headerRow, i + 1).SetValue(Columns[i].Header);
        var header = sheet.Range(headerRow, 1, headerRow, Columns.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;

        var rows =
            from roadmap in data.Roadmaps
            from section in roadmap.Sections
            from measure in section.Measures
            from item in measure.Items
            select new Row(roadmap, section, measure, item);
        foreach (var r in rows)
        {
            row++;
            for (var i = 0; i < Columns.Length; i++)
                Columns[i].Write(sheet.Cell(row, i + 1), r, data.Links);
            if (r.Item.IsOverdue)
            {
                var mark = sheet.Range(row, 5, row, 6);
                mark.Style.Fill.BackgroundColor = OverdueFill;
                mark.Style.Font.FontColor = OverdueFont;
                mark.Style.Font.Bold = true;
            }
        }

        var table = sheet.Range(headerRow, 1, row, Columns.Length);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        if (row > headerRow)
        {
            var body = sheet.Range(headerRow + 1, 1, row, Columns.Length);
            body.Style.Alignment.WrapText = true;
            body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            for (var i = 0; i < Columns.Length; i++)
                if (Columns[i].Centre)
                    sheet.Range(headerRow + 1, i + 1, row, i + 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }
        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);

        row = WriteTotals(sheet, row + 2, data.Totals);
        WriteSignature(sheet, row + 2, data.School.PrincipalName);
        PrintSetup(sheet, headerRow);
    }

    /// <summary>«Итоги за период» with the counts as numbers; returns the last row used.</summary>
    private static int WriteTotals(IXLWorksheet sheet, int row, SchoolReportTotals totals)
    {
        sheet.Cell(row, 1).SetValue("Итоги за период").Style.Font.Bold = true;
        foreach (var (label, count) in totals.Rows)
        {
            row++;
            sheet.Cell(row, 1).SetValue(label);
            sheet.Cell(row, 2).SetValue(count);
            sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        }
        sheet.Range(row - totals.Rows.Count + 1, 1, row, 2).Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        sheet.Range(row - totals.Rows.Count + 1, 1, row, 2).Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        return row;
    }

    private static void WriteSignature(IXLWorksheet sheet, int row, string? principal)
    {
        sheet.Cell(row, 1).SetValue("Руководитель ОО");
        // The line to sign on: the bottom border of «Раздел» and «№».
        sheet.Range(row, 2, row, 3).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        var name = RoadmapExportText.Clean(principal);
        sheet.Cell(row, 4).SetValue(name is null ? "/ ________________ /" : $"/ {name} /");
        sheet.Cell(row + 2, 1).SetValue("Дата «____» ______________ 20____ г.");
        sheet.Cell(row + 2, 4).SetValue("М.П.");
    }

    private static void WriteObjectivity(IXLWorksheet sheet, SchoolReportObjectivity objectivity)
    {
        double[] widths = [12, 60, 14, 14];
        for (var i = 0; i < widths.Length; i++)
            sheet.Column(i + 1).Width = widths[i];
        var row = 1;
        sheet.Cell(row, 1).SetValue(objectivity.Heading).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 14;
        foreach (var (label, value) in objectivity.Summary)
        {
            row++;
            sheet.Cell(row, 1).SetValue(label);
            sheet.Cell(row, 2).SetValue(value);
        }
        if (objectivity.Indicators.Count > 0)
        {
            row += 2;
            var top = row;
            HeaderRow(sheet, row, "Код", "Показатель", "Баллы", "Максимум");
            foreach (var i in objectivity.Indicators)
            {
                row++;
                sheet.Cell(row, 1).SetValue(i.Code);
                sheet.Cell(row, 2).SetValue(i.Name);
                sheet.Cell(row, 3).SetValue(i.Points);
                sheet.Cell(row, 4).SetValue(i.Max);
            }
            Grid(sheet, top, row, 4);
        }
        if (objectivity.History.Count > 0)
        {
            row += 2;
            var top = row;
            HeaderRow(sheet, row, "Год", "Уровень объективности", "Сумма баллов", "Место");
            foreach (var y in objectivity.History)
            {
                row++;
                sheet.Cell(row, 1).SetValue(y.Year);
                sheet.Cell(row, 2).SetValue(y.Band);
                sheet.Cell(row, 3).SetValue(y.Total);
                if (y.Rank is { } rank) sheet.Cell(row, 4).SetValue(rank);
            }
            Grid(sheet, top, row, 4);
        }
        if (objectivity.Recommendations.Count > 0)
        {
            row += 2;
            sheet.Cell(row, 1).SetValue("Адресные рекомендации").Style.Font.Bold = true;
            foreach (var recommendation in objectivity.Recommendations)
            {
                row++;
                sheet.Cell(row, 2).SetValue(recommendation).Style.Alignment.WrapText = true;
            }
        }
    }

    private static void HeaderRow(IXLWorksheet sheet, int row, params string[] headers)
    {
        for (var i = 0; i < headers.Length; i++)
            sheet.Cell(row, i + 1).SetValue(headers[i]);
        var range = sheet.Range(row, 1, row, headers.Length);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
    }

    private static void Grid(IXLWorksheet sheet, int top, int bottom, int columns)
    {
        var range = sheet.Range(top, 1, bottom, columns);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    private static void TitleRow(IXLWorksheet sheet, int row, int columns, double width, string text, bool bold, double size)
    {
        sheet.Cell(row, 1).SetValue(text);
        var range = sheet.Range(row, 1, row, columns).Merge();
        range.Style.Font.Bold = bold;
        range.Style.Font.FontSize = size;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        // Excel never fits merged rows: estimate (a character of Calibri 11 ≈ one width unit, a line 1.35 × the size).
        var charsPerLine = Math.Max(1, width * 11 / size / (bold ? 1.1 : 1.0) * 0.95);
        var lines = Math.Max(1, (int)Math.Ceiling(text.Length / charsPerLine));
        sheet.Row(row).Height = Math.Ceiling(lines * size * 1.35) + 2;
    }

    private static void Date(IXLCell cell, DateOnly? date)
    {
        if (date is not { } d) return;
        cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
        cell.Style.DateFormat.Format = DateFormat;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }
}
