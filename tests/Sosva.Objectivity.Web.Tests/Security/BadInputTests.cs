using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>
/// No 500 on bad input: every GET handler of every page, as a visitor who may open it (the authorization
/// matrix's seeded data and URLs), gets each of its parameters — the handler's own and the properties bound on
/// GET, route values included — replaced in turn by a NUL, numbers too large for an int or for anything,
/// negative ones, the first and last dates of the calendar and a 5,000-character text. The pages and their
/// parameters come from the endpoint table, so a new page or parameter cannot escape the walk.
/// </summary>
public class BadInputTests(PortalFactory portal, ITestOutputHelper output) : PortalTest(portal)
{
    private const string Nul = "Школа\0№1";

    /// <summary>The values each parameter gets, one at a time.</summary>
    private static readonly string[] Values =
        [Nul, "2147483647", "9999999999", "-1", "-2147483648", "0001-01-01", "9999-12-31", new string('ш', 5000)];

    /// <summary>Who walks a page: the first of these the matrix lets in (200), then also principal A when they are let in.</summary>
    private static readonly string[] Walkers = ["administrator", "methodologist", "specialist", "principal A", "anonymous"];

    private sealed record Parameter(string Name, bool InRoute);

    private sealed record Target(string Key, AuthorizationMatrixTests.Get Row, RoutePattern Pattern, IReadOnlyList<Parameter> Parameters);

    [Fact]
    public async Task No_page_answers_500_or_logs_an_error_for_any_bad_value_of_any_of_its_GET_parameters()
    {
        var ids = await new AuthorizationMatrixTests(Portal).SeedAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var visitor in Walkers)
        {
            clients[visitor] = NewClient();
            if (AuthorizationMatrixTests.Accounts[visitor] is { } user)
                (await clients[visitor].SignInAsync(user, PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect, user);
        }
        var targets = await TargetsAsync(AuthorizationMatrixTests.GetMatrix(ids));
        Portal.Logs.Clear();

        var failures = new List<string>();
        var requests = 0;
        var parameters = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        foreach (var target in targets)
        {
            foreach (var visitor in VisitorsOf(target.Row))
            {
                foreach (var parameter in target.Parameters)
                {
                    parameters.Add($"{target.Key} {parameter.Name}");
                    // A NUL in the path never reaches the portal: the server refuses the request line (Kestrel 400, the test server throws).
                    foreach (var value in Values.Where(v => !(parameter.InRoute && v == Nul)))
                    {
                        var url = WithValue(target, parameter, value);
                        var response = await clients[visitor].GetAsync(url);
                        requests++;
                        var problem = await ProblemAsync(response, value);
                        var errors = DrainErrors();
                        if (problem is not null || errors.Count > 0)
                            failures.Add($"{visitor} GET {target.Key} {parameter.Name}={Shown(value)}: {problem ?? (int)response.StatusCode + ""} {string.Join(" | ", errors)}");
                    }
                }
            }
        }
        clock.Stop();
        foreach (var failure in failures) output.WriteLine(failure);
        output.WriteLine($"{targets.Select(t => t.Key).Distinct().Count()} page handlers ({targets.Count} URLs), {parameters.Count} parameters, " +
                         $"{Values.Length} values: {requests} requests in {clock.Elapsed.TotalSeconds:0.0} s");

        failures.Should().BeEmpty();
        parameters.Should().HaveCountGreaterThan(60, "the walk found the pages' parameters");
        requests.Should().BeGreaterThan(800);
    }

    /// <summary>What is wrong with the answer to a bad value; null when it is a refusal or a page, not a failure.</summary>
    private static async Task<string?> ProblemAsync(HttpResponseMessage response, string value)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}";
        if (value == Nul && response.StatusCode != HttpStatusCode.Redirect)
        {
            // Refused where it enters, with the Russian error page (a redirect to sign-in comes before that, and is fine).
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("Недопустимые символы в параметрах", StringComparison.Ordinal))
                return $"{status} instead of 400 «Недопустимые символы в параметрах»";
        }
        return null;
    }

    /// <summary>Errors the portal logged since the last call (an unhandled exception is logged as one).</summary>
    private List<string> DrainErrors()
    {
        var errors = new List<string>();
        while (Portal.Logs.TryDequeue(out var entry))
        {
            if (entry.Level >= LogLevel.Error) errors.Add($"{entry.Category}: {entry.Message.Split('\n')[0][..Math.Min(entry.Message.Split('\n')[0].Length, 160)]}");
        }
        return errors;
    }

    private static string Shown(string value) => value == Nul ? "«Школа\\0№1»" : value.Length > 20 ? $"«{value[0]}…» ({value.Length} chars)" : value;

    /// <summary>The visitors who walk a row: the first who gets the page, and principal A as well when let in.</summary>
    private static IEnumerable<string> VisitorsOf(AuthorizationMatrixTests.Get row)
    {
        string Letter(string visitor) => row.Expected[Array.IndexOf(AuthorizationMatrixTests.Visitors, visitor)].ToString();
        var first = Walkers.FirstOrDefault(v => Letter(v) == "O") ?? Walkers.FirstOrDefault(v => Letter(v) == "R") ?? "administrator";
        yield return first;
        if (first != "principal A" && Letter("principal A") == "O") yield return "principal A";
    }

    /// <summary>The row's URL with <paramref name="parameter"/> set to <paramref name="value"/>: in the path when the route has it, else in the query.</summary>
    private static string WithValue(Target target, Parameter parameter, string value)
    {
        var (path, query) = Split(target.Row.Url);
        var values = RouteValuesOf(target.Pattern, path)!;
        if (parameter.InRoute) values[parameter.Name] = value;
        else query[parameter.Name] = value;
        var segments = new List<string>();
        foreach (var segment in target.Pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart p => values.TryGetValue(p.Name, out var v) ? Uri.EscapeDataString(v) : "",
                _ => "",
            }));
            if (text.Length > 0) segments.Add(text);
        }
        return QueryHelpers.AddQueryString("/" + string.Join('/', segments), query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }

    private static (string Path, Dictionary<string, string> Query) Split(string url)
    {
        var at = url.IndexOf('?', StringComparison.Ordinal);
        var path = at < 0 ? url : url[..at];
        var query = at < 0
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : QueryHelpers.ParseQuery(url[at..]).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return (path, query);
    }

    /// <summary>The route values of <paramref name="path"/> by <paramref name="pattern"/>; null when the path is not of this pattern.</summary>
    private static Dictionary<string, string>? RouteValuesOf(RoutePattern pattern, string path)
    {
        var given = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pattern.PathSegments.Count; i++)
        {
            var part = pattern.PathSegments[i].Parts.Single();
            if (part is RoutePatternLiteralPart literal)
            {
                if (i >= given.Length || !string.Equals(given[i], literal.Content, StringComparison.OrdinalIgnoreCase)) return null;
            }
            else if (part is RoutePatternParameterPart parameter)
            {
                if (i < given.Length) values[parameter.Name] = Uri.UnescapeDataString(given[i]);
                else if (!parameter.IsOptional) return null;
            }
        }
        return given.Length <= pattern.PathSegments.Count ? values : null;
    }

    /// <summary>
    /// Every GET handler of every page with the matrix's URLs for it (those someone may open, else all) and its
    /// parameters: the handler's and the page's properties bound on GET ([BindProperty(SupportsGet = true)]).
    /// </summary>
    private async Task<List<Target>> TargetsAsync(List<AuthorizationMatrixTests.Get> matrix)
    {
        var targets = new List<Target>();
        var loader = Portal.Services.GetRequiredService<PageLoader>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var properties = compiled.BoundProperties.Where(BoundOnGet).SelectMany(p => Names(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList();
            var handlers = compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)).ToList();
            // A page with no GET handler still renders on GET, with its bound properties.
            List<(string? Name, List<string> Parameters)> byName = handlers.Count == 0 ? [(null, [])] : handlers.Select(h => (h.Name, Parameters: h.Parameters
                .Where(p => p.BindingInfo?.BindingSource is not { } source || source.IsFromRequest)
                .SelectMany(p => Names(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList())).ToList();
            foreach (var (handler, parameters) in byName)
            {
                var key = $"GET {page.ViewEnginePath}{(handler is null ? "" : "?handler=" + handler)}";
                if (!keys.Add(key)) continue;
                var rows = matrix.Where(r => r.Key == key).ToList();
                rows.Should().NotBeEmpty("{0} has its row in the authorization matrix", key);
                var open = rows.Where(r => r.Expected.Contains('O', StringComparison.Ordinal)).ToList();
                foreach (var row in open.Count > 0 ? open : rows.Take(1))
                {
                    var pattern = PatternOf(row, page);
                    var names = properties.Concat(parameters).Distinct(StringComparer.OrdinalIgnoreCase)
                        .Where(n => !n.Equals("handler", StringComparison.OrdinalIgnoreCase));
                    var routeNames = pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    targets.Add(new Target(key, row, pattern, names.Select(n => new Parameter(n, routeNames.Contains(n))).ToList()));
                }
            }
        }
        return targets;

        RoutePattern PatternOf(AuthorizationMatrixTests.Get row, PageActionDescriptor page)
        {
            var path = Split(row.Url).Path;
            return Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == page.ViewEnginePath)
                .Select(e => e.RoutePattern).First(p => RouteValuesOf(p, path) is not null);
        }
    }

    /// <summary>A property bound on GET: [BindProperty(SupportsGet = true)] (its request predicate lets a GET in).</summary>
    private static bool BoundOnGet(ParameterDescriptor property)
    {
        if (property.BindingInfo?.RequestPredicate is not { } predicate) return property.BindingInfo?.BindingSource is null or { IsFromRequest: true };
        var get = new DefaultHttpContext();
        get.Request.Method = HttpMethods.Get;
        return predicate(new ActionContext { HttpContext = get });
    }

    /// <summary>The request names a parameter binds from: its own for a simple type, «Name.Property» for each of a complex one's.</summary>
    private static IEnumerable<string> Names(string name, Type type)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        if (TypeDescriptor.GetConverter(element).CanConvertFrom(typeof(string)))
            return [name];
        if (element.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(element))
            return [name];
        if (element == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(element))
            return [];
        return element.GetProperties().Where(p => p.CanWrite).SelectMany(p => Names($"{name}.{p.Name}", p.PropertyType));
    }
}
