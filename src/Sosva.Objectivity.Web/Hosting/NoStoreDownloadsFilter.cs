using Microsoft.AspNetCore.Mvc.Filters;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Every file the portal sends (evidence, exports, the audit log) is personal or official data: no browser,
/// proxy or shared computer's cache may keep a copy (<c>Cache-Control: no-store</c>). One filter for every
/// page, so a new download cannot forget it.
/// </summary>
public sealed class NoStoreDownloadsFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not FileResult) return;
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
