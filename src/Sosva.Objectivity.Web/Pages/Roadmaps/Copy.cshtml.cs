using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>Next period's roadmap from this one, or a school's plan from a municipal roadmap.</summary>
[Authorize(Policy = Policies.CreateRoadmaps)]
public class CopyModel(AppDbContext db, RoadmapGuard guard) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public int Id { get; private set; }
    public string SourceTitle { get; private set; } = "";
    public List<SelectListItem> Schools { get; private set; } = [];
    public bool IsPrincipal => User.HasPrincipalRole();

    public sealed class InputModel : IValidatableObject
    {
        [Required(ErrorMessage = "Введите название.")]
        [StringLength(Data.Configurations.RoadmapConfiguration.TitleLength, ErrorMessage = "Не более {1} символов.")]
        [Display(Name = "Название новой дорожной карты")]
        public string Title { get; set; } = "";

        [Display(Name = "Что создать")]
        public RoadmapLevel Level { get; set; }

        [Display(Name = "Школа")]
        public int? SchoolId { get; set; }

        [Required(ErrorMessage = "Укажите начало периода.")]
        [Display(Name = "Начало периода")]
        public DateOnly? PeriodStart { get; set; }

        [Required(ErrorMessage = "Укажите конец периода.")]
        [Display(Name = "Конец периода")]
        public DateOnly? PeriodEnd { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (RoadmapForm.PeriodProblem(PeriodStart, PeriodEnd) is { } problem)
                yield return new ValidationResult(problem, [nameof(PeriodEnd)]);
            if (Level == RoadmapLevel.School && SchoolId is null)
                yield return new ValidationResult("Выберите школу.", [nameof(SchoolId)]);
        }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        var source = await db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        var next = !IsPrincipal;
        Input = new InputModel
        {
            Title = next ? source.Title : $"План школы: {source.Title}",
            Level = IsPrincipal ? RoadmapLevel.School : source.Level,
            SchoolId = IsPrincipal ? Policies.SchoolIdOf(User) : source.SchoolId,
            PeriodStart = next ? source.PeriodStart.AddYears(1) : source.PeriodStart,
            PeriodEnd = next ? source.PeriodEnd.AddYears(1) : source.PeriodEnd,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        if (IsPrincipal)
        {
            Input.Level = RoadmapLevel.School;
            Input.SchoolId = Policies.SchoolIdOf(User);
        }
        if (Input.Level == RoadmapLevel.School && await SchoolQueries.UnknownSchoolAsync(db, Input.SchoolId) is { } unknown)
            ModelState.AddModelError("Input.SchoolId", unknown);
        if (!ModelState.IsValid) return Page();

        var source = await db.Roadmaps.AsNoTracking().AsSplitQuery()
            .Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.Checkpoints)
            .Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.AssignedSchools)
            .SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        var copy = RoadmapCopy.Create(source, Input.Title.Trim(), Input.Level, Input.SchoolId, Input.PeriodStart!.Value, Input.PeriodEnd!.Value);
        db.Roadmaps.Add(copy);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = "Копия создана как черновик. Проверьте контрольные сроки и утвердите её.";
        return RedirectToPage("/Roadmaps/Details", new { id = copy.Id });
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Id = id;
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        SourceTitle = await db.Roadmaps.Where(r => r.Id == id).Select(r => r.Title).SingleAsync(HttpContext.RequestAborted);
        Schools = await CreateModel.SchoolItemsAsync(db);
        return null;
    }
}
