using ClosedXML.Excel;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>Writes .xlsx files for the tests with ClosedXML.</summary>
internal static class ExcelFile
{
    /// <summary>
    /// A workbook with the preamble lines in column A (a line wholly in «**…**» in bold), then the table;
    /// with <paramref name="mergeTrailingCells"/> empty cells at the end of a row are merged into the
    /// last filled one, as section rows are written. Optional sheets come before it.
    /// </summary>
    public static byte[] Write(
        IEnumerable<string> preamble, IReadOnlyList<IReadOnlyList<string>> rows, bool mergeTrailingCells = false, params string[] sheetsBefore)
    {
        using var workbook = new XLWorkbook();
        foreach (var name in sheetsBefore)
            workbook.Worksheets.Add(name).Cell(1, 1).SetValue("Пояснительная записка");
        var sheet = workbook.Worksheets.Add("План");
        var r = 1;
        var bold = false;
        foreach (var line in preamble)
        {
            var wholeBold = IsWholeBold(line, ref bold);
            var text = line.Replace("**", "", StringComparison.Ordinal);
            if (text.Length > 0)
            {
                sheet.Cell(r, 1).SetValue(text);
                sheet.Cell(r, 1).Style.Font.Bold = wholeBold;
            }

            r++;
        }

        var width = rows.Max(row => row.Count);
        foreach (var cells in rows)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length > 0)
                    sheet.Cell(r, c + 1).SetValue(cells[c]);
            }

            if (mergeTrailingCells)
            {
                var last = cells.Count - 1;
                while (last > 0 && cells[last].Length == 0)
                    last--;
                var end = cells.Count == 1 ? width : cells.Count;
                if (end - 1 > last)
                    sheet.Range(r, last + 1, r, end).Merge();
            }

            r++;
        }

        return Save(workbook);
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        return stream.ToArray();
    }

    /// <summary>True when the whole line is bold, given the «**» state carried from the line before.</summary>
    private static bool IsWholeBold(string line, ref bool bold)
    {
        var parts = line.Split("**");
        var whole = true;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                bold = !bold;
            if (parts[i].Trim().Length > 0 && !bold)
                whole = false;
        }

        return whole && line.Trim().Length > 0;
    }
}
