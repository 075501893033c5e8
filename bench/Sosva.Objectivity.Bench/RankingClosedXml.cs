using ClosedXML.Excel;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Bench;

/// <summary>
/// The ranking workbook written with ClosedXML, compared with the streaming writer on the same rows in the same run
/// (docs/performance.md#regional-and-national-scale): the same sheet as <see cref="RankingExcelExport"/> — title,
/// note, header, one row per school with the same styles, frozen header, autofilter, A4 landscape — built the
/// ClosedXML way, every cell an object in memory until the save.
/// </summary>
internal static class RankingClosedXml
{
    public static void Write(RankingExport data, Stream output)
    {
        var indicators = data.Methodology.Indicators;
        var headers = new List<(string Text, double Width)> { ("Место", 8), ("Образовательная организация", 48), ("Сельская", 10), ("Малокомплектная", 16) };
        headers.AddRange(indicators.Select(i => (i.Code, 7.0)));
        headers.AddRange([("Итого", 9), ("Уровень объективности", 22), (data.PreviousYear is { } py ? $"Изменение к {py}" : "Изменение", 14)]);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(RankingExcelExport.SheetName);
        sheet.Cell(1, 1).Value = data.Title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = $"Методика: {data.Methodology.Name}, версия {data.Methodology.Version}.";
        sheet.Cell(2, 1).Style.Font.Italic = true;
        for (var i = 0; i < headers.Count; i++)
        {
            var cell = sheet.Cell(RankingExcelExport.HeaderRow, i + 1);
            cell.Value = headers[i].Text;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#D9E1F2");
            cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            cell.Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Width = headers[i].Width;
        }

        var row = RankingExcelExport.HeaderRow;
        foreach (var r in data.Rows)
        {
            row++;
            var c = 1;
            sheet.Cell(row, c++).Value = r.Rank;
            sheet.Cell(row, c++).Value = r.School;
            sheet.Cell(row, c++).Value = r.IsRural ? "да" : "";
            sheet.Cell(row, c++).Value = r.IsSmall ? "да" : "";
            for (var i = 0; i < indicators.Count; i++) sheet.Cell(row, c++).Value = i < r.Points.Length ? r.Points[i] : 0;
            sheet.Cell(row, c++).Value = r.Total;
            var band = sheet.Cell(row, c++);
            band.Value = Bands.Name(data.Methodology, r.BandCode);
            var tone = Bands.Tone(data.Methodology, r.BandCode);
            band.Style.Fill.BackgroundColor = XLColor.FromHtml(tone == "high" ? "#C6EFCE" : tone == "low" ? "#FFC7CE" : "#FFEB9C");
            if (r.Change is { } change) sheet.Cell(row, c).Value = change;
            sheet.Range(row, 1, row, c).Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        }
        sheet.SheetView.FreezeRows(RankingExcelExport.HeaderRow);
        sheet.Range(RankingExcelExport.HeaderRow, 1, Math.Max(row, RankingExcelExport.HeaderRow), headers.Count).SetAutoFilter();
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(RankingExcelExport.HeaderRow, RankingExcelExport.HeaderRow);
        workbook.SaveAs(output);
    }
}
