using System.Globalization;
using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// Reads a roadmap from an Excel workbook (.xlsx) with ClosedXML: the first worksheet with a header
/// row of a roadmap table («№ п/п», «Мероприятия», «Сроки» …) holds the plan; the rows above its
/// header are the text the title comes from.
/// </summary>
/// <remarks>
/// Cells read as Excel displays them, near enough: text as written, dates as dd.MM.yyyy, numbers
/// without a thousands separator and with a «.» («1.1» stays «1.1»), a formula by its last computed
/// value (ClosedXML is never asked to recalculate). A merged range keeps its text in its top-left
/// cell only, so a merged section row reads as the seeds' «1.», «Title», «», «».
/// </remarks>
internal static class ExcelRoadmapReader
{
    public static InterpretedRoadmap Read(byte[] content, string file, RoadmapImportOptions options)
    {
        // The reader has checked the package (Uploads/OfficePackage) and its rows before this.
        using (var workbook = SafeWorkbook.OpenChecked(content, ImportMessages.CorruptExcel(file)))
        {
            try
            {
                foreach (var sheet in workbook.Worksheets)
                {
                    var (rows, bold) = ReadSheet(sheet);
                    var header = rows.FindIndex(RoadmapTableInterpreter.IsHeaderRow);
                    if (header < 0)
                        continue;
                    if (rows.Count - header > options.MaxTableRows)
                        throw new UploadRefusedException(ImportMessages.TooManyRows(options.MaxTableRows));

                    var preamble = new List<string>();
                    for (var i = 0; i < header; i++)
                    {
                        var line = string.Join(" ", rows[i].Where(cell => cell.Length > 0));
                        preamble.Add(line.Length > 0 && bold[i] ? "**" + line + "**" : line);
                    }

                    return PlainTextRoadmap.FromParts(preamble, rows.GetRange(header, rows.Count - header));
                }
            }
            catch (UploadRefusedException)
            {
                throw;
            }
            catch (Exception e)
            {
                // ClosedXML reads styles and values lazily in places; any failure there means a broken workbook.
                throw new UploadRefusedException(ImportMessages.CorruptExcel(file), e);
            }
        }

        throw new UploadRefusedException(ImportMessages.NoTable);
    }

    /// <summary>The used rows of a sheet as cell texts from its first used column, and whether each row's text is all bold.</summary>
    private static (List<IReadOnlyList<string>> Rows, List<bool> Bold) ReadSheet(IXLWorksheet sheet)
    {
        var rows = new List<IReadOnlyList<string>>();
        var bold = new List<bool>();
        var used = sheet.RangeUsed();
        if (used is null)
            return (rows, bold);

        var firstRow = used.RangeAddress.FirstAddress.RowNumber;
        var lastRow = used.RangeAddress.LastAddress.RowNumber;
        var firstColumn = used.RangeAddress.FirstAddress.ColumnNumber;
        var lastColumn = used.RangeAddress.LastAddress.ColumnNumber;
        var merged = sheet.MergedRanges
            .Select(range => range.RangeAddress)
            .Select(address => (Top: address.FirstAddress.RowNumber, Left: address.FirstAddress.ColumnNumber,
                Bottom: address.LastAddress.RowNumber, Right: address.LastAddress.ColumnNumber))
            .Where(range => range.Top <= lastRow && range.Bottom >= firstRow)
            .ToList();

        var cells = new Dictionary<(int Row, int Column), IXLCell>();
        foreach (var cell in sheet.CellsUsed())
        {
            var address = cell.Address;
            cells[(address.RowNumber, address.ColumnNumber)] = cell;
        }

        for (var r = firstRow; r <= lastRow; r++)
        {
            var row = new string[lastColumn - firstColumn + 1];
            var allBold = true;
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                var text = "";
                if (cells.TryGetValue((r, c), out var cell) && !IsHiddenByMerge(merged, r, c))
                {
                    text = Text(cell);
                    if (text.Length > 0)
                        allBold &= cell.Style.Font.Bold;
                }

                row[c - firstColumn] = text;
            }

            rows.Add(row);
            bold.Add(allBold);
        }

        return (rows, bold);
    }

    /// <summary>A cell inside a merged range other than its top-left one: Excel shows nothing of its own there.</summary>
    private static bool IsHiddenByMerge(List<(int Top, int Left, int Bottom, int Right)> merged, int row, int column)
    {
        foreach (var range in merged)
        {
            if (row >= range.Top && row <= range.Bottom && column >= range.Left && column <= range.Right)
                return row != range.Top || column != range.Left;
        }

        return false;
    }

    private static string Text(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => "",
            string text => text,
            DateTime date => date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
                : date.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            double number when cell.DataType == XLDataType.DateTime && number is >= 0 and < 2958466 =>
                DateTime.FromOADate(number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            double number => number.ToString("0.###############", CultureInfo.InvariantCulture),
            bool flag => flag ? "ИСТИНА" : "ЛОЖЬ",
            TimeSpan time => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
