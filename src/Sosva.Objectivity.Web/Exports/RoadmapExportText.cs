using System.Globalization;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// What the roadmap exports (PDF and Excel) write the same way: the title block's lines, the
/// section captions, the checkpoints, and which of the optional columns a roadmap fills.
/// </summary>
internal static class RoadmapExportText
{
    public const string DateFormat = "dd.MM.yyyy";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// «УТВЕРЖДЁН приказом ООА СГО «Управление образования» от 02.03.2023 № 49», as lines; null when
    /// the roadmap has no approving order.
    /// </summary>
    public static IReadOnlyList<string>? ApprovalLines(Roadmap roadmap)
    {
        var number = Clean(roadmap.OrderNumber);
        if (number is null && roadmap.OrderDate is null)
            return null;

        var lines = new List<string> { "УТВЕРЖДЁН" };
        var owner = Clean(roadmap.OwnerOrganization);
        lines.Add(owner is null ? "приказом" : "приказом " + owner);
        var order = new List<string>();
        if (roadmap.OrderDate is { } date)
            order.Add("от " + Date(date));
        if (number is not null)
            order.Add("№ " + number.TrimStart('№', ' '));
        lines.Add(string.Join(' ', order));
        return lines;
    }

    /// <summary>«01.09.2022–31.08.2024».</summary>
    public static string Period(Roadmap roadmap) => Date(roadmap.PeriodStart) + "–" + Date(roadmap.PeriodEnd);

    /// <summary>«1. Нормативно-правовое обеспечение», «I. Анализ оценочных процедур», or the bare title.</summary>
    public static string SectionCaption(Section section)
    {
        var number = Clean(section.Number);
        var title = section.Title.Trim();
        if (number is null)
            return title;
        // A number written without its point («1») still reads as «1. …».
        if (char.IsLetterOrDigit(number[^1]))
            number += ".";
        return title.Length == 0 ? number : number + " " + title;
    }

    public static IEnumerable<Section> Sections(Roadmap roadmap) => roadmap.Sections.OrderBy(s => s.Position);

    public static IEnumerable<Measure> Measures(Section section) => section.Measures.OrderBy(m => m.Position);

    public static IReadOnlyList<DateOnly> Checkpoints(Measure measure) =>
        measure.Checkpoints.Select(c => c.DueDate).Distinct().Order().ToList();

    /// <summary>«31.10.2022, 31.10.2023»; null when there are none.</summary>
    public static string? CheckpointList(Measure measure, string separator = ", ")
    {
        var dates = Checkpoints(measure);
        return dates.Count == 0 ? null : string.Join(separator, dates.Select(Date));
    }

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The columns of a roadmap's table in the order of the source documents. Apart from the measure's
/// title, a column that no measure fills is left out (a school plan has no «Вид документа», seed 002
/// no document types either).
/// </summary>
internal sealed record RoadmapColumn(string Header, Func<Measure, bool> HasValue)
{
    public static readonly RoadmapColumn Number = new("№", m => RoadmapExportText.Clean(m.Number) is not null);
    public static readonly RoadmapColumn Title = new("Мероприятие", _ => true);
    public static readonly RoadmapColumn Deadline = new("Сроки", m => RoadmapExportText.Clean(m.DeadlineText) is not null || m.Checkpoints.Count > 0);
    public static readonly RoadmapColumn Responsible = new("Ответственные", m => RoadmapExportText.Clean(m.ResponsibleText) is not null);
    public static readonly RoadmapColumn ExpectedResult = new("Ожидаемый результат", m => RoadmapExportText.Clean(m.ExpectedResult) is not null);
    public static readonly RoadmapColumn DocumentType = new("Вид документа", m => RoadmapExportText.Clean(m.DocumentType) is not null);

    public static IReadOnlyList<RoadmapColumn> All { get; } = [Number, Title, Deadline, Responsible, ExpectedResult, DocumentType];

    /// <summary>The columns at least one measure of the roadmap fills (always the title).</summary>
    public static IReadOnlyList<RoadmapColumn> Used(Roadmap roadmap)
    {
        var measures = roadmap.Sections.SelectMany(s => s.Measures).ToList();
        return All.Where(c => c == Title || measures.Any(c.HasValue)).ToList();
    }
}
