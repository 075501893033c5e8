using System.Globalization;
using System.Net;
using System.Text;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>
/// Charts as inline SVG drawn on the server: the Content-Security-Policy allows no inline script or
/// style, and a picture needs neither. Colours come from classes in site.css (band-fill-*).
/// </summary>
public static class SvgCharts
{
    private const double Width = 640;

    /// <summary>Horizontal bars with labels at the left (schools per band).</summary>
    public static string HorizontalBars(string title, IReadOnlyList<ChartBar> bars, string testId)
    {
        // Narrower than the columns chart: it often sits in a side column, where 640 units would shrink the labels.
        const double rowHeight = 30, labelWidth = 200, width = 440;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = bars.Count * rowHeight + 4;
        var svg = Open(title, width, height, testId);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = i * rowHeight + 2;
            var w = (width - labelWidth - 40) * b.Value / max;
            Text(svg, labelWidth - 8, y + 19, b.Label, "chart-label", "end");
            Rect(svg, labelWidth, y + 4, b.Value > 0 ? Math.Max(w, 2) : 0, rowHeight - 10, "band-fill-" + b.Tone, $"{b.Label}: {b.Value}");
            Text(svg, labelWidth + w + 6, y + 19, b.Value.ToString(CultureInfo.InvariantCulture), "chart-value", null);
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Columns with labels underneath (distribution of totals, a school's history).</summary>
    public static string Columns(string title, IReadOnlyList<ChartBar> bars, string testId)
    {
        const double height = 190, bottom = 30, top = 18;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => Math.Abs(b.Value)));
        var step = (Width - 20) / Math.Max(1, bars.Count);
        var svg = Open(title, Width, height, testId);
        svg.Append(Invariant($"<line x1=\"10\" y1=\"{height - bottom}\" x2=\"{Width - 10}\" y2=\"{height - bottom}\" class=\"chart-axis\"/>"));
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = (height - bottom - top) * Math.Max(0, b.Value) / max;
            var x = 10 + i * step;
            Rect(svg, x + 3, height - bottom - h, Math.Max(1, step - 6), h, "band-fill-" + b.Tone, $"{b.Label}: {b.Value}");
            if (b.Value != 0)
                Text(svg, x + step / 2, height - bottom - h - 4, b.Value.ToString(CultureInfo.InvariantCulture), "chart-value", "middle");
            Text(svg, x + step / 2, height - bottom + 16, b.Label, "chart-label chart-label-small", "middle");
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, double width, double height, string testId) =>
        new StringBuilder().Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\" data-testid=\"{E(testId)}\"><title>{E(title)}</title>"));

    private static void Text(StringBuilder svg, double x, double y, string text, string cssClass, string? anchor) =>
        svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\"{cssClass}\"{(anchor is null ? "" : $" text-anchor=\"{anchor}\"")}>{E(text)}</text>"));

    private static void Rect(StringBuilder svg, double x, double y, double w, double h, string cssClass, string tip) =>
        svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\" class=\"{cssClass}\"><title>{E(tip)}</title></rect>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
