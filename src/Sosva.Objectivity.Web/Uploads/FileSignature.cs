namespace Sosva.Objectivity.Web.Uploads;

/// <summary>What a file is by its first bytes (its signature), whatever its name says.</summary>
internal enum FileKind
{
    Text = 0,
    Zip,
    OleCompound,
    Pdf,
    Rtf,
    Executable,
}

internal static class FileSignature
{
    // ZIP local file header; also an empty archive and a spanned one, which are no Office files either.
    private static readonly byte[][] ZipSignatures = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08]];

    // OLE2 compound file: .doc, .xls, and also an encrypted (password-protected) .docx/.xlsx.
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] RtfSignature = @"{\rtf"u8.ToArray();

    // Windows PE («MZ»), ELF, Mach-O (32/64-bit, both byte orders, fat binaries).
    private static readonly byte[][] Executables =
    [
        [0x4D, 0x5A], [0x7F, 0x45, 0x4C, 0x46],
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    public static FileKind Detect(ReadOnlySpan<byte> content)
    {
        foreach (var zip in ZipSignatures)
        {
            if (content.StartsWith(zip))
                return FileKind.Zip;
        }

        if (content.StartsWith(Ole))
            return FileKind.OleCompound;
        if (content.StartsWith(PdfSignature))
            return FileKind.Pdf;
        if (content.StartsWith(RtfSignature))
            return FileKind.Rtf;

        // «MZ» or «\x7FELF» could begin a text only in theory; a program also has binary bytes after it.
        foreach (var executable in Executables)
        {
            if (content.StartsWith(executable) && TextContent.LooksBinary(content))
                return FileKind.Executable;
        }

        return FileKind.Text;
    }
}
