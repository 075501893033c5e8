using System.ComponentModel.DataAnnotations;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data.Configurations;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>The header of a roadmap as typed on the create and edit pages.</summary>
public sealed class RoadmapForm : IValidatableObject
{
    [Required(ErrorMessage = "Введите название.")]
    [StringLength(RoadmapConfiguration.TitleLength, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Название")]
    public string Title { get; set; } = "";

    [Display(Name = "Уровень")]
    public RoadmapLevel Level { get; set; } = RoadmapLevel.Municipal;

    [Display(Name = "Школа (для плана школы)")]
    public int? SchoolId { get; set; }

    [StringLength(500, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Организация-владелец")]
    public string? OwnerOrganization { get; set; }

    [StringLength(RoadmapConfiguration.OrderNumberLength, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "№ приказа")]
    public string? OrderNumber { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Дата приказа")]
    public DateOnly? OrderDate { get; set; }

    [StringLength(200, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Подписал")]
    public string? OrderSignedBy { get; set; }

    [Required(ErrorMessage = "Укажите начало периода.")]
    [DataType(DataType.Date)]
    [Display(Name = "Начало периода")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Укажите конец периода.")]
    [DataType(DataType.Date)]
    [Display(Name = "Конец периода")]
    public DateOnly? PeriodEnd { get; set; }

    [StringLength(4000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Цель")]
    public string? Goal { get; set; }

    [StringLength(8000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Задачи")]
    public string? Tasks { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodProblem(PeriodStart, PeriodEnd) is { } problem)
            yield return new ValidationResult(problem, [nameof(PeriodEnd)]);
        if (Level == RoadmapLevel.School && SchoolId is null)
            yield return new ValidationResult("Для плана школы выберите школу.", [nameof(SchoolId)]);
    }

    /// <summary>
    /// What is wrong with a roadmap's period, or null: the rule of every form that sets one (create, edit, copy,
    /// import). Its dates stay within <see cref="DisplayFormat.EarliestDate"/> … <see cref="DisplayFormat.LatestDate"/>:
    /// a period of 0001–9999 made checkpoints for ten thousand years, and a copy «a year later» of 9999 overflowed.
    /// </summary>
    public static string? PeriodProblem(DateOnly? periodStart, DateOnly? periodEnd)
    {
        if (periodStart is not { } start || periodEnd is not { } end) return null;
        if (start < DisplayFormat.EarliestDate || end > DisplayFormat.LatestDate)
            return $"Даты периода — с {DisplayFormat.Date(DisplayFormat.EarliestDate)} по {DisplayFormat.Date(DisplayFormat.LatestDate)}: проверьте даты.";
        if (end < start) return "Конец периода раньше его начала.";
        if (end > start.AddYears(10)) return "Период длиннее 10 лет: проверьте даты.";
        return null;
    }

    public static RoadmapForm From(Roadmap r) => new()
    {
        Title = r.Title, Level = r.Level, SchoolId = r.SchoolId, OwnerOrganization = r.OwnerOrganization,
        OrderNumber = r.OrderNumber, OrderDate = r.OrderDate, OrderSignedBy = r.OrderSignedBy,
        PeriodStart = r.PeriodStart, PeriodEnd = r.PeriodEnd, Goal = r.Goal, Tasks = r.Tasks,
    };

    public void ApplyTo(Roadmap r)
    {
        r.Title = Title.Trim();
        r.Level = Level;
        r.SchoolId = Level == RoadmapLevel.School ? SchoolId : null;
        r.OwnerOrganization = Blank(OwnerOrganization);
        r.OrderNumber = Blank(OrderNumber);
        r.OrderDate = OrderDate;
        r.OrderSignedBy = Blank(OrderSignedBy);
        r.PeriodStart = PeriodStart!.Value;
        r.PeriodEnd = PeriodEnd!.Value;
        r.Goal = Blank(Goal);
        r.Tasks = Blank(Tasks);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
