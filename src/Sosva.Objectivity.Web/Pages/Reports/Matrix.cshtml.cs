using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>The execution matrix of a roadmap: measures × schools coloured by state, filters, totals, Excel.</summary>
[Authorize(Policy = Policies.Staff)]
public class MatrixModel(AppDbContext db, RoadmapGuard guard, DisplayFormat format, Microsoft.Extensions.Options.IOptions<SchoolPickerOptions> schoolPicker,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    public ExecutionMatrix Matrix { get; private set; } = null!;
    public SchoolPicker AllSchools { get; private set; } = new(null, null);
    public int? SectionId { get; private set; }
    public int? SchoolId { get; private set; }
    public ReportProgress? State { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? sectionId, int? schoolId, ReportProgress? state, int p = 1)
    {
        var refused = await LoadAsync(id, sectionId, schoolId, state, p);
        if (refused is not null) return refused;
        AllSchools = await SchoolQueries.PickerAsync(db, schoolId, schoolPicker.Value.SelectLimit);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(int id, int? sectionId, int? schoolId, ReportProgress? state)
    {
        // The Excel has every school (no page).
        var refused = await LoadAsync(id, sectionId, schoolId, state, null);
        if (refused is not null) return refused;
        return this.ExportFile(ExportFormat.Excel, "Исполнение " + Matrix.RoadmapTitle, stream => MatrixExcelExport.Write(Matrix, stream));
    }

    private async Task<IActionResult?> LoadAsync(int id, int? sectionId, int? schoolId, ReportProgress? state, int? page)
    {
        // The page is for staff (convention); the roadmap must exist and be readable.
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        (SectionId, SchoolId, State) = (sectionId, schoolId, state);
        Matrix = (await ExecutionMatrix.LoadAsync(db, id, format.Today(), sectionId, schoolId, state, page, cache, HttpContext.RequestAborted))!;
        return null;
    }

    public string PageLink(int page) =>
        Url.Page("/Reports/Matrix", new { id = Matrix.RoadmapId, sectionId = SectionId, schoolId = SchoolId, state = State, p = page })!;
}
