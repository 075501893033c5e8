using System.ComponentModel.DataAnnotations;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>
/// The school report (docs/design.md#9-exports): a school and a period (the current academic year by
/// default) exported to Excel or PDF. Staff choose any school; a principal's is their own. The school is
/// checked per request by the report authorization handler (ReportOperations.Read), whatever the form
/// shows: another school's id is 403, an unknown one 404.
/// </summary>
public class SchoolReportModel(AppDbContext db, ReportGuard guard, DisplayFormat format,
    Microsoft.Extensions.Options.IOptions<SchoolPickerOptions> schoolPicker) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Школа")]
    public int? SchoolId { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Начало периода")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Конец периода")]
    public DateOnly? To { get; set; }

    public SchoolPicker Schools { get; private set; } = new(null, null);
    public string? OwnSchoolName { get; private set; }
    public bool IsPrincipal => User.HasPrincipalRole();

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear(); // the form opens with defaults; bad values are reported when a file is asked for
        await PrepareAsync();
        return Page();
    }

    public Task<IActionResult> OnGetExcelAsync() =>
        ExportAsync(ExportFormat.Excel, SchoolReportExcelExport.Write);

    public Task<IActionResult> OnGetPdfAsync() => ExportAsync(ExportFormat.Pdf, SchoolReportPdfExport.Write);

    private async Task<IActionResult> ExportAsync(ExportFormat exportFormat, Action<SchoolReportData, Stream> write)
    {
        var schoolId = SchoolId ?? (IsPrincipal ? Policies.SchoolIdOf(User) : null);
        if (ModelState.IsValid)
        {
            if (schoolId is null)
                ModelState.AddModelError(nameof(SchoolId), "Выберите школу.");
            if (From is { } from && To is { } to && from > to)
                ModelState.AddModelError(nameof(To), "Конец периода раньше его начала.");
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync();
            return Page();
        }

        var access = await guard.CheckSchoolAsync(User, schoolId!.Value, ReportOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);

        var (defaultFrom, defaultTo) = SchoolReportData.AcademicYear(format.Today());
        var data = await SchoolReportData.LoadAsync(db, format, schoolId.Value, From ?? defaultFrom, To ?? defaultTo, HttpContext.RequestAborted);
        if (data is null) return NotFound();
        data = data with { Links = new SchoolReportLinks($"{Request.Scheme}://{Request.Host}") };
        return this.ExportFile(exportFormat, data.FileTitle, stream => write(data, stream));
    }

    private async Task PrepareAsync()
    {
        var (from, to) = SchoolReportData.AcademicYear(format.Today());
        From ??= from;
        To ??= to;
        if (IsPrincipal)
        {
            SchoolId ??= Policies.SchoolIdOf(User);
            var own = Policies.SchoolIdOf(User);
            OwnSchoolName = await db.Schools.Where(s => s.Id == own).Select(s => s.ShortName).FirstOrDefaultAsync(HttpContext.RequestAborted);
        }
        else
        {
            Schools = await SchoolQueries.PickerAsync(db, SchoolId, schoolPicker.Value.SelectLimit);
        }
    }

}
