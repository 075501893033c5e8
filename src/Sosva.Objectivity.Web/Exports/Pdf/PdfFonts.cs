using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>
/// The typefaces every PDF is set in: Liberation Serif 2.1 regular and bold (SIL OFL 1.1, see
/// Exports/Fonts/LICENSE), loaded from the assembly's resources. System fonts are never used, so a
/// document looks the same on every server and its Cyrillic text is always embedded (Skia embeds
/// the glyphs it draws as a subset).
/// </summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("Fonts.LiberationSerif-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("Fonts.LiberationSerif-Bold.ttf"));

    /// <summary>The regular or the bold face; loaded once per process and shared (typefaces are immutable).</summary>
    public static SKTypeface Typeface(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        // The typeface keeps its own reference to the copied bytes, so the stream and this SKData
        // handle can be released here.
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
               ?? throw new InvalidOperationException($"The embedded font {resource} could not be read.");
    }
}

/// <summary>
/// The <see cref="SKFont"/> objects of one rendering, by face and size; disposed with the rendering.
/// </summary>
internal sealed class PdfFontCache : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];

    public SKFont Get(PdfTextStyle style)
    {
        var key = (style.Bold, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(PdfFonts.Typeface(style.Bold), style.Size)
            {
                // Unhinted outlines with subpixel positions: the widths measured here are the
                // widths the PDF viewer draws, so wrapped lines never run over a cell's edge.
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            _fonts.Add(key, font);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        _fonts.Clear();
    }
}
