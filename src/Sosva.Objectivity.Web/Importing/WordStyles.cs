using DocumentFormat.OpenXml.Wordprocessing;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// Whether text is bold: a run's own «b», else its character style's, else its paragraph style's,
/// else the document defaults' — each style with the styles it is based on.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxBasedOnChain = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly bool _defaultBold;

    public WordStyles(Styles? styles)
    {
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
                _styles.TryAdd(id, style);
        }

        _defaultBold = IsOn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Bold) ?? false;
    }

    /// <summary>Bold as a paragraph's style makes its runs.</summary>
    public bool IsBold(Paragraph paragraph) =>
        StyleBold(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value) ?? _defaultBold;

    public bool IsBold(Run run, bool paragraphBold)
    {
        var properties = run.RunProperties;
        return IsOn(properties?.Bold) ?? StyleBold(properties?.RunStyle?.Val?.Value) ?? paragraphBold;
    }

    private bool? StyleBold(string? styleId)
    {
        for (var i = 0; styleId is not null && i < MaxBasedOnChain && _styles.TryGetValue(styleId, out var style); i++)
        {
            if (IsOn(style.StyleRunProperties?.Bold) is { } bold)
                return bold;
            styleId = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    // «<w:b/>» is on; «<w:b w:val="0"/>» or «false» is off.
    private static bool? IsOn(Bold? bold) => bold is null ? null : bold.Val is null || bold.Val.Value;
}
