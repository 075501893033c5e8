using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>
/// Reads the school names of a bias list from an uploaded workbook (docs/design.md#76-bias-lists): the first sheet,
/// one name a row — the row's first cell that is not a number (lists often start with «№ п/п»), a header row skipped.
/// The file is checked as every upload is (Uploads/SafeWorkbook); formulas give the values Excel shows.
/// </summary>
public sealed class BiasListImport(IOptions<RoadmapImportOptions> options)
{
    /// <exception cref="UploadRefusedException">Too large, not a workbook, or a damaged one; the message says so, in Russian.</exception>
    public async Task<IReadOnlyList<string>> ReadNamesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var upload = await UploadedFile.ReadAsync(file, options.Value.MaxFileBytes, "", cancellationToken);
        return ReadNames(upload);
    }

    /// <exception cref="UploadRefusedException">Not a workbook, or a damaged one; the message says so, in Russian.</exception>
    public IReadOnlyList<string> ReadNames(UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var workbook = SafeWorkbook.Open(file.Content, options.Value.ToPackageLimits(),
            "Это не книга Excel (.xlsx). Вставьте названия текстом или загрузите .xlsx.");
        try
        {
            return ReadNames(workbook.Worksheets.First());
        }
        catch (Exception e)
        {
            // ClosedXML reads values lazily in places; any failure there means a broken workbook.
            throw new UploadRefusedException(UploadMessages.CorruptWorkbook, e);
        }
    }

    private static List<string> ReadNames(IXLWorksheet sheet)
    {
        var names = new List<string>();
        foreach (var row in sheet.RowsUsed())
        {
            // The first non-number cell: lists often start with «№ п/п».
            var text = row.CellsUsed().Select(c => c.GetFormattedString().Trim()).FirstOrDefault(t => t.Length > 0 && !t.TrimEnd('.').All(char.IsDigit));
            if (text is null || (names.Count == 0 && IsHeader(text))) continue;
            names.Add(text);
        }
        return names;
    }

    private static bool IsHeader(string text) =>
        text.Contains("наименование", StringComparison.OrdinalIgnoreCase) || text.Contains("название", StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, "ОО", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Образовательн", StringComparison.OrdinalIgnoreCase);
}
