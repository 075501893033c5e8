using System.Globalization;
using SkiaSharp;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Exports.Pdf;
namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// The school report as a document a principal signs (docs/design.md#9-exports): A4 landscape; the school's full
/// name, «ОТЧЁТ», the period and the date centred as on an official document; per roadmap a table of its measures by
/// section with one row per checkpoint (date, execution status, what was done, evidence, review state and comment,
/// «Просрочен» in red); the totals; the objectivity section when there is one; the signature line «Руководитель ОО
/// ____ / ФИО /», the date and «М.П.». Headers repeat on every page; «Страница N из M» in the footer; fonts embedded
/// (see Exports/Pdf).
/// </summary>
public static class SchoolReportPdfExport
{
    private static readonly SKColor Grey = new(0x40, 0x40, 0x40);
    private static readonly SKColor Red = new(0xB0, 0x00, 0x20);

    private static readonly PdfTextStyle Organization = new() { Size = 12, Align = PdfAlign.Center, LineSpacing = 1.1f };
    private static readonly PdfTextStyle Heading = new() { Size = 14, Bold = true, Align = PdfAlign.Center, SpaceBefore = 12 };
    private static readonly PdfTextStyle Subheading = new() { Size = 12, Bold = true, Align = PdfAlign.Center, LineSpacing = 1.1f };
    private static readonly PdfTextStyle Centred = new() { Size = 12, Align = PdfAlign.Center, SpaceBefore = 4 };
    private static readonly PdfTextStyle RoadmapHeading = new() { Size = 12, Bold = true, SpaceBefore = 14, SpaceAfter = 2, LineSpacing = 1.1f };
    private static readonly PdfTextStyle RoadmapNote = new() { Size = 10, Color = Grey, SpaceAfter = 4 };
    private static readonly PdfTextStyle PartHeading = new() { Size = 12, Bold = true, SpaceBefore = 14, SpaceAfter = 4 };
    private static readonly PdfTextStyle Prose = new() { Size = 11, SpaceAfter = 4 };
    private static readonly PdfTextStyle Note = new() { Size = 9, Color = Grey, SpaceAfter = 4 };
    private static readonly PdfTextStyle Small = new() { Size = 8.5f, Color = Grey, SpaceBefore = 2, LineSpacing = 1.1f };
    private static readonly PdfTextStyle OverdueMark = new() { Size = 9, Bold = true, Color = Red, SpaceBefore = 2, LineSpacing = 1.1f };
    private static readonly PdfTextStyle LinkStyle = new() { Size = 9, LineSpacing = 1.1f };
    private static readonly PdfTextStyle StateStyle = new() { Size = 10, Bold = true, LineSpacing = 1.1f };
    private static readonly PdfTextStyle Signature = new() { Size = 12, SpaceBefore = 28 };
    private static readonly PdfTextStyle SignatureDate = new() { Size = 12, SpaceBefore = 14 };

    /// <summary>A bullet held to its text by a no-break space, so a long address never leaves it alone on a line.</summary>
    private const string Bullet = "•\u00A0";

    /// <summary>Relative widths of the columns (of the 267 mm between the margins).</summary>
    private static readonly PdfColumn[] Columns =
    [
        new("№", 6, PdfAlign.Center, RepeatWhenRowBreaks: true),
        new("Мероприятие", 29),
        new("Контрольный срок", 13, PdfAlign.Center),
        new("Статус исполнения", 12),
        new("Что сделано", 29),
        new("Подтверждающие документы", 21),
        new("Проверка", 17),
    ];

    /// <summary>Writes the report to <paramref name="output"/> (left open); synchronous — in a request, write to a MemoryStream.</summary>
    public static void Write(SchoolReportData data, Stream output) => Build(data).Write(output);

    internal static PdfReport Build(SchoolReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var report = new PdfReport(PdfPageSetup.A4Landscape)
        {
            Title = "Отчёт об исполнении мероприятий: " + data.School.ShortName,
            Author = data.School.FullName,
        };
        report.SetPrintedDate(data.Today);

        report.AddParagraph(Clean(data.School.FullName) ?? data.School.ShortName, Organization);
        report.AddParagraph("ОТЧЁТ", Heading);
        report.AddParagraph("об исполнении мероприятий дорожных карт по обеспечению объективности оценочных процедур", Subheading);
        report.AddParagraph($"за период с {Date(data.From)} по {Date(data.To)}", Centred);
        report.AddParagraph($"по состоянию на {Date(data.Today)}", Centred with { SpaceBefore = 0, SpaceAfter = 6 });

        if (data.Roadmaps.Count == 0)
            report.AddParagraph("Контрольных сроков по утверждённым дорожным картам в этом периоде нет.", Prose with { SpaceBefore = 12 });
        foreach (var roadmap in data.Roadmaps)
            WriteRoadmap(report, roadmap, data.Links);

        WriteTotals(report, data.Totals);
        if (data.Objectivity is { } objectivity)
            WriteObjectivity(report, objectivity);

        var principal = Clean(data.School.PrincipalName);
        report.AddSignature("Руководитель ОО", principal is null ? "/ ________________ /" : $"/ {principal} /", Signature);
        report.AddParagraph("Дата «____» ______________ 20____ г.", SignatureDate);
        report.AddParagraph("М.П.", SignatureDate);
        return report;
    }

    private static void WriteRoadmap(PdfReport report, SchoolReportRoadmap roadmap, SchoolReportLinks? links)
    {
        report.AddParagraph("Дорожная карта: " + roadmap.Title.Trim(), RoadmapHeading);
        report.AddParagraph(roadmap.Approval, RoadmapNote);
        var table = new PdfTable(Columns);
        foreach (var section in roadmap.Sections)
        {
            if (section.Caption.Length > 0)
                table.AddGroupRow(section.Caption);
            foreach (var measure in section.Measures)
                foreach (var item in measure.Items)
                    table.AddRow(Row(measure, item, links));
        }
        report.AddTable(table);
    }

    private static PdfCell[] Row(SchoolReportMeasure measure, SchoolReportItem item, SchoolReportLinks? links)
    {
        var due = PdfCell.Of(Date(item.DueDate));
        if (item.IsOverdue)
            due.Add(ReportText.Progress(item.Progress), OverdueMark);

        var evidence = PdfCell.Empty;
        foreach (var file in item.Files)
            evidence.Add($"{Bullet}{file.FileName} ({Hosting.FileSizeText.Format(file.Size)})");
        foreach (var link in item.Links)
            evidence.Add(Bullet + link, LinkStyle);
        if (item.Files.Count == 0 && item.Links.Count == 0)
            evidence.Add("—");
        if (links is not null && item.Files.Count > 0)
            evidence.Add("В портале: " + links.Report(item.ReportId), Small);

        var review = PdfCell.Of(ReportText.State(item.State), StateStyle);
        if (item.SubmittedOn is { } submitted)
            review.Add("Отправлен " + Date(submitted), Small);
        if (item.ReviewedOn is { } reviewed && item.State is ReportState.Accepted or ReportState.Returned)
            review.Add((item.State == ReportState.Accepted ? "Принят " : "Возвращён ") + Date(reviewed), Small);
        if (Clean(item.ReviewComment) is { } comment)
            review.Add("Замечание: " + comment);

        return
        [
            PdfCell.Of(measure.Number),
            PdfCell.Of(measure.Title).Add(Clean(measure.DeadlineText) is { } deadline ? "Сроки: " + deadline : null, Small),
            due,
            PdfCell.Of(item.Status is null ? "—" : ReportText.Status(item.Status)),
            PdfCell.Of(Clean(item.Text) ?? "—"),
            evidence,
            review,
        ];
    }

    private static void WriteTotals(PdfReport report, SchoolReportTotals totals)
    {
        report.AddParagraph("Итоги за период", PartHeading);
        var rows = totals.Rows;
        var table = new PdfTable(rows.Select(r => new PdfColumn(r.Label, 1, PdfAlign.Center)));
        table.AddRow(rows.Select(r => r.Count.ToString(CultureInfo.InvariantCulture)).ToArray());
        report.AddTable(table);
        report.AddParagraph("Просроченным считается отчёт, не отправленный на проверку до контрольного срока (в том числе возвращённый на доработку после срока).", Note);
    }

    /// <summary>The objectivity section (docs/design.md#7-objectivity-monitoring): summary lines, points per
    /// indicator, history, recommendations.</summary>
    private static void WriteObjectivity(PdfReport report, SchoolReportObjectivity objectivity)
    {
        report.AddParagraph(objectivity.Heading, PartHeading);
        foreach (var (label, value) in objectivity.Summary)
            report.AddParagraph($"{label}: {value}", Prose);
        if (objectivity.Indicators.Count > 0)
        {
            var indicators = new PdfTable([new("Код", 8, PdfAlign.Center), new("Показатель", 70), new("Баллы", 11, PdfAlign.Center), new("Максимум", 11, PdfAlign.Center)]);
            foreach (var i in objectivity.Indicators)
                indicators.AddRow(i.Code, i.Name, Number(i.Points), Number(i.Max));
            report.AddTable(indicators);
        }
        if (objectivity.History.Count > 0)
        {
            report.AddParagraph("Динамика по годам", Prose with { Bold = true, SpaceBefore = 6 });
            var history = new PdfTable([new("Год", 1, PdfAlign.Center), new("Сумма баллов", 1, PdfAlign.Center), new("Уровень объективности", 2, PdfAlign.Center), new("Место в рейтинге", 1, PdfAlign.Center)]);
            foreach (var y in objectivity.History)
                history.AddRow(y.Year.ToString(CultureInfo.InvariantCulture), Number(y.Total), y.Band, y.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—");
            report.AddTable(history);
        }
        if (objectivity.Recommendations.Count > 0)
        {
            report.AddParagraph("Адресные рекомендации", Prose with { Bold = true, SpaceBefore = 6 });
            foreach (var recommendation in objectivity.Recommendations)
                report.AddParagraph("• " + recommendation, Prose);
        }
    }

    internal static string Number(decimal value) => value.ToString("0.##", PdfCulture);

    private static readonly CultureInfo PdfCulture = CultureInfo.GetCultureInfo("ru-RU");

    private static string Date(DateOnly date) => RoadmapExportText.Date(date);

    private static string? Clean(string? text) => RoadmapExportText.Clean(text);
}
