using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Data.Configurations;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>
/// Import of an existing roadmap: read (pasted text or a file), preview with warnings, and only on
/// confirmation a draft. Between the two steps the reading travels in the form, protected by Data
/// Protection, so nothing is stored and any instance can take the confirmation.
/// </summary>
[Authorize(Policy = Policies.ManageRoadmaps)]
[RequestSizeLimit(RoadmapImport.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RoadmapImport.MaxRequestBytes, ValueLengthLimit = (int)RoadmapImport.MaxRequestBytes)]
public class ImportModel(AppDbContext db, RoadmapImport import, IDataProtectionProvider protection, Hosting.DisplayFormat format) : PageModel
{
    private static readonly JsonSerializerOptions Json = new();

    [BindProperty]
    [Display(Name = "Текст таблицы")]
    public string? PastedText { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public PreviewForm Preview { get; set; } = new();

    [TempData] public string? StatusMessage { get; set; }

    public InterpretedTable? Table { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public sealed class PreviewForm
    {
        [Required(ErrorMessage = "Введите название.")]
        [StringLength(RoadmapConfiguration.TitleLength, ErrorMessage = "Не более {1} символов.")]
        [Display(Name = "Название")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Укажите начало периода.")]
        [Display(Name = "Начало периода")]
        public DateOnly? PeriodStart { get; set; }

        [Required(ErrorMessage = "Укажите конец периода.")]
        [Display(Name = "Конец периода")]
        public DateOnly? PeriodEnd { get; set; }

        [StringLength(RoadmapConfiguration.OrderNumberLength, ErrorMessage = "Не более {1} символов.")]
        [Display(Name = "№ приказа")]
        public string? OrderNumber { get; set; }

        [Display(Name = "Дата приказа")]
        public DateOnly? OrderDate { get; set; }

        /// <summary>The reading, serialised and protected.</summary>
        public string Payload { get; set; } = "";
    }

    private IDataProtector Protector => protection.CreateProtector("Sosva.Objectivity.RoadmapImport.v1");

    public void OnGet()
    {
    }

    /// <summary>Step 1: read what was given and show the preview.</summary>
    public async Task<IActionResult> OnPostReadAsync()
    {
        ModelState.Clear();
        InterpretedRoadmap read;
        try
        {
            read = await import.ReadAsync(Upload, PastedText, HttpContext.RequestAborted);
        }
        catch (UploadRefusedException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        var now = format.Today();
        Preview = new PreviewForm
        {
            Title = read.Title ?? RoadmapImport.TitleFromFileName(Upload?.FileName) ?? "Импортированная дорожная карта",
            PeriodStart = read.PeriodStart ?? new DateOnly(now.Year, 1, 1),
            PeriodEnd = read.PeriodEnd ?? new DateOnly(now.Year, 12, 31),
            OrderNumber = read.OrderNumber,
            OrderDate = read.OrderDate,
            Payload = Protector.Protect(JsonSerializer.Serialize(read.Table, Json)),
        };
        Table = read.Table;
        Warnings = read.Table.Warnings;
        return Page();
    }

    /// <summary>Step 2: the person confirmed (title and period perhaps corrected): create the draft.</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        InterpretedTable? table;
        try
        {
            table = JsonSerializer.Deserialize<InterpretedTable>(Protector.Unprotect(Preview.Payload), Json);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            table = null;
        }
        if (table is null)
        {
            ModelState.AddModelError("", "Данные предварительного просмотра повреждены или устарели. Загрузите файл ещё раз.");
            return Page();
        }
        Table = table;
        Warnings = table.Warnings;
        if (RoadmapForm.PeriodProblem(Preview.PeriodStart, Preview.PeriodEnd) is { } problem)
            ModelState.AddModelError("Preview.PeriodEnd", problem);
        if (!ModelState.IsValid) return Page();

        var roadmap = RoadmapFactory.Create(table, Preview.Title.Trim(), RoadmapLevel.Municipal, Preview.PeriodStart!.Value, Preview.PeriodEnd!.Value);
        roadmap.OrderNumber = string.IsNullOrWhiteSpace(Preview.OrderNumber) ? null : Preview.OrderNumber.Trim();
        roadmap.OrderDate = Preview.OrderDate;
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = $"Создан черновик: разделов — {roadmap.Sections.Count}, мероприятий — {roadmap.Sections.Sum(x => x.Measures.Count)}. " +
                        "Проверьте сроки и исполнителей, затем утвердите.";
        return RedirectToPage("/Roadmaps/Details", new { id = roadmap.Id });
    }

    /// <summary>The checkpoints the preview shows for a deadline within the chosen period.</summary>
    public DeadlineParseResult Parse(string? deadline) =>
        DeadlineParser.Parse(deadline, Preview.PeriodStart ?? DateOnly.MinValue, Preview.PeriodEnd ?? DateOnly.MinValue);
}
