using System.Text;

namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// The text of a text file: UTF-8 (with or without a BOM), UTF-16 with a BOM (Word's «Unicode text»),
/// or else Windows-1251, the code page of Russian Windows and of Notepad's «ANSI».
/// </summary>
internal static class TextContent
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextContent() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes; null when they are not text (NUL bytes, many control characters).</summary>
    public static string? Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return CheckText(Encoding.Unicode.GetString(content[2..]));
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return CheckText(Encoding.BigEndianUnicode.GetString(content[2..]));
        if (LooksBinary(content))
            return null;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(content[3..]);

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: a Russian text saved as «ANSI» is Windows-1251.
            return Encoding.GetEncoding(1251).GetString(content);
        }
    }

    /// <summary>
    /// True for bytes that are no text: any NUL, or control characters other than tab, line breaks
    /// and form feed in more than one byte of a hundred (a few strays in a long text are forgiven).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
            return true;
        var controls = 0;
        foreach (var b in content)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r' or 0x1A) || b == 0x7F)
                controls++;
        }

        return controls > 8 && controls * 100L > content.Length;
    }

    private static string? CheckText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
                return null;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\v' or '\f' or '\r'))
                controls++;
        }

        return controls > 8 && controls * 100L > text.Length ? null : text;
    }
}
