namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// A file as a page received it: the name the browser gave (untrusted: it may hold folders, control and
/// bidirectional-override characters) and the bytes, read whole within the page's limit. Every upload point takes
/// its files as this; what a file is, is told by its content (<see cref="FileSignature"/>, <see cref="OfficePackage"/>),
/// never by the name (docs/decisions/007-hostile-uploads.md).
/// </summary>
public sealed record UploadedFile(string? Name, byte[] Content)
{
    public long Length => Content.LongLength;

    /// <summary>The name without folders, control or invisible format characters (<see cref="Clean"/>).</summary>
    public string CleanName => Clean(Name);

    /// <summary>The name as a page shows it (<see cref="Shown"/>).</summary>
    public string ShownName => Shown(Name);

    /// <summary>The name as refusals quote it (<see cref="Quote"/>).</summary>
    public string QuotedName => Quote(Name);

    /// <summary>The content as a read-only stream, for the libraries that read streams.</summary>
    public Stream OpenRead() => new MemoryStream(Content, writable: false);

    /// <summary>Whether the form's file input was used: a chosen empty file counts, a form sent with no file chosen has no name.</summary>
    public static bool IsChosen(IFormFile? file) => file is not null && (file.Length > 0 || !string.IsNullOrEmpty(file.FileName));

    /// <summary>
    /// Reads a file of a form, refused over <paramref name="maxBytes"/> before it is read into memory; the refusal names
    /// the file as <paramref name="quotedName"/> (see <see cref="UploadMessages.TooLarge"/>; each page quotes it as it always has).
    /// </summary>
    /// <exception cref="UploadRefusedException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<UploadedFile> ReadAsync(IFormFile file, long maxBytes, string quotedName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > maxBytes)
            throw new UploadRefusedException(UploadMessages.TooLarge(quotedName, maxBytes));
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(file.FileName, buffer.ToArray());
    }

    /// <summary>The file's name as the messages quote it, with a space before it (see <see cref="Shown"/>); empty for no name.</summary>
    public static string Quote(string? fileName)
    {
        var text = Shown(fileName);
        return text.Length == 0 ? "" : $" «{text}»";
    }

    /// <summary>The file's name as a page shows it: <see cref="Clean"/>, cut at 80 characters.</summary>
    public static string Shown(string? fileName)
    {
        var text = Clean(fileName);
        if (text.Length <= 80)
            return text;
        var keep = char.IsHighSurrogate(text[79]) ? 79 : 80; // never half a character
        return text[..keep] + "…";
    }

    /// <summary>
    /// The file's own name: without the folders a client may send (of either kind: the server's
    /// <see cref="Path.GetFileName(string)"/> keeps a Windows path whole on Linux), control characters
    /// and invisible format characters (a right-to-left override shows «invoice‮fdp.exe» as «invoiceexe.pdf»).
    /// </summary>
    public static string Clean(string? fileName)
    {
        var name = fileName ?? "";
        var cut = name.LastIndexOfAny(['/', '\\']);
        if (cut >= 0)
            name = name[(cut + 1)..];
        return Hosting.InvisibleCharacters.Remove(name).Trim();
    }
}
