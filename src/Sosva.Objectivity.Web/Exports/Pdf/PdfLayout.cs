using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>What a report is made of, in order.</summary>
internal abstract record PdfBlock;
internal sealed record PdfParagraphBlock(string Text, PdfTextStyle Style) : PdfBlock;
internal sealed record PdfSpaceBlock(float Points) : PdfBlock;
internal sealed record PdfPageBreakBlock : PdfBlock;
internal sealed record PdfTableBlock(PdfTable Table) : PdfBlock;
internal sealed record PdfSignatureBlock(string Position, string Name, PdfTextStyle Style) : PdfBlock;
internal sealed record PdfBarChartBlock(IReadOnlyList<PdfBar> Bars, PdfTextStyle Style) : PdfBlock;

/// <summary>A drawing operation on a laid-out page, in points from the page's top-left corner.</summary>
internal abstract record PdfOp;

/// <summary>One line of text: its box (<paramref name="Top"/>, <paramref name="Height"/>, <paramref name="Width"/>) and baseline.</summary>
internal sealed record PdfTextOp(string Text, PdfTextStyle Style, float X, float Top, float Width, float Height, float Baseline) : PdfOp;
internal sealed record PdfLineOp(float X1, float Y1, float X2, float Y2, float Width) : PdfOp;
internal sealed record PdfFillOp(SKRect Rect, SKColor Color) : PdfOp;

internal sealed class PdfPage
{
    public List<PdfOp> Ops { get; } = [];
}

/// <summary>
/// Lays the blocks out on pages: all measuring happens here, so the page count is known before
/// anything is drawn (the footer's «Страница N из M» needs it).
/// </summary>
internal sealed class PdfLayout(PdfPageSetup setup, PdfFontCache fonts, float footerHeight)
{
    /// <summary>Rows up to this share of a page's body are kept whole (moved to the next page); taller ones break.</summary>
    private const float KeepTogetherShare = 1f / 3f;

    /// <summary>The fewest lines of a cell a broken row leaves at the bottom of a page.</summary>
    private const int MinLinesPerBrokenPart = 2;

    private readonly List<PdfPage> _pages = [];
    private PdfPage _page = null!;
    private float _y;

    private float BodyTop => setup.Top;
    private float BodyBottom => setup.Bottom - footerHeight;
    private float Left => setup.Left;
    private float Width => setup.Right - setup.Left;
    private bool AtPageTop => _y <= BodyTop + 0.01f;

    public List<PdfPage> Run(IEnumerable<PdfBlock> blocks)
    {
        NewPage();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PdfParagraphBlock p:
                    Paragraph(p.Text, p.Style);
                    break;
                case PdfSpaceBlock s:
                    if (!AtPageTop)
                        _y = Math.Min(_y + s.Points, BodyBottom);
                    break;
                case PdfPageBreakBlock:
                    if (!AtPageTop)
                        NewPage();
                    break;
                case PdfTableBlock t:
                    Table(t.Table);
                    break;
                case PdfSignatureBlock s:
                    Signature(s);
                    break;
                case PdfBarChartBlock c:
                    BarChart(c);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }
        return _pages;
    }

    private void NewPage()
    {
        _page = new PdfPage();
        _pages.Add(_page);
        _y = BodyTop;
    }

    private void Paragraph(string text, PdfTextStyle style)
    {
        var (blockX, blockWidth) = Block(style);
        var font = fonts.Get(style);
        if (!AtPageTop)
            _y += style.SpaceBefore;
        foreach (var (line, width) in PdfText.Wrap(text, font, blockWidth))
        {
            if (_y + style.LineHeight > BodyBottom + 0.01f)
                NewPage();
            AddText(line, width, style, Aligned(blockX, blockWidth, width, style.Align), _y);
            _y += style.LineHeight;
        }
        _y = Math.Min(_y + style.SpaceAfter, BodyBottom);
    }

    private (float X, float Width) Block(PdfTextStyle style)
    {
        if (style.BlockWidthMm is not { } mm)
            return (Left, Width);
        var width = Math.Min(Width, mm * PdfPageSetup.PointsPerMm);
        return (Aligned(Left, Width, width, style.BlockAlign), width);
    }

    private static float Aligned(float x, float boxWidth, float width, PdfAlign align) => align switch
    {
        PdfAlign.Center => x + (boxWidth - width) / 2,
        PdfAlign.Right => x + boxWidth - width,
        _ => x,
    };

    private void AddText(string text, float width, PdfTextStyle style, float x, float top)
    {
        if (text.Length == 0)
            return;
        fonts.Get(style).GetFontMetrics(out var metrics);
        // Centre the glyphs' ascent + descent in the line's height.
        var baseline = top + (style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
        _page.Ops.Add(new PdfTextOp(text, style, x, top, width, style.LineHeight, baseline));
    }

    /// <summary>Horizontal bars, one line each: the label at the left, the bar, its value; kept on one page.</summary>
    private void BarChart(PdfBarChartBlock block)
    {
        var style = block.Style;
        var rowHeight = style.LineHeight + 6;
        var height = block.Bars.Count * rowHeight;
        if (_y + style.SpaceBefore + height > BodyBottom && !AtPageTop)
            NewPage();
        if (!AtPageTop)
            _y += style.SpaceBefore;
        var font = fonts.Get(style);
        var labelWidth = Width * 0.32f;
        var barSpace = Width * 0.5f;
        var max = Math.Max(1, block.Bars.Count == 0 ? 1 : block.Bars.Max(b => b.Value));
        foreach (var bar in block.Bars)
        {
            var label = PdfText.Wrap(bar.Label, font, labelWidth - 8)[0];
            AddText(label.Text, label.Width, style, Left + labelWidth - 8 - label.Width, _y + 3);
            var width = barSpace * Math.Max(0, bar.Value) / max;
            if (bar.Value > 0)
                _page.Ops.Add(new PdfFillOp(SKRect.Create(Left + labelWidth, _y + 3, Math.Max(width, 1.5f), rowHeight - 6), bar.Color));
            var value = bar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AddText(value, font.MeasureText(value), style, Left + labelWidth + width + 4, _y + 3);
            _y += rowHeight;
        }
        _y = Math.Min(_y + style.SpaceAfter, BodyBottom);
    }

    private void Signature(PdfSignatureBlock block)
    {
        // «Начальник управления ____________ С.А. Куракова»: the position wraps in the left half,
        // the line and the name stand on its last line.
        var style = block.Style;
        var font = fonts.Get(style);
        var lines = PdfText.Wrap(block.Position, font, Width * 0.45f);
        if (lines.Count == 0)
            lines.Add(("", 0));
        var height = lines.Count * style.LineHeight + style.SpaceBefore;
        if (_y + height > BodyBottom && !AtPageTop)
            NewPage();
        if (!AtPageTop)
            _y += style.SpaceBefore;
        foreach (var (line, width) in lines)
        {
            AddText(line, width, style, Left, _y);
            _y += style.LineHeight;
        }
        var lastTop = _y - style.LineHeight;
        var nameWidth = Math.Min(font.MeasureText(block.Name), Width * 0.3f);
        var underline = lastTop + style.LineHeight - style.Size * 0.2f;
        _page.Ops.Add(new PdfLineOp(Left + Width * 0.5f, underline, Left + Width * 0.68f, underline, 0.5f));
        AddText(block.Name, nameWidth, style, Left + Width - nameWidth, lastTop);
        _y = Math.Min(_y + style.SpaceAfter, BodyBottom);
    }

    // ---- Tables -------------------------------------------------------------------------------

    /// <summary>A line of a laid-out cell; <see cref="Gap"/> is the paragraph spacing above it.</summary>
    private sealed record CellLine(string Text, float Width, PdfTextStyle Style, PdfAlign Align, float Gap);

    /// <summary>A row ready to place: its cells' x, width and lines (a group row has one cell).</summary>
    private sealed record LaidRow(bool IsGroup, bool IsHeader, (float X, float Width, List<CellLine> Lines)[] Cells);

    private void Table(PdfTable table)
    {
        var total = table.Columns.Sum(c => c.RelativeWidth);
        var xs = new float[table.Columns.Count + 1];
        xs[0] = Left;
        for (var i = 0; i < table.Columns.Count; i++)
            xs[i + 1] = xs[i] + Width * table.Columns[i].RelativeWidth / total;
        xs[^1] = Left + Width;

        var header = new LaidRow(false, true, table.Columns
            .Select((c, i) => (xs[i], xs[i + 1] - xs[i], CellLines(table, [(c.Header, null)], table.HeaderStyle, PdfAlign.Center, xs[i + 1] - xs[i])))
            .ToArray());
        var headerHeight = RowHeight(table, header);
        var rows = table.Rows.Select(r => Lay(table, xs, r)).ToList();
        var body = BodyBottom - BodyTop - (table.RepeatHeader ? headerHeight : 0);

        var rowsOnPage = 0;
        void StartPage(bool first)
        {
            if (!first)
                NewPage();
            if (first || table.RepeatHeader)
            {
                PlaceRow(table, header, headerHeight);
            }
            rowsOnPage = 0;
        }

        // The header and the first row (or its first lines) start on the same page.
        var firstNeed = headerHeight + (rows.Count > 0 ? MinStart(table, rows[0], body) : 0);
        if (_y + firstNeed > BodyBottom && !AtPageTop)
            NewPage();
        StartPage(first: true);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsGroup && rowsOnPage > 0 && i + 1 < rows.Count)
            {
                // A section heading stays with (the start of) its first measure.
                var need = RowHeight(table, row) + MinStart(table, rows[i + 1], body);
                if (_y + need > BodyBottom)
                    StartPage(first: false);
            }

            while (true)
            {
                var height = RowHeight(table, row);
                if (_y + height <= BodyBottom + 0.01f)
                {
                    PlaceRow(table, row, height);
                    rowsOnPage++;
                    break;
                }

                var tall = height > body * KeepTogetherShare;
                if (!tall && rowsOnPage > 0)
                {
                    StartPage(first: false);
                    continue;
                }

                var (part, rest) = Split(table, row, BodyBottom - _y, minLines: rowsOnPage > 0 ? MinLinesPerBrokenPart : 1);
                if (part is null && rowsOnPage == 0)
                {
                    // Not even one line fits on an empty page (a line taller than the page): place one
                    // line of every cell anyway rather than loop.
                    (part, rest) = Split(table, row, float.MaxValue, minLines: 1, oneLine: true);
                }
                if (part is null)
                {
                    StartPage(first: false);
                    continue;
                }
                PlaceRow(table, part, RowHeight(table, part));
                rowsOnPage++;
                row = rest!;
                StartPage(first: false);
            }
        }
        _y = Math.Min(_y + table.SpaceAfter, BodyBottom);
    }

    private LaidRow Lay(PdfTable table, float[] xs, PdfTableRow row)
    {
        if (row.IsGroup)
        {
            var width = xs[^1] - xs[0];
            return new LaidRow(true, false, [(xs[0], width, CellLines(table, row.Cells[0].Paragraphs, table.GroupStyle, PdfAlign.Left, width))]);
        }

        var cells = new (float, float, List<CellLine>)[table.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var width = xs[i + 1] - xs[i];
            var paragraphs = i < row.Cells.Count ? row.Cells[i].Paragraphs : [];
            cells[i] = (xs[i], width, CellLines(table, paragraphs, table.CellStyle, table.Columns[i].Align, width));
        }
        return new LaidRow(false, false, cells);
    }

    private List<CellLine> CellLines(PdfTable table, IReadOnlyList<(string Text, PdfTextStyle? Style)> paragraphs, PdfTextStyle defaultStyle, PdfAlign defaultAlign, float cellWidth)
    {
        var lines = new List<CellLine>();
        var innerWidth = Math.Max(1f, cellWidth - 2 * table.CellPadding);
        foreach (var (text, explicitStyle) in paragraphs)
        {
            var style = explicitStyle ?? defaultStyle;
            var align = explicitStyle?.Align ?? defaultAlign;
            var gap = lines.Count > 0 ? style.SpaceBefore : 0;
            foreach (var (line, width) in PdfText.Wrap(text, fonts.Get(style), innerWidth))
            {
                lines.Add(new CellLine(line, width, style, align, gap));
                gap = 0;
            }
        }
        return lines;
    }

    private static float ContentHeight(List<CellLine> lines) => lines.Sum(l => l.Gap + l.Style.LineHeight);

    private static float RowHeight(PdfTable table, LaidRow row)
    {
        var content = row.Cells.Max(c => ContentHeight(c.Lines));
        var empty = table.CellStyle.LineHeight; // an empty row still shows as one line
        return Math.Max(content, empty) + 2 * table.CellPadding;
    }

    /// <summary>The least height a row needs at the bottom of a page: all of it, or the first lines of a row that may break.</summary>
    private float MinStart(PdfTable table, LaidRow row, float body)
    {
        var height = RowHeight(table, row);
        if (height <= body * KeepTogetherShare)
            return height;
        var part = Split(table, row, BodyBottom - BodyTop, MinLinesPerBrokenPart, countOnly: true).Part;
        return part is null ? height : RowHeight(table, part);
    }

    /// <summary>
    /// Splits a row so that its first part fits in <paramref name="available"/> points: every cell
    /// gives the lines that fit, the rest continue on the next page. Null when fewer than
    /// <paramref name="minLines"/> lines of the fullest cell would fit.
    /// </summary>
    private static (LaidRow? Part, LaidRow? Remainder) Split(PdfTable table, LaidRow row, float available, int minLines, bool countOnly = false, bool oneLine = false)
    {
        var room = available - 2 * table.CellPadding;
        var fullest = row.Cells.MaxBy(c => ContentHeight(c.Lines)).Lines;
        if (countOnly)
            room = Math.Min(room, fullest.Take(minLines).Sum(l => l.Gap + l.Style.LineHeight) + 0.01f);

        var parts = new (float, float, List<CellLine>)[row.Cells.Length];
        var rests = new (float, float, List<CellLine>)[row.Cells.Length];
        var fullestTaken = 0;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var (x, width, lines) = row.Cells[i];
            var taken = 0;
            var used = 0f;
            while (taken < lines.Count && used + lines[taken].Gap + lines[taken].Style.LineHeight <= room + 0.01f && !(oneLine && taken == 1))
            {
                used += lines[taken].Gap + lines[taken].Style.LineHeight;
                taken++;
            }
            if (ReferenceEquals(lines, fullest))
                fullestTaken = taken;
            parts[i] = (x, width, lines.GetRange(0, taken));
            // The continuation starts at a line's top: no paragraph gap above it.
            var rest = lines.GetRange(taken, lines.Count - taken);
            if (rest.Count > 0)
                rest[0] = rest[0] with { Gap = 0 };
            else if (!row.IsGroup && table.Columns[i].RepeatWhenRowBreaks)
                rest = lines;
            rests[i] = (x, width, rest);
        }

        if (fullestTaken < Math.Min(minLines, fullest.Count) || fullestTaken == 0)
            return (null, null);
        return (row with { Cells = parts }, row with { Cells = rests });
    }

    private void PlaceRow(PdfTable table, LaidRow row, float height)
    {
        var top = _y;
        var bottom = top + height;
        var fill = row.IsHeader ? table.HeaderFill : row.IsGroup ? table.GroupFill : null;
        if (fill is { } color)
            _page.Ops.Add(new PdfFillOp(new SKRect(Left, top, Left + Width, bottom), color));

        foreach (var (x, width, lines) in row.Cells)
        {
            var y = top + table.CellPadding;
            if (row.IsHeader)
                y = top + (height - ContentHeight(lines)) / 2; // header texts are centred vertically
            var innerX = x + table.CellPadding;
            var innerWidth = width - 2 * table.CellPadding;
            foreach (var line in lines)
            {
                y += line.Gap;
                AddText(line.Text, line.Width, line.Style, Aligned(innerX, innerWidth, line.Width, line.Align), y);
                y += line.Style.LineHeight;
            }
        }

        var border = table.BorderWidth;
        _page.Ops.Add(new PdfLineOp(Left, top, Left + Width, top, border));
        _page.Ops.Add(new PdfLineOp(Left, bottom, Left + Width, bottom, border));
        _page.Ops.Add(new PdfLineOp(Left, top, Left, bottom, border));
        foreach (var (x, width, _) in row.Cells)
            _page.Ops.Add(new PdfLineOp(x + width, top, x + width, bottom, border));
        _y = bottom;
    }
}
