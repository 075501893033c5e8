using System.Net.Sockets;
using Npgsql;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>Tells a database outage (server down, restarting, refusing connections) from a bug.</summary>
public static class DatabaseOutage
{
    /// <summary>
    /// True when <paramref name="exception"/> (or one it wraps, e.g. EF's DbUpdateException) says the
    /// database could not be reached or went away: a connection refused, broken or timed out, the server
    /// shutting down or starting up, or out of connections. A constraint violation or a bad query is a
    /// bug, not an outage: those stay 500.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var x = exception; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                // https://www.postgresql.org/docs/current/errcodes-appendix.html: class 08 connection
                // exception; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now;
                // 53300 too_many_connections.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                           || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                // Npgsql's own errors: I/O on a broken connection, a refused connection, a timeout.
                case NpgsqlException npgsql:
                    return npgsql.IsTransient;
                case SocketException or TimeoutException:
                    return true;
                // EF's execution strategy gave up after retries ("An exception has been raised that is likely due to a transient failure").
                case InvalidOperationException when x.Message.Contains("transient failure", StringComparison.Ordinal):
                    return true;
            }
        }
        return false;
    }
}

/// <summary>
/// Answers a request that met a database outage with 503, a Retry-After and a Russian page that needs
/// nothing from the database: the usual error page re-runs the pipeline (sign-in checks, the layout's
/// notification bell), all of which read the database and would fail again. The connection pools are
/// cleared, so that once the server is back no request meets a connection the restart has killed.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> log)
{
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e) && !context.Response.HasStarted)
        {
            log.LogError("Database unavailable: {Method} {Path} answered 503 ({Error})",
                context.Request.Method, context.Request.Path.Value, e.GetBaseException().Message);
            NpgsqlConnection.ClearAllPools();
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, context.RequestAborted);
        }
    }

    /// <summary>Static: styles come from wwwroot (served before anything touches the database; no inline style, per the CSP).
    /// Its two links stay plain strings: the page is written once, outside the page pipeline, when the database is down
    /// (docs/decisions/006-sessions-outages-backups.md).</summary>
    private static readonly string Page =
        """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Сервис временно недоступен — Объективность</title>
        <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css" />
        </head>
        <body>
        <main class="container py-5">
        <h1 class="h3" data-testid="error-heading">Сервис временно недоступен</h1>
        <p class="lead">База данных временно недоступна. Ваши сохранённые данные не потеряны; повторите попытку через несколько минут.</p>
        <p>Если вы отправляли форму, она могла не сохраниться: когда портал снова заработает, проверьте данные и отправьте её ещё раз.</p>
        <a class="btn btn-primary" href="/">На главную</a>
        </main>
        </body>
        </html>
        """;
}
