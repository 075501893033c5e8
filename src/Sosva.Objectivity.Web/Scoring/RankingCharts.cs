using System.Globalization;
using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>A bar of a chart: label, value and tone (band colour).</summary>
public sealed record ChartBar(string Label, int Value, string Tone);

/// <summary>The numbers behind the ranking's charts, shared by the page's SVG and the PDF.</summary>
public static class RankingCharts
{
    public const int BinWidth = 5;

    /// <summary>Schools per band, from the highest band.</summary>
    public static IReadOnlyList<ChartBar> BandBars(Methodology methodology, IEnumerable<(BandDefinition Band, int Count)> counts) =>
        [.. counts.Select(c => new ChartBar($"{c.Band.Name} ({Bands.Range(methodology, c.Band)})", c.Count, Bands.Tone(methodology, c.Band.Code)))];

    /// <summary>
    /// Schools per range of totals, five points wide (0–4 … 45–50; the top bin takes the maximum),
    /// negative totals in one bin «ниже 0». Coloured by the band of the range's lower end.
    /// </summary>
    public static IReadOnlyList<ChartBar> TotalBins(Methodology methodology, IEnumerable<(int Total, int Count)> totals)
    {
        var list = totals.ToList();
        var max = methodology.TotalMaximum;
        var lastStart = Math.Max(0, (max - 1) / BinWidth * BinWidth);
        var bars = new List<ChartBar>();
        var negative = list.Where(t => t.Total < 0).Sum(t => t.Count);
        if (negative > 0)
            bars.Add(new ChartBar("ниже 0", negative, Bands.Tone(methodology, methodology.BandFor(-1).Code)));
        for (var start = 0; start <= lastStart; start += BinWidth)
        {
            var end = start == lastStart ? max : start + BinWidth - 1;
            var s = start;
            var count = list.Where(t => t.Total >= s && (t.Total <= end || (s == lastStart && t.Total > max))).Sum(t => t.Count);
            bars.Add(new ChartBar(string.Create(CultureInfo.InvariantCulture, $"{start}–{end}"), count, Bands.Tone(methodology, methodology.BandFor(start).Code)));
        }
        return bars;
    }
}
