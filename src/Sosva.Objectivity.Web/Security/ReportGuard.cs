using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Sosva.Objectivity.Web.Security;

/// <summary>Finds the school a report, an evidence file or a school's export belongs to and asks the authorization handler.</summary>
public sealed class ReportGuard(AppDbContext db, IAuthorizationService authorization)
{
    public Task<Access> CheckReportAsync(ClaimsPrincipal user, int reportId, OperationAuthorizationRequirement operation) =>
        CheckAsync(user, db.ExecutionReports.Where(r => r.Id == reportId).Select(r => (int?)r.SchoolId), operation);

    public Task<Access> CheckFileAsync(ClaimsPrincipal user, int fileId, OperationAuthorizationRequirement operation) =>
        CheckAsync(user, db.EvidenceFiles.Where(f => f.Id == fileId).Select(f => (int?)f.Report!.SchoolId), operation);

    public Task<Access> CheckSchoolAsync(ClaimsPrincipal user, int schoolId, OperationAuthorizationRequirement operation) =>
        CheckAsync(user, db.Schools.Where(s => s.Id == schoolId).Select(s => (int?)s.Id), operation);

    private async Task<Access> CheckAsync(ClaimsPrincipal user, IQueryable<int?> schoolOf, OperationAuthorizationRequirement operation)
    {
        var schoolId = await schoolOf.FirstOrDefaultAsync();
        if (schoolId is null) return Access.NotFound;
        return (await authorization.AuthorizeAsync(user, new ReportResource(schoolId.Value), operation)).Succeeded
            ? Access.Allowed
            : Access.Forbidden;
    }
}
