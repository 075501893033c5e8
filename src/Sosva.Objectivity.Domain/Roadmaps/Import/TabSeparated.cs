using System.Text;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// Splits pasted text into rows of cells: a line is a row, a tab separates cells. This is what
/// Word and Excel put on the clipboard for a table, and what the seed conversions look like.
/// </summary>
public static class TabSeparated
{
    /// <summary>
    /// One row per line (\n, \r\n or \r), cells as written; a line without a tab is a one-cell row,
    /// a blank line a row with one empty cell; a final line break adds no row.
    /// </summary>
    /// <remarks>
    /// Excel puts a cell that holds a line break, a tab or a quote between quotes, doubling the
    /// quotes inside («"Январь,\nфевраль"»). Such a cell is read back as one cell. A cell that only
    /// starts with a quote («"Точка роста" …», as Word pastes it) is not quoted that way — its closing
    /// quote is not followed by a tab or a line end — and is kept as written.
    /// </remarks>
    public static IReadOnlyList<IReadOnlyList<string>> Split(string text) =>
        SplitWithLines(text).Select(row => row.Cells).ToList();

    /// <summary>As <see cref="Split"/>, with the 1-based line on which each row starts.</summary>
    internal static List<(int Line, IReadOnlyList<string> Cells)> SplitWithLines(string? text)
    {
        var rows = new List<(int Line, IReadOnlyList<string> Cells)>();
        if (string.IsNullOrEmpty(text))
            return rows;

        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        var cellStart = true;
        var afterLineBreak = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (cellStart && c == '"' && TryReadQuoted(text, i, out var quoted, out var next, out var breaks))
            {
                cell.Append(quoted);
                line += breaks;
                i = next;
                cellStart = false;
                afterLineBreak = false;
                continue;
            }

            cellStart = false;
            afterLineBreak = false;
            if (c == '\t')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                cellStart = true;
                i++;
            }
            else if (c is '\n' or '\r')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((rowLine, cells));
                cells = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                rowLine = line;
                cellStart = true;
                afterLineBreak = true;
            }
            else
            {
                cell.Append(c);
                i++;
            }
        }

        // The last line, unless the text ended with a line break.
        if (!afterLineBreak)
        {
            cells.Add(cell.ToString());
            rows.Add((rowLine, cells));
        }

        return rows;
    }

    /// <summary>
    /// Reads an Excel-quoted cell starting at <paramref name="start"/>: it must end with a single quote
    /// followed by a tab, a line break or the end of the text; otherwise it is not a quoted cell.
    /// </summary>
    private static bool TryReadQuoted(string text, int start, out string value, out int next, out int lineBreaks)
    {
        var result = new StringBuilder();
        lineBreaks = 0;
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '"')
            {
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    lineBreaks++;
                result.Append(c);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                result.Append('"');
                i++;
                continue;
            }

            if (i + 1 == text.Length || text[i + 1] is '\t' or '\n' or '\r')
            {
                value = result.ToString();
                next = i + 1;
                return true;
            }

            break;
        }

        value = "";
        next = start;
        lineBreaks = 0;
        return false;
    }
}
