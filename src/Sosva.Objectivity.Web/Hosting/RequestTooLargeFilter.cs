using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Answers 413 («Файл слишком большой», Pages/Error) to a request whose declared length is over its page's
/// limit ([RequestSizeLimit], else the server's), before anything reads the body. Otherwise the
/// antiforgery check is the first to read the form, takes the limit's exception for a missing token and
/// the person who chose too large a file is told «Неверный запрос. Обновите страницу».
/// </summary>
public sealed class RequestTooLargeFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (1000).</summary>
    public int Order => -1000;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        // The error page re-executed for this very request must not refuse it again.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return Task.CompletedTask;
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                    ?? http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && http.Request.ContentLength > max)
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        return Task.CompletedTask;
    }
}
