namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>
/// Downloads an evidence file for those who may read its report: always as an attachment (RFC 6266 name),
/// with the type its content proved, never rendered by the browser in the portal's origin.
/// </summary>
public class EvidenceModel(AppDbContext db, ReportGuard guard) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var access = await guard.CheckFileAsync(User, id, ReportOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        var file = await db.EvidenceFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.FileName, f.ContentType, f.Content!.Data }).SingleAsync(HttpContext.RequestAborted);
        // Even if a browser ignored the attachment disposition, a sandboxed response runs no script.
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return File(file.Data, file.ContentType, file.FileName);
    }
}
