using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>Page orientation of a <see cref="PdfReport"/>.</summary>
public enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Horizontal alignment of text within its box (a paragraph's block or a table cell).</summary>
public enum PdfAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// The paper (always A4) and its margins. Margins are in millimetres and enclose everything,
/// the footer with the page numbers included.
/// </summary>
public sealed record PdfPageSetup
{
    /// <summary>PDF user space is in points: 72 to the inch.</summary>
    public const float PointsPerMm = 72f / 25.4f;

    private const float A4ShortMm = 210f;
    private const float A4LongMm = 297f;

    public static PdfPageSetup A4Portrait { get; } = new();
    public static PdfPageSetup A4Landscape { get; } = new() { Orientation = PdfOrientation.Landscape };

    public PdfOrientation Orientation { get; init; } = PdfOrientation.Portrait;

    /// <summary>Left margin; 20 mm by default (room for binding, as in official documents).</summary>
    public float MarginLeftMm { get; init; } = 20;
    public float MarginRightMm { get; init; } = 10;
    public float MarginTopMm { get; init; } = 15;
    public float MarginBottomMm { get; init; } = 12;

    internal float Width => (Orientation == PdfOrientation.Portrait ? A4ShortMm : A4LongMm) * PointsPerMm;
    internal float Height => (Orientation == PdfOrientation.Portrait ? A4LongMm : A4ShortMm) * PointsPerMm;
    internal float Left => MarginLeftMm * PointsPerMm;
    internal float Right => Width - MarginRightMm * PointsPerMm;
    internal float Top => MarginTopMm * PointsPerMm;
    internal float Bottom => Height - MarginBottomMm * PointsPerMm;
}

/// <summary>
/// How a piece of text is set. Sizes and spacing are in typographic points (1 pt = 1/72 inch ≈ 0.353 mm),
/// as in a word processor.
/// </summary>
public sealed record PdfTextStyle
{
    /// <summary>Body text of a document: 12 pt regular, left-aligned.</summary>
    public static PdfTextStyle Normal { get; } = new();

    public float Size { get; init; } = 12;
    public bool Bold { get; init; }
    public PdfAlign Align { get; init; } = PdfAlign.Left;
    public SKColor Color { get; init; } = SKColors.Black;

    /// <summary>Line height as a multiple of <see cref="Size"/> (1.15 like Word's default).</summary>
    public float LineSpacing { get; init; } = 1.15f;

    /// <summary>Space above a paragraph (dropped at the top of a page) and below it, in points.</summary>
    public float SpaceBefore { get; init; }
    public float SpaceAfter { get; init; }

    /// <summary>
    /// Width of a paragraph's block in millimetres when it is narrower than the text area (an approval
    /// stamp, «УТВЕРЖДЁН приказом …», is a block of ≈ 90 mm at the right); null: the whole width.
    /// </summary>
    public float? BlockWidthMm { get; init; }

    /// <summary>Where a narrower block stands; the text is aligned within it by <see cref="Align"/>.</summary>
    public PdfAlign BlockAlign { get; init; } = PdfAlign.Left;

    internal float LineHeight => Size * LineSpacing;
}

/// <summary>One bar of <see cref="PdfReport.AddBarChart"/>.</summary>
public sealed record PdfBar(string Label, int Value, SKColor Color);
