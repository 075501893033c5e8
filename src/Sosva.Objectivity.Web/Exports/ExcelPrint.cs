using ClosedXML.Excel;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>What the printable workbooks share (docs/decisions/003-exports.md): the page set-up and text cells.</summary>
internal static class ExcelPrint
{
    /// <summary>A4 landscape, one page wide and as many tall as it takes, the header row on every page, «Страница N из M».</summary>
    public static void PrintSetup(IXLWorksheet sheet, int headerRow)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0); // one page wide, as many pages tall as it takes
        page.SetRowsToRepeatAtTop(headerRow, headerRow);
        page.Margins.Left = 0.6;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.5;
        page.Margins.Bottom = 0.6;
        page.Margins.Footer = 0.3;
        page.Footer.Right.AddText("Страница ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(" из ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    /// <summary>Text exactly as written: SetValue of a string never turns «1.» or «2022/2023» into a number or a date.</summary>
    public static void Text(IXLCell cell, string? text)
    {
        if (RoadmapExportText.Clean(text) is { } value)
            cell.SetValue(value).SetDataType(XLDataType.Text);
    }
}
