using SkiaSharp;

namespace Sosva.Objectivity.Web.Exports.Pdf;

/// <summary>A column of a <see cref="PdfTable"/>.</summary>
/// <param name="Header">The header text (wrapped by words when the column is narrow).</param>
/// <param name="RelativeWidth">Share of the table's width: the widths of all columns are scaled to fill the text area.</param>
/// <param name="Align">Alignment of the column's cells (the header is always centred).</param>
/// <param name="RepeatWhenRowBreaks">
/// When a row breaks across pages, its continuation repeats this column's cell (a measure's number,
/// so that the reader of the next page knows whose text goes on).
/// </param>
public sealed record PdfColumn(string Header, float RelativeWidth, PdfAlign Align = PdfAlign.Left, bool RepeatWhenRowBreaks = false);

/// <summary>
/// A cell of a <see cref="PdfTable"/>: one or more paragraphs set one under the other, each with its
/// own style or the table's <see cref="PdfTable.CellStyle"/> (aligned as its column).
/// </summary>
public sealed class PdfCell
{
    private readonly List<(string Text, PdfTextStyle? Style)> _paragraphs = [];

    /// <summary>An empty cell.</summary>
    public static PdfCell Empty => new();

    internal IReadOnlyList<(string Text, PdfTextStyle? Style)> Paragraphs => _paragraphs;

    /// <summary>A cell with one paragraph; null or blank text gives an empty cell.</summary>
    public static PdfCell Of(string? text, PdfTextStyle? style = null) => new PdfCell().Add(text, style);

    /// <summary>Adds a paragraph under the previous ones; null or blank text is skipped.</summary>
    public PdfCell Add(string? text, PdfTextStyle? style = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
            _paragraphs.Add((text, style));
        return this;
    }
}

/// <summary>
/// A table laid out over as many pages as it needs: the header row repeats at the top of every page,
/// cell text wraps by words (a word longer than its column is broken), a row that does not fit the rest
/// of a page moves to the next one — or, when it is taller than a third of a page, breaks across the
/// pages like a Word row with «allow row to break across pages» — and a group row (a section of a plan)
/// spanning every column is never left alone at the bottom of a page.
/// </summary>
public sealed class PdfTable
{
    private readonly List<PdfTableRow> _rows = [];

    public PdfTable(IEnumerable<PdfColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        if (Columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        if (Columns.Any(c => !(c.RelativeWidth > 0)))
            throw new ArgumentException("Column widths must be positive.", nameof(columns));
    }

    public IReadOnlyList<PdfColumn> Columns { get; }

    /// <summary>Style of ordinary cells; the alignment comes from the column.</summary>
    public PdfTextStyle CellStyle { get; init; } = new() { Size = 10, LineSpacing = 1.1f };

    /// <summary>Style of the header row (centred in every column).</summary>
    public PdfTextStyle HeaderStyle { get; init; } = new() { Size = 10, Bold = true, LineSpacing = 1.1f };

    /// <summary>Style of group rows (sections).</summary>
    public PdfTextStyle GroupStyle { get; init; } = new() { Size = 10, Bold = true, LineSpacing = 1.1f };

    public SKColor? HeaderFill { get; init; } = new SKColor(0xE6, 0xE6, 0xE6);
    public SKColor? GroupFill { get; init; } = new SKColor(0xF3, 0xF3, 0xF3);

    /// <summary>Space between a cell's border and its text, in points.</summary>
    public float CellPadding { get; init; } = 3f;

    /// <summary>Width of the grid lines, in points.</summary>
    public float BorderWidth { get; init; } = 0.5f;

    /// <summary>Repeat the header row at the top of every page the table runs onto (default).</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>Space below the table, in points.</summary>
    public float SpaceAfter { get; init; } = 6f;

    internal IReadOnlyList<PdfTableRow> Rows => _rows;

    /// <summary>Adds a row of plain-text cells, one per column (missing cells are empty).</summary>
    public void AddRow(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        AddRow(cells.Select(text => PdfCell.Of(text)).ToArray());
    }

    /// <summary>Adds a row, one cell per column (missing cells are empty).</summary>
    public void AddRow(params PdfCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length > Columns.Count)
            throw new ArgumentException($"The row has {cells.Length} cells, the table {Columns.Count} columns.", nameof(cells));
        _rows.Add(new PdfTableRow(IsGroup: false, [.. cells]));
    }

    /// <summary>Adds a row whose one cell spans every column (a section: «1. Нормативно-правовое обеспечение»).</summary>
    public void AddGroupRow(string text) => _rows.Add(new PdfTableRow(IsGroup: true, [PdfCell.Of(text)]));
}

internal sealed record PdfTableRow(bool IsGroup, IReadOnlyList<PdfCell> Cells);
