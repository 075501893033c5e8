using SkiaSharp;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Exports.Pdf;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// A roadmap as a printable PDF in the layout of the source documents (seeds 000, 002): A4 landscape,
/// the approval stamp at the top right, the title and period centred, then the table of measures
/// with sections as full-width rows, the header repeated on every page and «Страница N из M».
/// </summary>
public static class RoadmapPdfExport
{
    private static readonly PdfTextStyle Stamp = new() { Size = 12, BlockWidthMm = 100, BlockAlign = PdfAlign.Right, LineSpacing = 1.1f };
    private static readonly PdfTextStyle Owner = new() { Size = 12, Align = PdfAlign.Center, SpaceAfter = 6 };
    private static readonly PdfTextStyle Heading = new() { Size = 14, Bold = true, Align = PdfAlign.Center, SpaceBefore = 14, LineSpacing = 1.1f };
    private static readonly PdfTextStyle PeriodStyle = new() { Size = 12, Align = PdfAlign.Center, SpaceBefore = 4, SpaceAfter = 12 };
    private static readonly PdfTextStyle Prose = new() { Size = 12, SpaceAfter = 6 };
    private static readonly PdfTextStyle CheckpointStyle = new() { Size = 8.5f, Color = new SKColor(0x40, 0x40, 0x40), SpaceBefore = 3, LineSpacing = 1.1f };

    /// <summary>Relative widths of the columns (of the 267 mm between the margins when all are shown).</summary>
    private static readonly Dictionary<RoadmapColumn, (float Width, PdfAlign Align)> Layout = new()
    {
        [RoadmapColumn.Number] = (6, PdfAlign.Center),
        [RoadmapColumn.Title] = (34, PdfAlign.Left),
        [RoadmapColumn.Deadline] = (14, PdfAlign.Left),
        [RoadmapColumn.Responsible] = (17, PdfAlign.Left),
        [RoadmapColumn.ExpectedResult] = (22, PdfAlign.Left),
        [RoadmapColumn.DocumentType] = (11, PdfAlign.Left),
    };

    /// <summary>Writes the roadmap to <paramref name="output"/> (left open); with <paramref name="printedOn"/>, «Дата печати» in the footer.</summary>
    /// <remarks>Writes synchronously: in a request, write to a <see cref="MemoryStream"/> first (see <see cref="PdfReport.Write"/>).</remarks>
    public static void Write(Roadmap roadmap, Stream output, DateOnly? printedOn = null) => Build(roadmap, printedOn).Write(output);

    internal static PdfReport Build(Roadmap roadmap, DateOnly? printedOn = null)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var report = new PdfReport(PdfPageSetup.A4Landscape)
        {
            Title = roadmap.Title,
            Author = RoadmapExportText.Clean(roadmap.OwnerOrganization),
        };
        if (printedOn is { } date)
            report.SetPrintedDate(date);

        var approval = RoadmapExportText.ApprovalLines(roadmap);
        if (approval is not null)
            report.AddParagraph(string.Join('\n', approval), Stamp);
        else
            report.AddParagraph(roadmap.OwnerOrganization, Owner);
        report.AddParagraph(roadmap.Title, Heading);
        report.AddParagraph("Период реализации: " + RoadmapExportText.Period(roadmap), PeriodStyle);
        if (RoadmapExportText.Clean(roadmap.Goal) is { } goal)
            report.AddParagraph("Цель: " + goal, Prose);
        if (RoadmapExportText.Clean(roadmap.Tasks) is { } tasks)
            report.AddParagraph("Задачи: " + tasks, Prose);

        var columns = RoadmapColumn.Used(roadmap);
        var table = new PdfTable(columns.Select(c => new PdfColumn(c.Header, Layout[c].Width, Layout[c].Align, RepeatWhenRowBreaks: c == RoadmapColumn.Number)));
        foreach (var section in RoadmapExportText.Sections(roadmap))
        {
            var caption = RoadmapExportText.SectionCaption(section);
            if (caption.Length > 0)
                table.AddGroupRow(caption);
            foreach (var measure in RoadmapExportText.Measures(section))
                table.AddRow(columns.Select(c => Cell(c, measure)).ToArray());
        }
        report.AddTable(table);
        return report;
    }

    private static PdfCell Cell(RoadmapColumn column, Measure measure)
    {
        if (column == RoadmapColumn.Number)
            return PdfCell.Of(measure.Number);
        if (column == RoadmapColumn.Title)
            return PdfCell.Of(measure.Title);
        if (column == RoadmapColumn.Deadline)
            // The deadline as written, and under it the dates the portal expects reports on.
            return PdfCell.Of(measure.DeadlineText).Add(RoadmapExportText.CheckpointList(measure), CheckpointStyle);
        if (column == RoadmapColumn.Responsible)
            return PdfCell.Of(measure.ResponsibleText);
        if (column == RoadmapColumn.ExpectedResult)
            return PdfCell.Of(measure.ExpectedResult);
        return PdfCell.Of(measure.DocumentType);
    }
}
