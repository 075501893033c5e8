using ClosedXML.Excel;

namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// Opens an uploaded workbook with ClosedXML only after <see cref="OfficePackage"/> has checked it: ClosedXML loads a
/// whole workbook at once and trusts what an archive declares, so a zip bomb or a deep XML must be stopped before it
/// (docs/decisions/004-roadmap-file-import.md). A formula is read as the value Excel cached, never evaluated
/// (docs/decisions/007-hostile-uploads.md); a file ClosedXML cannot open is refused, never a 500.
/// </summary>
internal static class SafeWorkbook
{
    /// <summary>
    /// Checks that <paramref name="content"/> is an Excel package within <paramref name="limits"/> and opens it. The
    /// package check's refusals name no file; anything but a workbook is refused with <paramref name="notAWorkbook"/>.
    /// </summary>
    /// <exception cref="UploadRefusedException">Not a workbook, a hostile or damaged package, or a workbook that does not open.</exception>
    public static XLWorkbook Open(byte[] content, PackageLimits limits, string notAWorkbook)
    {
        if (FileSignature.Detect(content) != FileKind.Zip || OfficePackage.Inspect(content, "", limits).Kind != OfficeKind.Excel)
            throw new UploadRefusedException(notAWorkbook);
        return OpenChecked(content, UploadMessages.CorruptWorkbook);
    }

    /// <summary>Opens a package already checked as a workbook; a failure is refused with <paramref name="corrupt"/>.</summary>
    /// <exception cref="UploadRefusedException">ClosedXML cannot open it.</exception>
    public static XLWorkbook OpenChecked(byte[] content, string corrupt)
    {
        try
        {
            return new XLWorkbook(new MemoryStream(content, writable: false), XLEventTracking.Disabled);
        }
        catch (Exception e)
        {
            throw new UploadRefusedException(corrupt, e);
        }
    }
}
