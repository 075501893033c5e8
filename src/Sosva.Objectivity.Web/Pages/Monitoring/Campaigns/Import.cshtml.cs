using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>
/// The campaign's xlsx template and its import: the upload is read and shown as a preview with every
/// error (row and column); only a file without errors can be confirmed, and then all of it is saved.
/// </summary>
/// <remarks>The file travels back with the confirmation (base64 in the form): the web tier keeps no state between requests.</remarks>
[Authorize(Policy = Policies.Monitoring)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = (int)MaxRequestBytes)]
public class ImportModel(AppDbContext db, InputImport import) : PageModel
{
    /// <summary>
    /// The confirmation carries the file as base64 (4/3 of the default 10 MB limit, ≈ 13.4 MB) in one field,
    /// over the 4 MB a form field may hold by default.
    /// </summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    public MonitoringCampaign Campaign { get; private set; } = null!;
    public Methodology Methodology { get; private set; } = null!;
    public ImportedInputs? Preview { get; private set; }
    public string? FileData { get; private set; }
    public string? FileName { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        var (schools, existing) = await import.TemplateDataAsync(Campaign, HttpContext.RequestAborted);
        return this.ExportFile(ExportFormat.Excel, $"Шаблон мониторинга {Campaign.Year}",
            stream => InputTemplate.Write(Methodology, Campaign.Year, schools, existing, stream));
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, IFormFile? file)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        if (!Campaign.InputsEditable) return Page();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Выберите заполненный файл шаблона (.xlsx).");
            return Page();
        }
        FileName = UploadedFile.Shown(file.FileName);
        UploadedFile upload;
        try
        {
            // Refused before it is read into memory (the reader would refuse it too, after).
            upload = await UploadedFile.ReadAsync(file, import.MaxFileBytes, UploadedFile.Quote(file.FileName), HttpContext.RequestAborted);
        }
        catch (UploadRefusedException ex)
        {
            ModelState.AddModelError("file", ex.Message);
            return Page();
        }
        return await ReadAsync(upload);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, string? fileData, string? fileName)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        if (!Campaign.InputsEditable) return Page();
        byte[] content;
        try
        {
            content = Convert.FromBase64String(fileData ?? "");
        }
        catch (FormatException)
        {
            return BadRequest();
        }
        FileName = UploadedFile.Shown(fileName);
        var result = await ReadAsync(new UploadedFile(fileName, content));
        if (Preview is not { Errors.Count: 0 }) return result;
        var written = await import.SaveAsync(id, Preview, HttpContext.RequestAborted);
        StatusMessage = $"Загружено из файла: {Preview.Rows.Count} {RussianText.Plural(Preview.Rows.Count, "школа", "школы", "школ")}, "
                        + $"{written} {RussianText.Plural(written, "значение", "значения", "значений")} показателей.";
        return RedirectToPage("/Monitoring/Campaigns/Details", new { id });
    }

    private async Task<IActionResult> ReadAsync(UploadedFile file)
    {
        try
        {
            Preview = await import.ReadAsync(file, Campaign, Methodology, HttpContext.RequestAborted);
            if (Preview.Errors.Count == 0) FileData = Convert.ToBase64String(file.Content);
        }
        catch (UploadRefusedException ex)
        {
            ModelState.AddModelError("file", ex.Message);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().Include(c => c.Methodology).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        Methodology = campaign.Methodology!.ToMethodology();
        if (!campaign.InputsEditable)
        {
            StatusMessage = null;
            ModelState.AddModelError("", "Кампания опубликована: загрузка данных закрыта. Снимите её с публикации, чтобы внести исправления.");
        }
        return null;
    }
}
