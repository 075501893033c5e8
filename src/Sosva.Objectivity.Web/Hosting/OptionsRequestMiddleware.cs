using Microsoft.AspNetCore.Diagnostics;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// The portal serves no cross-origin clients, so an <c>OPTIONS</c> request is never a CORS preflight it must
/// answer. Placed after authentication and authorization, it lets them answer first exactly as for a GET of
/// the same page (sign-in redirect, 403); past them it answers 405 with the methods pages take, instead of
/// running the page without a handler (which answered 200 to anyone signed in).
/// </summary>
public sealed class OptionsRequestMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsOptions(context.Request.Method)) return next(context);
        // The status page re-executed for a refusal (403, 404) keeps the refusal's code, with no page body.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } refusal)
        {
            context.Response.StatusCode = refusal.OriginalStatusCode;
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD, POST";
        return Task.CompletedTask;
    }
}
