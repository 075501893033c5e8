using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Planning;

/// <summary>Russian names of the roadmap enums, as the UI shows them.</summary>
public static class RoadmapText
{
    public static string Status(RoadmapStatus s) => Roadmap.StatusName(s);

    public static string StatusBadge(RoadmapStatus s) => s switch
    {
        RoadmapStatus.Approved => "text-bg-success",
        RoadmapStatus.Archived => "text-bg-secondary",
        _ => "text-bg-warning",
    };

    public static string Level(RoadmapLevel l) => l == RoadmapLevel.School ? "план школы" : "муниципальная";

    public static string Scope(ExecutionScope s, int? biasYear = null, int chosen = 0) => s switch
    {
        ExecutionScope.AllSchools => "все школы",
        ExecutionScope.ChosenSchools => $"выбранные школы ({chosen})",
        ExecutionScope.BiasList => $"школы из перечня Рособрнадзора {biasYear}",
        _ => "только УО",
    };

    public static string Kind(DeadlineKind k) => k switch
    {
        DeadlineKind.Dates => "даты",
        DeadlineKind.Recurring => "повторяющийся",
        DeadlineKind.Continuous => "постоянно",
        DeadlineKind.Event => "по событию",
        DeadlineKind.External => "по внешнему графику",
        _ => "не распознан",
    };

    public static string Period(DateOnly start, DateOnly end) =>
        $"{Hosting.DisplayFormat.Date(start)} – {Hosting.DisplayFormat.Date(end)}";
}
