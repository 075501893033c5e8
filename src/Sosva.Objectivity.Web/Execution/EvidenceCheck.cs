using System.Text;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>What an accepted evidence file is: its clean display name and the type its content proves.</summary>
public sealed record EvidenceKind(string FileName, string ContentType);

/// <summary>
/// Evidence files (docs/design.md#65-evidence; OWASP File Upload Cheat Sheet): PDF, DOCX, XLSX, ODT, JPG, PNG decided
/// by the content's signature, never by the name; the name is only shown, cleaned of paths, control and
/// bidirectional-override characters, and its extension is the one the content proves. Office files with macros or
/// links to remote resources are refused: they would run or fetch at the reviewer's. A refusal is an
/// <see cref="UploadRefusedException"/> whose message is for the person who sent the file.
/// </summary>
public static class EvidenceCheck
{
    public const int MaxNameLength = 255;

    public const string Accepted = "PDF, DOCX, XLSX, ODT, JPG, PNG";

    /// <exception cref="UploadRefusedException">The file is refused; the message says why, in Russian.</exception>
    public static EvidenceKind Inspect(string? givenName, byte[] content, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var name = CleanName(givenName);
        var quoted = $"«{name}»";
        if (content.Length == 0) throw new UploadRefusedException(UploadMessages.Empty(" " + quoted));
        if (content.Length > options.MaxFileBytes)
            throw new UploadRefusedException(UploadMessages.TooLarge(" " + quoted, options.MaxFileBytes));

        var (extension, type) = Detect(content, quoted);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0) stem = "файл";
        // The proved extension may be longer than the given one (or there was none): stay within the column.
        if (stem.Length + extension.Length > MaxNameLength)
        {
            var keep = MaxNameLength - extension.Length;
            if (char.IsHighSurrogate(stem[keep - 1])) keep--; // never half a character
            stem = stem[..keep];
        }
        return new EvidenceKind(stem + extension, type);
    }


    private static string CleanName(string? given)
    {
        var name = (given ?? "").Trim();
        if (name.Length == 0) throw new UploadRefusedException("У файла нет имени.");
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
            throw new UploadRefusedException("Имя файла не должно содержать «/» или «\\». Переименуйте файл и загрузите его снова.");
        var clean = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            // Control characters and the invisible format ones (RLO «‮» makes «exe.pdf» read as «fdp.exe»).
            if (Hosting.InvisibleCharacters.IsInvisible(c)) continue;
            clean.Append(c is '"' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c);
        }
        var result = clean.ToString().Trim().TrimStart('.');
        if (result.Length == 0) throw new UploadRefusedException("Имя файла состоит из недопустимых символов. Переименуйте файл.");
        if (result.Length > MaxNameLength)
            throw new UploadRefusedException($"Имя файла длиннее {MaxNameLength} символов. Сократите его и загрузите файл снова.");
        return result;
    }

    private static (string Extension, string ContentType) Detect(byte[] content, string quoted)
    {
        ReadOnlySpan<byte> head = content;
        if (head.StartsWith("%PDF-"u8)) return Whole(IsWholePdf(head), "PDF", quoted, (".pdf", "application/pdf"));
        if (head.StartsWith(PngSignature)) return Whole(IsWholePng(head), "PNG", quoted, (".png", "image/png"));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Whole(IsWholeJpeg(head), "JPEG", quoted, (".jpg", "image/jpeg"));
        if (FileSignature.Detect(head) == FileKind.Zip)
        {
            OfficePackage package;
            try
            {
                package = OfficePackage.Inspect(content, quoted, PackageLimits.Default);
            }
            catch (UploadRefusedException)
            {
                throw new UploadRefusedException(
                    $"Файл {quoted} повреждён или это не документ Word, Excel или OpenDocument. Допускаются: {Accepted}.");
            }
            // The server never opens the file, the reviewer does: in Office, which runs macros and fetches remote templates.
            if (package.HasMacros)
                throw new UploadRefusedException(
                    $"Файл {quoted} содержит макросы — такие документы не принимаются. Сохраните его как обычный документ (.docx, .xlsx) без макросов и загрузите снова.");
            if (package.HasRemoteReferences)
                throw new UploadRefusedException(
                    $"Файл {quoted} ссылается на внешние ресурсы в сети (шаблон, рисунок или объект по адресу в интернете или локальной сети), "
                    + "которые загрузились бы у проверяющего при открытии. Сохраните документ без внешних связей и загрузите снова.");
            switch (package.Kind)
            {
                case OfficeKind.Word: return (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case OfficeKind.Excel: return (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case OfficeKind.OpenDocument when IsOdt(content): return (".odt", "application/vnd.oasis.opendocument.text");
            }
        }
        if (FileSignature.Detect(head) == FileKind.Executable)
            throw new UploadRefusedException($"Файл {quoted} — программа, а не документ. Допускаются: {Accepted}.");
        throw new UploadRefusedException(
            $"Файл {quoted} не является документом допустимого вида (по содержимому, а не по расширению). Допускаются: {Accepted}.");
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The kind a signature names, when the rest of the file is one too; else refused as damaged.</summary>
    private static (string, string) Whole(bool whole, string kind, string quoted, (string Extension, string ContentType) proved) => whole
        ? proved
        : throw new UploadRefusedException(
            $"Файл {quoted} повреждён или обрезан: он начинается как {kind}, но это не целый файл {kind}. Сохраните его заново и загрузите снова.");

    // A signature alone is three to eight bytes («FF D8 FF» was accepted as a photo): each kind must also carry what
    // every reader needs. A PDF ends with «%%EOF» (ISO 32000-1 §7.5.5; readers look for it within the last 1,024
    // bytes, as here, so a few bytes after it still count).
    private static bool IsWholePdf(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - 1024)..].IndexOf("%%EOF"u8) >= 0;

    // A PNG's first chunk is its 13-byte header IHDR with a 4-byte checksum (PNG specification §5.2, §11.2.2).
    private static bool IsWholePng(ReadOnlySpan<byte> content) =>
        content.Length >= 8 + 4 + 4 + 13 + 4 && content[8..16].SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

    // A JPEG ends its image with the EOI marker FF D9 (ITU-T T.81 §B.2.1). Cameras and editors may keep data after
    // it (a second image, a video), so it is looked for anywhere after the start marker, not only at the end.
    private static bool IsWholeJpeg(ReadOnlySpan<byte> content) =>
        content[2..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;

    // An OpenDocument package starts with an uncompressed «mimetype» entry naming the document kind;
    // spreadsheets and presentations (.ods, .odp) are not accepted kinds (docs/design.md#65-evidence).
    private static bool IsOdt(byte[] content)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(content, writable: false));
        var entry = archive.GetEntry("mimetype");
        if (entry is null || entry.Length > 100) return false;
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text";
    }
}
