using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Execution;
namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The execution matrix as a spreadsheet (docs/design.md#9-exports): one row per measure, one column per school, each
/// cell the state in words and in the page's colour, totals per measure and per school; the header row and the
/// measure columns frozen, filters on. Widths are set here (ClosedXML's auto-fit needs GDI+). Cells are written with
/// SetValue: ClosedXML 0.95's Value setter parses strings, and a measure number «1.1.» became the 1st of January.
/// </summary>
public static class MatrixExcelExport
{
    public const string Sheet = "Исполнение";

    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xE6, 0xE6, 0xE6);

    public static void Write(ExecutionMatrix matrix, Stream output)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "Исполнение: " + matrix.RoadmapTitle;
        var ws = workbook.Worksheets.Add(Sheet);

        ws.Cell(1, 1).SetValue("Исполнение дорожной карты: " + matrix.RoadmapTitle);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(2, 1).SetValue("По состоянию на " + DisplayFormat.Date(matrix.Today));

        const int header = 4;
        const int firstSchool = 4;
        string[] heads = ["Раздел", "№", "Мероприятие"];
        for (var i = 0; i < heads.Length; i++) ws.Cell(header, i + 1).SetValue(heads[i]);
        for (var j = 0; j < matrix.Schools.Count; j++)
        {
            ws.Cell(header, firstSchool + j).SetValue(matrix.Schools[j].Name);
            ws.Column(firstSchool + j).Width = 16;
        }
        var acceptedColumn = firstSchool + matrix.Schools.Count;
        ws.Cell(header, acceptedColumn).SetValue("Принято");
        ws.Cell(header, acceptedColumn + 1).SetValue("Просрочено");
        ws.Cell(header, acceptedColumn + 2).SetValue("Всего");
        var headerRange = ws.Range(header, 1, header, acceptedColumn + 2);
        headerRange.Style.Font.Bold = true;
        headerRange.Style.Fill.BackgroundColor = HeaderFill;
        headerRange.Style.Alignment.WrapText = true;
        headerRange.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        ws.Row(header).Height = 45;

        var row = header;
        foreach (var m in matrix.Measures)
        {
            row++;
            ws.Cell(row, 1).SetValue($"{m.SectionNumber} {m.SectionTitle}".Trim());
            ws.Cell(row, 2).SetValue(m.Number ?? "");
            ws.Cell(row, 3).SetValue(m.Title);
            var cells = new List<ExecutionMatrix.Cell>();
            for (var j = 0; j < matrix.Schools.Count; j++)
            {
                if (matrix.At(m.Id, matrix.Schools[j].Id) is not { } cell) continue;
                cells.Add(cell);
                var target = ws.Cell(row, firstSchool + j);
                target.SetValue(ReportText.Progress(cell.Progress) + (cell.Total > 1 ? $" ({cell.Accepted}/{cell.Total})" : ""));
                target.Style.Fill.BackgroundColor = Fill(cell.Progress);
            }
            var totals = matrix.TotalsFor(cells);
            ws.Cell(row, acceptedColumn).SetValue(totals.Accepted);
            ws.Cell(row, acceptedColumn + 1).SetValue(totals.Overdue);
            ws.Cell(row, acceptedColumn + 2).SetValue(totals.Cells);
        }
        var last = row;
        row++;
        ws.Cell(row, 3).SetValue("Принято / просрочено / всего");
        ws.Cell(row, 3).Style.Font.Bold = true;
        for (var j = 0; j < matrix.Schools.Count; j++)
        {
            var schoolId = matrix.Schools[j].Id;
            var totals = matrix.TotalsFor(matrix.Measures.Select(m => matrix.At(m.Id, schoolId)).OfType<ExecutionMatrix.Cell>());
            ws.Cell(row, firstSchool + j).SetValue($"{totals.Accepted} / {totals.Overdue} / {totals.Cells}");
            ws.Cell(row, firstSchool + j).Style.Font.Bold = true;
        }

        ws.Column(1).Width = 30;
        ws.Column(2).Width = 7;
        ws.Column(3).Width = 60;
        ws.Columns(acceptedColumn, acceptedColumn + 2).Width = 11;
        ws.Range(header + 1, 1, Math.Max(last, header + 1), 3).Style.Alignment.WrapText = true;
        ws.Range(header + 1, 1, Math.Max(last, header + 1), acceptedColumn + 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (last > header) ws.Range(header, 1, last, acceptedColumn + 2).SetAutoFilter();
        ws.SheetView.Freeze(header, 3);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.SetRowsToRepeatAtTop(header, header);
        workbook.SaveAs(output);
    }

    private static XLColor Fill(ReportProgress progress) => progress switch
    {
        ReportProgress.Accepted => XLColor.FromArgb(0xD1, 0xE7, 0xDD),
        ReportProgress.Submitted => XLColor.FromArgb(0xCF, 0xF4, 0xFC),
        ReportProgress.Overdue => XLColor.FromArgb(0xF8, 0xD7, 0xDA),
        ReportProgress.DueSoon => XLColor.FromArgb(0xFF, 0xF3, 0xCD),
        ReportProgress.Returned => XLColor.FromArgb(0xCF, 0xE2, 0xFF),
        _ => XLColor.FromArgb(0xF2, 0xF2, 0xF2),
    };
}
