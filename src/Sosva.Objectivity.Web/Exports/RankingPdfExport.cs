using System.Globalization;
using SkiaSharp;
using Sosva.Objectivity.Web.Exports.Pdf;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The ranking as a printable PDF: A4 landscape, the title, the methodology, the chart of schools per
/// band, then the table (place, school, points per indicator, total, band, change) with the header
/// repeated on every page.
/// </summary>
public static class RankingPdfExport
{
    private static readonly PdfTextStyle Heading = new() { Size = 14, Bold = true, Align = PdfAlign.Center, LineSpacing = 1.1f };
    private static readonly PdfTextStyle Sub = new() { Size = 10, Align = PdfAlign.Center, SpaceBefore = 4, SpaceAfter = 6, Color = new SKColor(0x40, 0x40, 0x40) };
    private static readonly PdfTextStyle ChartTitle = new() { Size = 11, Bold = true, SpaceBefore = 6 };

    /// <remarks>Writes synchronously: in a request, write to a <see cref="MemoryStream"/> first.</remarks>
    public static void Write(RankingExport data, Stream output, DateOnly? printedOn = null) => Build(data, printedOn).Write(output);

    internal static PdfReport Build(RankingExport data, DateOnly? printedOn = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var report = new PdfReport(PdfPageSetup.A4Landscape) { Title = data.Title, Author = "Управление образования" };
        if (printedOn is { } date) report.SetPrintedDate(date);

        report.AddParagraph(data.Title, Heading);
        report.AddParagraph($"Методика «{data.Methodology.Name}», версия {data.Methodology.Version}; максимум {data.Methodology.TotalMaximum} баллов. "
                            + (data.IsPublished ? "Результаты опубликованы." : "Результаты не опубликованы.")
                            + (data.FilterNote is null ? "" : " Отбор: " + data.FilterNote + "."), Sub);
        report.AddParagraph("Число школ по уровням объективности", ChartTitle);
        report.AddBarChart([.. data.BandBars.Select(b => new PdfBar(b.Label, b.Value, SKColor.Parse(Bands.Hex(b.Tone))))]);

        var indicators = data.Methodology.Indicators;
        var columns = new List<PdfColumn> { new("Место", 5, PdfAlign.Center), new("Образовательная организация", 34) };
        columns.AddRange(indicators.Select(i => new PdfColumn(i.Code, 4, PdfAlign.Center)));
        columns.Add(new PdfColumn("Итого", 5, PdfAlign.Center));
        columns.Add(new PdfColumn("Уровень", 10, PdfAlign.Center));
        columns.Add(new PdfColumn(data.PreviousYear is { } py ? $"Изм. к {py}" : "Изм.", 6, PdfAlign.Center));
        var table = new PdfTable(columns);
        var bold = table.CellStyle with { Bold = true };
        foreach (var r in data.Rows)
        {
            var cells = new List<PdfCell> { PdfCell.Of(N(r.Rank)), PdfCell.Of(r.School) };
            cells.AddRange(indicators.Select((_, i) => PdfCell.Of(i < r.Points.Length ? N(r.Points[i]) : "")));
            cells.Add(PdfCell.Of(N(r.Total), bold));
            cells.Add(PdfCell.Of(Bands.Name(data.Methodology, r.BandCode), table.CellStyle with { Color = SKColor.Parse(Bands.Hex(Bands.Tone(data.Methodology, r.BandCode))) }));
            cells.Add(PdfCell.Of(r.Change is { } c ? (c > 0 ? "+" : "") + N(c) : "—"));
            table.AddRow([.. cells]);
        }
        report.AddTable(table);
        return report;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
