using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Roadmaps;

/// <summary>Дорожная карта / план мероприятий / комплекс мер (docs/design.md#4-roadmaps).</summary>
public class Roadmap : ITracked, IVersioned
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public RoadmapLevel Level { get; set; }

    /// <summary>The school a school-level plan belongs to; null for a municipal roadmap.</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>Organisation that owns the roadmap, as written («ООА СГО «Управление образования»»).</summary>
    public string? OwnerOrganization { get; set; }

    /// <summary>Approving order: number as written («49», «534»).</summary>
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public string? OrderSignedBy { get; set; }

    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    public string? Goal { get; set; }
    public string? Tasks { get; set; }

    public RoadmapStatus Status { get; set; } = RoadmapStatus.Draft;
    public DateTimeOffset? StatusChangedAt { get; set; }
    public string? StatusChangedBy { get; set; }

    public List<Section> Sections { get; set; } = [];

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// True when the period is one academic year or several (starts 1 September, ends 31 August):
    /// month-only deadlines then follow the academic convention of docs/design.md#52-rules.
    /// </summary>
    public bool IsAcademicPeriod => PeriodStart is { Month: 9, Day: 1 } && PeriodEnd is { Month: 8, Day: 31 };

    /// <summary>The status as the UI names it.</summary>
    public static string StatusName(RoadmapStatus status) => status switch
    {
        RoadmapStatus.Approved => "утверждена",
        RoadmapStatus.Archived => "в архиве",
        _ => "черновик",
    };

    /// <summary>
    /// Draft → approved (docs/design.md#42-status). A roadmap without measures cannot be approved; the caller
    /// says whether it has any, so that approving never has to load every measure of a long plan.
    /// </summary>
    public TransitionResult Approve(bool hasMeasures, DateTimeOffset now, string? by)
    {
        if (Status != RoadmapStatus.Draft) return AlreadyIn();
        if (!hasMeasures) return TransitionResult.Refused("Нельзя утвердить дорожную карту без мероприятий.");
        return MoveTo(RoadmapStatus.Approved, now, by);
    }

    /// <summary>Approved → archived.</summary>
    public TransitionResult Archive(DateTimeOffset now, string? by) =>
        Status == RoadmapStatus.Approved ? MoveTo(RoadmapStatus.Archived, now, by) : AlreadyIn();

    /// <summary>Approved or archived → draft (restoring an archived roadmap goes through the draft too).</summary>
    public TransitionResult ReturnToDraft(DateTimeOffset now, string? by) =>
        Status is RoadmapStatus.Approved or RoadmapStatus.Archived ? MoveTo(RoadmapStatus.Draft, now, by) : AlreadyIn();

    /// <summary>The status change a form asks for by its target status.</summary>
    public TransitionResult ChangeStatus(RoadmapStatus target, bool hasMeasures, DateTimeOffset now, string? by) => target switch
    {
        RoadmapStatus.Approved => Approve(hasMeasures, now, by),
        RoadmapStatus.Archived => Archive(now, by),
        RoadmapStatus.Draft => ReturnToDraft(now, by),
        _ => AlreadyIn(),
    };

    // Any move the status diagram does not have reads as a repeated click: the roadmap is already where it is.
    private TransitionResult AlreadyIn() =>
        TransitionResult.Refused($"Дорожная карта уже в статусе «{StatusName(Status)}».");

    private TransitionResult MoveTo(RoadmapStatus status, DateTimeOffset now, string? by)
    {
        Status = status;
        StatusChangedAt = now;
        StatusChangedBy = by;
        return TransitionResult.Done;
    }
}

/// <summary>Раздел / направление of a roadmap.</summary>
public class Section : ITracked, IVersioned
{
    public int Id { get; set; }
    public int RoadmapId { get; set; }
    public Roadmap? Roadmap { get; set; }

    /// <summary>Order within the roadmap, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Number as written: «1.», «I.», or null for an unnumbered section.</summary>
    public string? Number { get; set; }
    public string Title { get; set; } = "";

    public List<Measure> Measures { get; set; } = [];

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>
/// Мероприятие: keeps every text exactly as written and adds structure
/// (checkpoints, executing schools, whether a report is required).
/// </summary>
public class Measure : ITracked, IVersioned
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }

    /// <summary>Order within the section, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Number as written: «1.1.», «3», or null.</summary>
    public string? Number { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Сроки as written.</summary>
    public string? DeadlineText { get; set; }
    public DeadlineKind DeadlineKind { get; set; }

    /// <summary>A relative limit kept from event-driven deadlines («не позднее 14 дней»).</summary>
    public string? DeadlineNote { get; set; }

    public string? ExpectedResult { get; set; }

    /// <summary>Ответственные (исполнители) as written.</summary>
    public string? ResponsibleText { get; set; }

    /// <summary>Вид документа as written (Приказ, справка, …).</summary>
    public string? DocumentType { get; set; }

    public ExecutionScope ExecutionScope { get; set; }

    /// <summary>Year of the bias list whose schools execute the measure (with <see cref="ExecutionScope.BiasList"/>).</summary>
    public int? BiasListYear { get; set; }

    public bool ReportRequired { get; set; }

    public List<Checkpoint> Checkpoints { get; set; } = [];

    /// <summary>The chosen schools (with <see cref="ExecutionScope.ChosenSchools"/>).</summary>
    public List<MeasureSchool> AssignedSchools { get; set; } = [];

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// Who executes the measure and whether schools report on it — the one rule for the importer, the copy and the
    /// editor: a measure only the department executes asks no reports; the list's year goes only with
    /// <see cref="ExecutionScope.BiasList"/>, chosen schools only with <see cref="ExecutionScope.ChosenSchools"/>.
    /// Chosen schools change by difference, so a school that stays keeps its row.
    /// </summary>
    public void SetExecution(ExecutionScope scope, int? biasListYear, bool reportRequired, IEnumerable<int> chosenSchoolIds)
    {
        ArgumentNullException.ThrowIfNull(chosenSchoolIds);
        ExecutionScope = scope;
        BiasListYear = scope == ExecutionScope.BiasList ? biasListYear : null;
        ReportRequired = reportRequired && scope != ExecutionScope.DepartmentOnly;
        var schools = scope == ExecutionScope.ChosenSchools ? chosenSchoolIds.Distinct().ToList() : [];
        AssignedSchools.RemoveAll(a => !schools.Contains(a.SchoolId));
        foreach (var schoolId in schools.Where(id => AssignedSchools.All(a => a.SchoolId != id)))
            AssignedSchools.Add(new MeasureSchool { SchoolId = schoolId });
    }

    /// <summary>A school's own plan is executed by the school itself: nothing to assign.</summary>
    public static ExecutionScope ScopeIn(RoadmapLevel level, ExecutionScope wanted) =>
        level == RoadmapLevel.School ? ExecutionScope.DepartmentOnly : wanted;
}

/// <summary>Контрольный срок: one due date of a measure.</summary>
public class Checkpoint
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>Set by hand by a specialist rather than parsed from the deadline text.</summary>
    public bool IsManual { get; set; }
}

/// <summary>A school chosen to execute a measure.</summary>
public class MeasureSchool
{
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
}
