namespace Sosva.Objectivity.Web.Exports;

/// <summary>A kind of download: the extension of its file name and the type it is sent as.</summary>
public sealed record ExportFormat(string Extension, string ContentType)
{
    public static readonly ExportFormat Excel = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly ExportFormat Pdf = new("pdf", "application/pdf");
}

/// <summary>The tail every export handler shares (docs/decisions/003-exports.md).</summary>
public static class ExportResult
{
    /// <summary>
    /// Writes the file with <paramref name="write"/> and sends it named after <paramref name="title"/>
    /// (<see cref="ExportFileName"/>: readable Russian, RFC 6266). The writers are synchronous; the file is built in
    /// memory, then sent, so a failure sends nothing half-written.
    /// </summary>
    public static FileContentResult ExportFile(this PageModel page, ExportFormat format, string title, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        write(buffer);
        return page.File(buffer.ToArray(), format.ContentType, ExportFileName.For(title, format.Extension));
    }
}
