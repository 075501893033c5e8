using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Answers 400 («Неверный запрос: недопустимые символы в параметрах», Pages/Error) to a request whose route
/// values, query string or form fields carry a control character no person types: NUL, which PostgreSQL
/// refuses in any text (so every search and filter failed with 500), and the other C0 characters but tab,
/// line feed, carriage return, vertical tab and form feed (the last two are Word's line and page breaks
/// in a copied table, which the roadmap import reads as line breaks). One check for every page, before
/// model binding, so that a new page or parameter cannot forget it. Uploaded files are not form fields:
/// their names are cleaned where they are shown (Reports/EvidenceCheck, Uploads/UploadedFile).
/// It runs before the antiforgery check (1000), which reads the form first and would answer a NUL in a
/// url-encoded form — ASP.NET Core's form reader refuses it — with the generic «Неверный запрос. Обновите
/// страницу», and after the pages' form limits (900), so that it reads the form as the page allows.
/// </summary>
public sealed class ControlCharactersFilter(ILogger<ControlCharactersFilter> logger) : IAsyncAuthorizationFilter
{
    /// <summary>After [RequestFormLimits] and [RequestSizeLimit] (900), before the antiforgery check (1000).</summary>
    public const int Order = 950;

    public const string Message =
        "Недопустимые символы в параметрах запроса: адрес или форма содержат управляющий символ (например, нулевой байт). "
        + "Проверьте адрес страницы или введённый текст и повторите.";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        // The error page re-executed for this very request (its form is still there) must not refuse it again.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is null && await FindAsync(context) is { } where)
        {
            logger.LogWarning("Refused a request with a control character in {Where}: {Method} {Path}", where, http.Request.Method, http.Request.Path.Value);
            http.Features.Set(new BadRequestReason(Message));
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Where the first forbidden character is («query q», «form Input.Title»), or null.</summary>
    private static async Task<string?> FindAsync(AuthorizationFilterContext context)
    {
        foreach (var (key, value) in context.RouteData.Values)
        {
            if (value is string text && !IsAllowed(text)) return "route " + key;
        }
        var request = context.HttpContext.Request;
        foreach (var (key, values) in request.Query)
        {
            if (!IsAllowed(key) || !values.All(IsAllowed)) return "query " + Name(key);
        }
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
            {
                // The form reader's «The form value contains invalid characters»: a NUL in a url-encoded form.
                return "form";
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                // A form over its limits or cut short: left to the antiforgery check, which answers 400 as before.
                return null;
            }
            foreach (var (key, values) in form)
            {
                if (!IsAllowed(key) || !values.All(IsAllowed)) return "form " + Name(key);
            }
        }
        return null;
    }

    /// <summary>No C0 control character but tab, line feed, vertical tab, form feed and carriage return.</summary>
    public static bool IsAllowed(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) return false;
        }
        return true;
    }

    private static string Name(string key) => IsAllowed(key) ? key : "(a name with a control character)";
}

/// <summary>Why a request was answered 400, for the error page to say (the re-executed request keeps the features).</summary>
public sealed record BadRequestReason(string Message);
