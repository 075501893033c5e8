using System.ComponentModel.DataAnnotations;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>Adds a section to a roadmap (?roadmapId=) or edits one (/{id}).</summary>
public class SectionModel(AppDbContext db, RoadmapGuard guard) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public uint Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    public int RoadmapId { get; private set; }
    public string RoadmapTitle { get; private set; } = "";
    public int? Id { get; private set; }

    public sealed class InputModel
    {
        [StringLength(20, ErrorMessage = "Не более {1} символов.")]
        [Display(Name = "Номер (как в документе: «1.», «I.»; можно оставить пустым)")]
        public string? Number { get; set; }

        [Required(ErrorMessage = "Введите название раздела.")]
        [StringLength(2000, ErrorMessage = "Не более {1} символов.")]
        [Display(Name = "Название раздела")]
        public string Title { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? roadmapId)
    {
        var denied = await LoadAsync(id, roadmapId);
        if (denied is not null) return denied;
        if (id is not null)
        {
            var section = await db.Sections.AsNoTracking().SingleAsync(s => s.Id == id, HttpContext.RequestAborted);
            (Input.Number, Input.Title, Version) = (section.Number, section.Title, section.Version);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? roadmapId)
    {
        var denied = await LoadAsync(id, roadmapId);
        if (denied is not null) return denied;
        if (!ModelState.IsValid) return Page();

        Section section;
        if (id is null)
        {
            var position = await db.Sections.Where(s => s.RoadmapId == RoadmapId).Select(s => (int?)s.Position).MaxAsync(HttpContext.RequestAborted) ?? -1;
            section = new Section { RoadmapId = RoadmapId, Position = position + 1 };
            db.Sections.Add(section);
        }
        else
        {
            section = await db.Sections.SingleAsync(s => s.Id == id, HttpContext.RequestAborted);
            db.Entry(section).Property(s => s.Version).OriginalValue = Version;
        }
        section.Number = string.IsNullOrWhiteSpace(Input.Number) ? null : Input.Number.Trim();
        section.Title = Input.Title.Trim();
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var theirs = await e.Entries.Single().GetDatabaseValuesAsync(HttpContext.RequestAborted);
            ModelState.AddModelError("", theirs is null
                ? "Раздел удалён другим пользователем."
                : $"Раздел только что изменил пользователь {theirs["UpdatedBy"]}: теперь он называется «{theirs["Number"]} {theirs["Title"]}». " +
                  "Ваш текст остался в форме; сохраните ещё раз, чтобы записать его.");
            if (theirs is not null) Version = (uint)theirs[nameof(Version)]!;
            ModelState.Remove(nameof(Version));
            return Page();
        }
        StatusMessage = id is null ? "Раздел добавлен." : "Раздел сохранён.";
        return RedirectToPage("/Roadmaps/Details", null, new { id = RoadmapId }, $"s-{section.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int? id, int? roadmapId)
    {
        Id = id;
        var access = id is { } sectionId
            ? await guard.CheckSectionAsync(User, sectionId, RoadmapOperations.Edit)
            : roadmapId is { } rid ? await guard.CheckRoadmapAsync(User, rid, RoadmapOperations.Edit) : Access.NotFound;
        if (access != Access.Allowed) return this.Refuse(access);
        RoadmapId = id is { } sid ? await db.Sections.Where(s => s.Id == sid).Select(s => s.RoadmapId).SingleAsync(HttpContext.RequestAborted) : roadmapId!.Value;
        RoadmapTitle = await db.Roadmaps.Where(r => r.Id == RoadmapId).Select(r => r.Title).SingleAsync(HttpContext.RequestAborted);
        return null;
    }
}
