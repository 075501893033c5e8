using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>
/// One execution report: the principal fills it in with evidence and submits; a specialist accepts or
/// returns it; everyone allowed to read it sees its history with what was submitted each time.
/// </summary>
[RequestSizeLimit(EvidenceOptions.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceOptions.MaxRequestBytes)]
public class DetailsModel(AppDbContext db, ReportGuard guard, ReportWorkflow workflow, DisplayFormat format,
    IOptions<EvidenceOptions> evidence, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public ReportForm Input { get; set; } = new();
    [BindProperty] public ReviewForm Review { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public ReportView Report { get; private set; } = null!;
    public bool CanFill { get; private set; }
    public bool CanReview { get; private set; }

    /// <summary>Someone else saved the report meanwhile: the page shows what is stored next to what was typed.</summary>
    public bool Conflict { get; private set; }
    public DateOnly Today { get; private set; }
    public long MaxFileBytes => evidence.Value.MaxFileBytes;
    public int MaxFiles => evidence.Value.MaxFilesPerReport;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var refused = await LoadAsync(id, ReportOperations.Read);
        if (refused is not null) return refused;
        Input = new ReportForm
        {
            Status = Report.Status, Text = Report.Text, LinksText = string.Join('\n', Report.Links), Version = Report.Version,
        };
        Review = new ReviewForm { Version = Report.Version };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, List<IFormFile>? files) => SaveAsync(id, files ?? [], submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int id, List<IFormFile>? files) => SaveAsync(id, files ?? [], submit: true);

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId)
    {
        var access = await guard.CheckReportAsync(User, id, ReportOperations.Fill);
        if (access != Access.Allowed) return this.Refuse(access);
        var report = (await workflow.LoadAsync(id, HttpContext.RequestAborted))!;
        var outcome = await workflow.RemoveFileAsync(report, fileId, Input.Version, HttpContext.RequestAborted);
        return await AfterAsync(id, outcome, "Файл убран из отчёта.");
    }

    public Task<IActionResult> OnPostAcceptAsync(int id) => ReviewAsync(id, accept: true);

    public Task<IActionResult> OnPostReturnAsync(int id) => ReviewAsync(id, accept: false);

    private async Task<IActionResult> SaveAsync(int id, List<IFormFile> files, bool submit)
    {
        var access = await guard.CheckReportAsync(User, id, ReportOperations.Fill);
        if (access != Access.Allowed) return this.Refuse(access);
        if (!ModelState.IsValid) return await RedisplayAsync(id);
        var uploads = new List<UploadedFile>();
        foreach (var file in files.Where(UploadedFile.IsChosen))
        {
            try
            {
                // A file over the limit is refused before it is read into memory.
                uploads.Add(await UploadedFile.ReadAsync(file, MaxFileBytes, $" «{file.FileName}»", HttpContext.RequestAborted));
            }
            catch (UploadRefusedException e)
            {
                ModelState.AddModelError("Files", e.Message);
            }
        }
        if (!ModelState.IsValid) return await RedisplayAsync(id);
        var report = (await workflow.LoadAsync(id, HttpContext.RequestAborted))!;
        var outcome = await workflow.SaveAsync(report, Input.Status, Input.Text, Input.LinksText, Input.Version, uploads, submit, HttpContext.RequestAborted);
        var done = submit ? "Отчёт отправлен на проверку." : "Черновик сохранён" + (uploads.Count > 0 ? $", файлов добавлено: {uploads.Count}." : ".");
        return await AfterAsync(id, outcome, done);
    }

    private async Task<IActionResult> ReviewAsync(int id, bool accept)
    {
        var access = await guard.CheckReportAsync(User, id, ReportOperations.Review);
        if (access != Access.Allowed) return this.Refuse(access);
        if (!ModelState.IsValid) return await RedisplayAsync(id);
        var report = (await workflow.LoadAsync(id, HttpContext.RequestAborted))!;
        var outcome = await workflow.ReviewAsync(report, accept, Review.Comment, Review.Version, HttpContext.RequestAborted);
        return await AfterAsync(id, outcome, accept ? "Отчёт принят." : "Отчёт возвращён на доработку с комментарием.");
    }

    private async Task<IActionResult> AfterAsync(int id, ReportWorkflow.Outcome outcome, string done)
    {
        if (outcome.Succeeded)
        {
            StatusMessage = done;
            return RedirectToPage(new { id });
        }
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError(field, message);
        Conflict = outcome.Errors.Any(e => e.Value == ReportWorkflow.ConflictMessage);
        return await RedisplayAsync(id);
    }

    /// <summary>The page again with what the person typed (files must be chosen again: browsers do not keep them).</summary>
    private async Task<IActionResult> RedisplayAsync(int id)
    {
        var refused = await LoadAsync(id, ReportOperations.Read);
        if (refused is not null) return refused;
        if (ModelState.ContainsKey("Files") || Request.Form.Files.Count > 0)
            ModelState.AddModelError("Files", "Выбранные файлы не сохранены: выберите их снова.");
        // A conflict shows the current state; the typed text stays in the form for copying.
        Input.Version = Report.Version;
        Review.Version = Report.Version;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Review.Version");
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation)
    {
        var access = await guard.CheckReportAsync(User, id, operation);
        if (access != Access.Allowed) return this.Refuse(access);
        Report = (await ReportView.LoadAsync(db, id, HttpContext.RequestAborted))!;
        var resource = new ReportResource(Report.SchoolId);
        CanFill = (await authorization.AuthorizeAsync(User, resource, ReportOperations.Fill)).Succeeded;
        CanReview = (await authorization.AuthorizeAsync(User, resource, ReportOperations.Review)).Succeeded;
        Today = format.Today();
        return null;
    }
}
