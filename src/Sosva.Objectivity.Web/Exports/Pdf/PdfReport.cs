using System.Globalization;
using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>
/// A printable A4 document drawn with SkiaSharp's PDF back end: paragraphs (a title block), tables
/// (<see cref="PdfTable"/>), signature lines, and a footer with «Страница N из M» and an optional text
/// («Дата печати: 01.03.2024») on every page. Fonts are embedded (<see cref="PdfFonts"/>).
/// </summary>
/// <remarks>
/// Build the document by adding blocks in order, then <see cref="Write"/> it. Layout is done in full
/// before drawing (every line is measured with the same fonts the PDF embeds), so the page count is
/// known for the footer and nothing is ever drawn outside the margins. Sizes of text are in points,
/// the page's margins in millimetres (<see cref="PdfPageSetup"/>).
/// <code>
/// var report = new PdfReport(PdfPageSetup.A4Landscape) { Title = "План мероприятий" };
/// report.AddParagraph("План мероприятий", new PdfTextStyle { Size = 14, Bold = true, Align = PdfAlign.Center });
/// var table = new PdfTable([new PdfColumn("№", 1, PdfAlign.Center), new PdfColumn("Мероприятие", 6)]);
/// table.AddGroupRow("1. Нормативно-правовое обеспечение");
/// table.AddRow("1.1.", "Разработка положения о проведении ВПР");
/// report.AddTable(table);
/// report.Write(stream);
/// </code>
/// </remarks>
public sealed class PdfReport
{
    private readonly List<PdfBlock> _blocks = [];

    public PdfReport(PdfPageSetup? pageSetup = null) => PageSetup = pageSetup ?? PdfPageSetup.A4Portrait;

    public PdfPageSetup PageSetup { get; }

    /// <summary>The document's title in its properties (what a PDF viewer shows in its title bar).</summary>
    public string? Title { get; init; }

    /// <summary>The author in the document's properties (the organisation).</summary>
    public string? Author { get; init; }

    /// <summary>
    /// The page number in the footer's right corner: {0} is the page, {1} the number of pages.
    /// Null or empty: no page numbers.
    /// </summary>
    public string? PageNumberFormat { get; init; } = "Страница {0} из {1}";

    /// <summary>Text in the footer's left corner on every page (see <see cref="SetPrintedDate"/>).</summary>
    public string? FooterText { get; set; }

    public PdfTextStyle FooterStyle { get; init; } = new() { Size = 9, Color = new SKColor(0x40, 0x40, 0x40), LineSpacing = 1.2f };

    /// <summary>Puts «Дата печати: dd.MM.yyyy» in the footer of every page.</summary>
    public PdfReport SetPrintedDate(DateOnly date)
    {
        FooterText = "Дата печати: " + date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Adds a paragraph, wrapped by words; line breaks in the text are kept. Blank text adds nothing.</summary>
    public PdfReport AddParagraph(string? text, PdfTextStyle? style = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
            _blocks.Add(new PdfParagraphBlock(text, style ?? PdfTextStyle.Normal));
        return this;
    }

    /// <summary>Adds vertical space, in points (none at the top of a page).</summary>
    public PdfReport AddSpace(float points)
    {
        _blocks.Add(new PdfSpaceBlock(points));
        return this;
    }

    /// <summary>Starts a new page (unless the current one is still empty).</summary>
    public PdfReport AddPageBreak()
    {
        _blocks.Add(new PdfPageBreakBlock());
        return this;
    }

    public PdfReport AddTable(PdfTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _blocks.Add(new PdfTableBlock(table));
        return this;
    }

    /// <summary>Adds a horizontal bar chart (e.g. schools per band): label, coloured bar and value per line.</summary>
    public PdfReport AddBarChart(IReadOnlyList<PdfBar> bars, PdfTextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count > 0)
            _blocks.Add(new PdfBarChartBlock(bars, style ?? new PdfTextStyle { Size = 10, SpaceBefore = 6, SpaceAfter = 10 }));
        return this;
    }

    /// <summary>
    /// Adds a signature line: the position at the left («Начальник управления образования»), a line
    /// to sign on and the name at the right («С.А. Куракова»).
    /// </summary>
    public PdfReport AddSignature(string position, string name, PdfTextStyle? style = null)
    {
        _blocks.Add(new PdfSignatureBlock(position ?? "", name ?? "", style ?? new PdfTextStyle { SpaceBefore = 18 }));
        return this;
    }

    /// <summary>Lays the document out and writes it as PDF to <paramref name="output"/> (left open).</summary>
    /// <remarks>
    /// Writes synchronously (Skia's stream API): in a request, write to a <see cref="MemoryStream"/>
    /// and return that, since ASP.NET Core refuses synchronous writes to the response body.
    /// </remarks>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = new PdfFontCache();
        var pages = Layout(fonts);

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = Title;
        metadata.Author = Author;
        metadata.Creator = "Sosva.Objectivity";
        metadata.Producer = "Sosva.Objectivity (SkiaSharp)";
        // Skia rounds a page's size to whole device units (SkPDFDocument::onBeginPage): at the
        // default 72 dpi A4 would become 842 × 595 pt. At 7200 dpi the unit is 0.01 pt and the
        // MediaBox is A4's 841.89 × 595.28; drawing stays vector (the canvas is scaled back to
        // points). The raster resolution only matters for effects Skia must rasterise (image
        // filters, layers), which this engine never draws.
        metadata.RasterDpi = 7200;
        using var document = SKDocument.CreatePdf(output, metadata)
                             ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        using var stroke = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var fill = new SKPaint { Style = SKPaintStyle.Fill };
        using var text = new SKPaint { IsAntialias = true };
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(PageSetup.Width, PageSetup.Height);
            foreach (var op in page.Ops)
            {
                switch (op)
                {
                    case PdfFillOp f:
                        fill.Color = f.Color;
                        canvas.DrawRect(f.Rect, fill);
                        break;
                    case PdfLineOp l:
                        stroke.StrokeWidth = l.Width;
                        canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, stroke);
                        break;
                    case PdfTextOp t:
                        text.Color = t.Style.Color;
                        canvas.DrawText(t.Text, t.X, t.Baseline, SKTextAlign.Left, fonts.Get(t.Style), text);
                        break;
                }
            }
            document.EndPage();
        }
        document.Close();
    }

    /// <summary>
    /// Lays the document out: the pages with every line of text and every rule in place, footers
    /// included. Exposed to the tests, which check that nothing leaves the margins.
    /// </summary>
    internal List<PdfPage> Layout(PdfFontCache fonts)
    {
        var footerHeight = FooterStyle.LineHeight + 6; // 6 pt between the body and the footer
        var pages = new PdfLayout(PageSetup, fonts, footerHeight).Run(_blocks);
        for (var i = 0; i < pages.Count; i++)
            AddFooter(pages[i], i + 1, pages.Count, fonts);
        return pages;
    }

    private void AddFooter(PdfPage page, int number, int count, PdfFontCache fonts)
    {
        var font = fonts.Get(FooterStyle);
        font.GetFontMetrics(out var metrics);
        var top = PageSetup.Bottom - FooterStyle.LineHeight;
        var baseline = top + (FooterStyle.LineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
        var left = PageSetup.Left;
        var width = PageSetup.Right - PageSetup.Left;

        var rightWidth = 0f;
        if (!string.IsNullOrEmpty(PageNumberFormat))
        {
            var pageText = string.Format(CultureInfo.InvariantCulture, PageNumberFormat, number, count);
            rightWidth = font.MeasureText(pageText);
            page.Ops.Add(new PdfTextOp(pageText, FooterStyle, left + width - rightWidth, top, rightWidth, FooterStyle.LineHeight, baseline));
        }
        if (!string.IsNullOrWhiteSpace(FooterText))
        {
            // One line only: cut what would run into the page number.
            var line = PdfText.Wrap(FooterText, font, Math.Max(1, width - rightWidth - 12))[0];
            page.Ops.Add(new PdfTextOp(line.Text, FooterStyle, left, top, line.Width, FooterStyle.LineHeight, baseline));
        }
    }
}
