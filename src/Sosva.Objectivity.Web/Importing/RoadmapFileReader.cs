using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// Reads an uploaded roadmap (docs/design.md#45-import): a Word document (.docx), an Excel workbook (.xlsx) or a
/// text whose table cells are separated by tabs. The format is told by the content's signature, never
/// by the file's name: a ZIP package is a .docx or an .xlsx by its main part, an OLE file (.doc, .xls,
/// or a password-protected .docx/.xlsx) is refused, anything else must be text (UTF-8 or
/// Windows-1251). A file that cannot be read is an <see cref="UploadRefusedException"/> with a message for
/// the user, and never another exception. Stateless and thread-safe: one instance serves the portal.
/// </summary>
public sealed class RoadmapFileReader
{
    private readonly RoadmapImportOptions _options;

    public RoadmapFileReader(IOptions<RoadmapImportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>A reader with the default limits (10 MB, 5,000 rows, 100 MB unpacked).</summary>
    public RoadmapFileReader()
        : this(Options.Create(new RoadmapImportOptions()))
    {
    }

    /// <summary>A reader with the default limits, for callers without dependency injection.</summary>
    public static RoadmapFileReader Default { get; } = new();

    /// <summary>The largest file read, in bytes.</summary>
    public long MaxFileBytes => _options.MaxFileBytes;

    /// <summary>Reads a roadmap from an uploaded file; its name only names it in messages.</summary>
    /// <exception cref="UploadRefusedException">The file is refused; the message says why, in Russian.</exception>
    public InterpretedRoadmap Read(UploadedFile upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length > _options.MaxFileBytes)
            throw new UploadRefusedException(UploadMessages.TooLarge(upload.QuotedName, _options.MaxFileBytes));
        return Read(upload.Content, upload.QuotedName);
    }

    /// <summary>Reads a roadmap from a file; <paramref name="fileName"/> only names it in messages.</summary>
    /// <exception cref="UploadRefusedException">The file is refused; the message says why, in Russian.</exception>
    public InterpretedRoadmap Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = UploadedFile.Quote(fileName);
        var bytes = ReadAll(content, file);
        return Read(bytes, file);
    }

    /// <summary>Reads a roadmap from a file on disk (the command line's `import-roadmap`).</summary>
    /// <exception cref="UploadRefusedException">The file is refused; the message says why, in Russian.</exception>
    public InterpretedRoadmap ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    private InterpretedRoadmap Read(byte[] bytes, string file)
    {
        if (bytes.Length == 0)
            throw new UploadRefusedException(UploadMessages.Empty(file));

        switch (FileSignature.Detect(bytes))
        {
            case FileKind.Zip:
                var package = OfficePackage.Inspect(bytes, file, _options.ToPackageLimits());
                return package.Kind switch
                {
                    OfficeKind.Word => WordRoadmapReader.Read(bytes, file, _options),
                    OfficeKind.Excel when package.MostFilledRows > _options.MaxTableRows =>
                        throw new UploadRefusedException(ImportMessages.TooManyRows(_options.MaxTableRows)),
                    OfficeKind.Excel => ExcelRoadmapReader.Read(bytes, file, _options),
                    OfficeKind.OpenDocument => throw new UploadRefusedException(ImportMessages.OpenDocument),
                    _ => throw new UploadRefusedException(UploadMessages.NotOffice(file)),
                };
            case FileKind.OleCompound:
                throw new UploadRefusedException(ImportMessages.ProtectedOrLegacy);
            case FileKind.Pdf:
                throw new UploadRefusedException(ImportMessages.Pdf);
            case FileKind.Rtf:
                throw new UploadRefusedException(ImportMessages.Rtf);
            case FileKind.Executable:
                throw new UploadRefusedException(ImportMessages.Executable(file));
            default:
                return ReadText(bytes, file);
        }
    }

    private InterpretedRoadmap ReadText(byte[] bytes, string file)
    {
        var text = TextContent.Decode(bytes) ?? throw new UploadRefusedException(ImportMessages.Binary(file));
        if (!TableRows(text).Exists(RoadmapTableInterpreter.IsHeaderRow))
            throw new UploadRefusedException(ImportMessages.NoTableInText);
        return PlainTextRoadmap.Read(text);
    }

    /// <summary>
    /// The rows of a text's table (tab-separated lines of two cells or more), refused over
    /// <see cref="RoadmapImportOptions.MaxTableRows"/>: a file's text and a pasted one alike (100,000 pasted rows
    /// built an 85 MB preview page).
    /// </summary>
    /// <exception cref="UploadRefusedException">Too many rows; the message says so, in Russian.</exception>
    public List<IReadOnlyList<string>> TableRows(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = TabSeparated.Split(text).Where(row => row.Count > 1).ToList();
        if (rows.Count > _options.MaxTableRows)
            throw new UploadRefusedException(ImportMessages.TooManyRows(_options.MaxTableRows));
        return rows;
    }

    /// <summary>The whole content, refused when it is over the size limit (read no further than that).</summary>
    private byte[] ReadAll(Stream content, string file)
    {
        var limit = _options.MaxFileBytes;
        try
        {
            if (content.CanSeek && content.Length - content.Position > limit)
                throw new UploadRefusedException(UploadMessages.TooLarge(file, limit));

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                    throw new UploadRefusedException(UploadMessages.TooLarge(file, limit));
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new UploadRefusedException($"Файл{file} не удалось прочитать: {e.Message}", e);
        }
    }
}
