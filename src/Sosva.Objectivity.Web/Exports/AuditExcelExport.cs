using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Web.AuditLog;
namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The audit log as a spreadsheet: one row per change (when, who, object, number, action, the changed
/// fields as «field: before → after» lines); dates as dates in the portal's time zone; the header frozen,
/// filters on, widths set here (ClosedXML's auto-fit needs GDI+).
/// </summary>
public static class AuditExcelExport
{
    public const string Sheet = "Журнал изменений";

    /// <summary>ClosedXML keeps every cell in memory: a larger selection must be narrowed by the filters.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Excel's limit of characters in a cell.</summary>
    private const int MaxCellText = 32_000;

    public static void Write(IReadOnlyList<AuditEntry> entries, string? filter, DisplayFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(format);
        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add(Sheet);
        ws.Cell(1, 1).Value = "Журнал изменений";
        ws.Cell(1, 1).Style.Font.Bold = true;
        var note = "Выгружено " + DisplayFormat.Date(format.Today()) + (filter is null ? "; все записи" : "; отбор: " + filter);
        if (entries.Count > MaxRows) note += "; показаны первые 10 000 записей (самые новые) — уточните отбор";
        ws.Cell(2, 1).Value = note;

        const int header = 4;
        string[] heads = ["Когда", "Кто", "Объект", "№ объекта", "Действие", "Изменения"];
        for (var i = 0; i < heads.Length; i++) ws.Cell(header, i + 1).Value = heads[i];
        var headerRange = ws.Range(header, 1, header, heads.Length);
        headerRange.Style.Font.Bold = true;
        headerRange.Style.Fill.BackgroundColor = XLColor.FromArgb(0xE6, 0xE6, 0xE6);

        var row = header;
        foreach (var e in entries.Take(MaxRows))
        {
            row++;
            var when = ws.Cell(row, 1);
            when.Value = format.Local(e.Timestamp);
            when.Style.DateFormat.Format = "dd.MM.yyyy HH:mm:ss";
            ws.Cell(row, 2).Value = AuditText.ShownUser(e.UserName);
            ws.Cell(row, 3).Value = AuditText.EntityName(e.EntityType);
            // Ids are text: a user's id is a GUID, and a number stored as text would draw Excel's warning triangle either way.
            ws.Cell(row, 4).SetValue(e.EntityId);
            ws.Cell(row, 5).Value = AuditText.ActionName(e.Action);
            var changes = string.Join("\n", AuditText.Describe(e.Changes).Select(c =>
                e.Action == AuditAction.Updated ? $"{c.Field}: {c.Before ?? "—"} → {c.After ?? "—"}" : $"{c.Field}: {c.After ?? c.Before ?? "—"}"));
            ws.Cell(row, 6).SetValue(changes.Length > MaxCellText ? changes[..MaxCellText] + "…" : changes);
        }

        ws.Column(1).Width = 19;
        ws.Column(2).Width = 18;
        ws.Column(3).Width = 24;
        ws.Column(4).Width = 12;
        ws.Column(5).Width = 12;
        ws.Column(6).Width = 90;
        if (row > header)
        {
            ws.Range(header + 1, 6, row, 6).Style.Alignment.WrapText = true;
            ws.Range(header + 1, 1, row, 6).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        ws.Range(header, 1, Math.Max(row, header + 1), heads.Length).SetAutoFilter();
        ws.SheetView.FreezeRows(header);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.SetRowsToRepeatAtTop(header, header);
        workbook.SaveAs(output);
    }
}
