using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>
/// The authorization matrix (docs/design.md#22-where-the-rules-live): every page and handler of the running app ×
/// every kind of visitor. Pages that take an id get an id of school A's data, so that principal B's refusal is proven
/// on real records.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>The visitors, in the order of the expectation strings.</summary>
    internal static readonly string[] Visitors = ["anonymous", "principal A", "principal B", "specialist", "methodologist", "administrator"];

    internal static readonly Dictionary<string, string?> Accounts = new()
    {
        ["anonymous"] = null, ["principal A"] = "principalA", ["principal B"] = "principalB",
        ["specialist"] = "specialist", ["methodologist"] = "methodologist", ["administrator"] = "admin",
    };

    /// <summary>Ids of school A's data (and a few shared records) in the seeded demo.</summary>
    internal sealed record Ids(
        int SchoolA, int SchoolB, string UserA, int Municipal, int MunicipalDraft, int PlanA, int SectionA, int MeasureA,
        int ReportA, int FileA, int NotificationA, int Methodology, int Published, int Computed, int Collecting,
        int RecommendationA, int BiasEntryA);

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One GET: the page (as the app names it), its handler, a URL, and what each visitor gets, one letter per
    /// visitor in the order of <see cref="Visitors"/>: O 200, F 403 (the Russian «Доступ запрещён» page),
    /// N 404, L redirect to sign-in, R another redirect.
    /// </summary>
    internal sealed record Get(string Page, string? Handler, string Url, string Expected)
    {
        public string Key => $"GET {Page}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    internal static List<Get> GetMatrix(Ids i)
    {
        var a = S(i.SchoolA);
        return
        [
            new("/Index", null, "/", "LOOOOO"),
            new("/Error", null, "/Error", "OOOOOO"),
            new("/Account/Login", null, "/Account/Login", "ORRRRR"),
            new("/Account/Logout", null, "/Account/Logout", "LOOOOO"),
            new("/Account/ChangePassword", null, "/Account/ChangePassword", "LOOOOO"),
            new("/Admin/Audit/Index", null, "/Admin/Audit", "LFFFFO"),
            new("/Admin/Audit/Index", "Excel", "/Admin/Audit?handler=Excel", "LFFFFO"),
            new("/Admin/Users/Index", null, "/Admin/Users", "LFFFFO"),
            new("/Admin/Users/Create", null, "/Admin/Users/Create", "LFFFFO"),
            new("/Admin/Users/Edit", null, $"/Admin/Users/Edit/{i.UserA}", "LFFFFO"),
            new("/Schools/Index", null, "/Schools", "LFFOOO"),
            new("/Schools/Search", null, "/Schools/Search?q=%D0%A8%D0%BA%D0%BE%D0%BB%D0%B0", "LFFOOO"),
            new("/Schools/Create", null, "/Schools/Create", "LFFFFO"),
            new("/Schools/Details", null, $"/Schools/Details/{a}", "LOFOOO"),
            new("/Schools/Edit", null, $"/Schools/Edit/{a}", "LFFFFO"),
            new("/Roadmaps/Index", null, "/Roadmaps", "LOOOOO"),
            new("/Roadmaps/Create", null, "/Roadmaps/Create", "LOOOFO"),
            new("/Roadmaps/Import", null, "/Roadmaps/Import", "LFFOFO"),
            new("/Roadmaps/Details", null, $"/Roadmaps/Details/{S(i.Municipal)}", "LOOOOO"),
            new("/Roadmaps/Details", null, $"/Roadmaps/Details/{S(i.MunicipalDraft)}", "LFFOOO"),
            new("/Roadmaps/Details", null, $"/Roadmaps/Details/{S(i.PlanA)}", "LOFOOO"),
            new("/Roadmaps/Details", null, "/Roadmaps/Details/999999", "LNNNNN"),
            new("/Roadmaps/Details", "Excel", $"/Roadmaps/Details/{S(i.PlanA)}?handler=Excel", "LOFOOO"),
            new("/Roadmaps/Details", "Pdf", $"/Roadmaps/Details/{S(i.PlanA)}?handler=Pdf", "LOFOOO"),
            new("/Roadmaps/Edit", null, $"/Roadmaps/Edit/{S(i.PlanA)}", "LOFOFO"),
            new("/Roadmaps/Copy", null, $"/Roadmaps/Copy/{S(i.PlanA)}", "LOFOFO"),
            new("/Roadmaps/Section", null, $"/Roadmaps/Section/{S(i.SectionA)}", "LOFOFO"),
            new("/Roadmaps/Section", null, $"/Roadmaps/Section?roadmapId={S(i.PlanA)}", "LOFOFO"),
            new("/Roadmaps/Measure", null, $"/Roadmaps/Measure/{S(i.MeasureA)}", "LOFOFO"),
            new("/Roadmaps/Measure", null, $"/Roadmaps/Measure?sectionId={S(i.SectionA)}", "LOFOFO"),
            new("/Roadmaps/Measure", "Parse", $"/Roadmaps/Measure?handler=Parse&roadmapId={S(i.PlanA)}&text=%D0%BC%D0%B0%D0%B9", "LOFOOO"),
            new("/Reports/My", null, "/Reports/My", "LOOFFF"),
            new("/Reports/Review", null, "/Reports/Review", "LFFOOO"),
            new("/Reports/Matrix", null, $"/Reports/Matrix/{S(i.Municipal)}", "LFFOOO"),
            new("/Reports/Matrix", "Excel", $"/Reports/Matrix/{S(i.Municipal)}?handler=Excel", "LFFOOO"),
            new("/Reports/Details", null, $"/Reports/Details/{S(i.ReportA)}", "LOFOOO"),
            new("/Reports/Details", null, "/Reports/Details/999999", "LNNNNN"),
            new("/Reports/Evidence", null, $"/Reports/Evidence/{S(i.FileA)}", "LOFOOO"),
            new("/Reports/SchoolReport", null, "/Reports/SchoolReport", "LOOOOO"),
            new("/Reports/SchoolReport", "Excel", $"/Reports/SchoolReport?handler=Excel&schoolId={a}", "LOFOOO"),
            new("/Reports/SchoolReport", "Pdf", $"/Reports/SchoolReport?handler=Pdf&schoolId={a}", "LOFOOO"),
            new("/Notifications/Index", null, "/Notifications", "LOOFFF"),
            new("/Monitoring/Index", null, "/Monitoring", "LFFOOO"),
            new("/Monitoring/Mine", null, "/Monitoring/Mine", "LRRRRR"),
            new("/Monitoring/Templates", null, "/Monitoring/Templates", "LFFFOO"),
            new("/Monitoring/BiasLists/Index", null, "/Monitoring/BiasLists", "LFFOOO"),
            new("/Monitoring/BiasLists/Import", null, "/Monitoring/BiasLists/Import", "LFFFOO"),
            new("/Monitoring/Methodologies/Index", null, "/Monitoring/Methodologies", "LFFOOO"),
            new("/Monitoring/Methodologies/Details", null, $"/Monitoring/Methodologies/Details/{S(i.Methodology)}", "LFFOOO"),
            new("/Monitoring/Methodologies/Copy", null, $"/Monitoring/Methodologies/Copy/{S(i.Methodology)}", "LFFFOO"),
            new("/Monitoring/Campaigns/Create", null, "/Monitoring/Campaigns/Create", "LFFFOO"),
            new("/Monitoring/Campaigns/Details", null, $"/Monitoring/Campaigns/Details/{S(i.Collecting)}", "LFFOOO"),
            new("/Monitoring/Campaigns/Edit", null, $"/Monitoring/Campaigns/Edit/{S(i.Collecting)}", "LFFFOO"),
            new("/Monitoring/Campaigns/Import", null, $"/Monitoring/Campaigns/Import/{S(i.Collecting)}", "LFFFOO"),
            new("/Monitoring/Campaigns/Import", "Template", $"/Monitoring/Campaigns/Import/{S(i.Collecting)}?handler=Template", "LFFFOO"),
            new("/Monitoring/Campaigns/Status", null, $"/Monitoring/Campaigns/Status/{S(i.Computed)}", "LFFFRR"),
            new("/Monitoring/Ranking", null, $"/Monitoring/Ranking/{S(i.Computed)}", "LFFOOO"),
            new("/Monitoring/Ranking", null, $"/Monitoring/Ranking/{S(i.Published)}", "LOOOOO"),
            new("/Monitoring/Ranking", "Excel", $"/Monitoring/Ranking/{S(i.Computed)}?handler=Excel", "LFFOOO"),
            new("/Monitoring/Ranking", "Pdf", $"/Monitoring/Ranking/{S(i.Computed)}?handler=Pdf", "LFFOOO"),
            new("/Monitoring/School", null, $"/Monitoring/School/{S(i.Computed)}/{a}", "LOFOOO"),
            new("/Monitoring/Inputs", null, $"/Monitoring/Inputs/{S(i.Collecting)}/{a}", "LOFOOO"),
            new("/Public/Ranking", null, "/Public/Ranking", "OOOOOO"),
            new("/healthz", null, "/healthz", "OOOOOO"),
        ];
    }

    /// <summary>
    /// One POST handler as principal B would send it with school A's ids, and B's expected status
    /// (F 403, N 404, R redirect, O 200); <see cref="Skip"/> says why a handler is not a cross-school case.
    /// </summary>
    private sealed record Post(string Page, string? Handler, string Url, char Expected, string[]? Fields = null, string? Skip = null)
    {
        public string Key => $"POST {Page}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    private static List<Post> PostMatrix(Ids i)
    {
        var a = S(i.SchoolA);
        var plan = S(i.PlanA);
        var report = $"/Reports/Details/{S(i.ReportA)}";
        string[] roadmapForm = ["Input.Title=Чужой план", "Input.Level=School", $"Input.SchoolId={a}", "Input.PeriodStart=2023-09-01", "Input.PeriodEnd=2024-08-31"];
        return
        [
            new("/Account/Login", null, "/Account/Login", 'R', Skip: "signs in with the visitor's own credentials"),
            new("/Account/Logout", null, "/Account/Logout", 'R', Skip: "ends the visitor's own session (SessionTests)"),
            new("/Account/ChangePassword", null, "/Account/ChangePassword", 'R', Skip: "the account is the signed-in one, never from the request (ChangePasswordTests)"),
            new("/Error", null, "/Error", 'O'),
            new("/Admin/Users/Create", null, "/Admin/Users/Create", 'F', ["Input.UserName=spy", "Input.FullName=X", "Input.Role=Administrator", "Input.Password=Spy12345"]),
            new("/Admin/Users/Edit", null, $"/Admin/Users/Edit/{i.UserA}", 'F', ["Input.FullName=X", "Input.Role=Principal", $"Input.SchoolId={S(i.SchoolB)}"]),
            new("/Admin/Users/Edit", "Password", $"/Admin/Users/Edit/{i.UserA}?handler=Password", 'F', ["NewPassword=Spy12345"]),
            new("/Admin/Users/Edit", "Lock", $"/Admin/Users/Edit/{i.UserA}?handler=Lock", 'F'),
            new("/Admin/Users/Edit", "Unlock", $"/Admin/Users/Edit/{i.UserA}?handler=Unlock", 'F'),
            new("/Schools/Create", null, "/Schools/Create", 'F', ["Input.ShortName=X", "Input.FullName=X"]),
            new("/Schools/Edit", null, $"/Schools/Edit/{a}", 'F', ["Input.ShortName=X", "Input.FullName=X"]),
            new("/Schools/Edit", "Active", $"/Schools/Edit/{a}?handler=Active", 'F', ["active=false"]),
            // Principal B's «own plan» form naming school A: the plan is made for school B (checked below), never for A.
            new("/Roadmaps/Create", null, "/Roadmaps/Create", 'R', roadmapForm, Skip: "creates the visitor's own school's plan whatever the form says (checked separately)"),
            new("/Roadmaps/Import", "Read", "/Roadmaps/Import?handler=Read", 'F', ["PastedText=1\tМероприятие\tмай 2024"]),
            new("/Roadmaps/Import", "Confirm", "/Roadmaps/Import?handler=Confirm", 'F', ["Preview.Title=X", "Preview.Payload=x"]),
            new("/Roadmaps/Details", "Status", $"/Roadmaps/Details/{plan}?handler=Status", 'F', ["status=Draft"]),
            new("/Roadmaps/Details", "MoveSection", $"/Roadmaps/Details/{plan}?handler=MoveSection", 'F', [$"sectionId={S(i.SectionA)}", "delta=1"]),
            new("/Roadmaps/Details", "MoveMeasure", $"/Roadmaps/Details/{plan}?handler=MoveMeasure", 'F', [$"measureId={S(i.MeasureA)}", "delta=1"]),
            new("/Roadmaps/Details", "DeleteSection", $"/Roadmaps/Details/{plan}?handler=DeleteSection", 'F', [$"sectionId={S(i.SectionA)}"]),
            new("/Roadmaps/Details", "DeleteMeasure", $"/Roadmaps/Details/{plan}?handler=DeleteMeasure", 'F', [$"measureId={S(i.MeasureA)}"]),
            new("/Roadmaps/Edit", null, $"/Roadmaps/Edit/{plan}", 'F', roadmapForm),
            new("/Roadmaps/Copy", null, $"/Roadmaps/Copy/{plan}", 'F', ["Input.Title=Копия", "Input.Level=School", "Input.PeriodStart=2024-09-01", "Input.PeriodEnd=2025-08-31"]),
            new("/Roadmaps/Section", null, $"/Roadmaps/Section/{S(i.SectionA)}", 'F', ["Input.Title=Чужой раздел"]),
            new("/Roadmaps/Section", null, $"/Roadmaps/Section?roadmapId={plan}", 'F', ["Input.Title=Новый раздел"]),
            new("/Roadmaps/Measure", null, $"/Roadmaps/Measure/{S(i.MeasureA)}", 'F', ["Input.Title=Чужое мероприятие", "Input.DeadlineText=май 2024"]),
            new("/Roadmaps/Measure", null, $"/Roadmaps/Measure?sectionId={S(i.SectionA)}", 'F', ["Input.Title=Новое мероприятие", "Input.DeadlineText=май 2024"]),
            new("/Reports/Details", "Save", $"{report}?handler=Save", 'F', ["Input.Status=Done", "Input.Text=Чужой отчёт"]),
            new("/Reports/Details", "Submit", $"{report}?handler=Submit", 'F', ["Input.Status=Done", "Input.Text=Чужой отчёт"]),
            new("/Reports/Details", "RemoveFile", $"{report}?handler=RemoveFile", 'F', [$"fileId={S(i.FileA)}"]),
            new("/Reports/Details", "Accept", $"{report}?handler=Accept", 'F'),
            new("/Reports/Details", "Return", $"{report}?handler=Return", 'F', ["Review.Comment=Переделать"]),
            new("/Notifications/Index", "Open", "/Notifications?handler=Open", 'N', [$"id={S(i.NotificationA)}"]),
            new("/Notifications/Index", "Read", "/Notifications?handler=Read", 'N', [$"id={S(i.NotificationA)}"]),
            // No id: marks the visitor's own school's notifications (school B has none), never another school's.
            new("/Notifications/Index", "ReadAll", "/Notifications?handler=ReadAll", 'R'),
            new("/Monitoring/BiasLists/Import", "Preview", "/Monitoring/BiasLists/Import?handler=Preview", 'F', ["Year=2023", "Names=X"]),
            new("/Monitoring/BiasLists/Import", "Confirm", "/Monitoring/BiasLists/Import?handler=Confirm", 'F', ["Year=2023", $"Confirmed={S(i.SchoolB)}"]),
            new("/Monitoring/BiasLists/Import", "Remove", "/Monitoring/BiasLists/Import?handler=Remove", 'F', [$"entryId={S(i.BiasEntryA)}"]),
            new("/Monitoring/Campaigns/Create", null, "/Monitoring/Campaigns/Create", 'F', ["Input.Year=2031"]),
            new("/Monitoring/Campaigns/Edit", null, $"/Monitoring/Campaigns/Edit/{S(i.Collecting)}", 'F', ["Input.Year=2031"]),
            new("/Monitoring/Campaigns/Import", "Preview", $"/Monitoring/Campaigns/Import/{S(i.Collecting)}?handler=Preview", 'F'),
            new("/Monitoring/Campaigns/Import", "Confirm", $"/Monitoring/Campaigns/Import/{S(i.Collecting)}?handler=Confirm", 'F', ["fileData=AAAA"]),
            new("/Monitoring/Campaigns/Status", "Compute", $"/Monitoring/Campaigns/Status/{S(i.Collecting)}?handler=Compute", 'F'),
            new("/Monitoring/Campaigns/Status", "Publish", $"/Monitoring/Campaigns/Status/{S(i.Computed)}?handler=Publish", 'F'),
            new("/Monitoring/Campaigns/Status", "Unpublish", $"/Monitoring/Campaigns/Status/{S(i.Published)}?handler=Unpublish", 'F'),
            new("/Monitoring/Campaigns/Status", "Reopen", $"/Monitoring/Campaigns/Status/{S(i.Computed)}?handler=Reopen", 'F'),
            new("/Monitoring/Methodologies/Copy", null, $"/Monitoring/Methodologies/Copy/{S(i.Methodology)}", 'F', ["Input.Name=X"]),
            new("/Monitoring/Templates", null, "/Monitoring/Templates", 'F', ["code=P1", "text=X"]),
            new("/Monitoring/Inputs", null, $"/Monitoring/Inputs/{S(i.Collecting)}/{a}", 'F', ["Values[0].Code=P5", "Values[0].Option=none"]),
            new("/Monitoring/School", "Recommendation", $"/Monitoring/School/{S(i.Computed)}/{a}?handler=Recommendation", 'F',
                [$"recommendationId={S(i.RecommendationA)}", "text=Чужая рекомендация"]),
        ];
    }

    [Fact]
    public async Task Every_page_and_handler_of_the_app_is_in_the_matrix()
    {
        var app = await HandlersOfTheAppAsync();
        var ids = new Ids(1, 2, "u", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        var matrix = GetMatrix(ids).Select(g => g.Key).Concat(PostMatrix(ids).Select(p => p.Key)).ToHashSet();

        app.Except(matrix).Should().BeEmpty("every page and handler of the app needs its row in the authorization matrix");
        matrix.Except(app).Should().BeEmpty("the matrix names only pages and handlers that exist");
        app.Should().HaveCountGreaterThan(90, "the enumeration found the app's pages and handlers");
    }

    /// <summary>One pass over the matrix (the pages are many): the answers, and the database before and after.</summary>
    [Fact]
    public async Task Every_visitor_gets_what_the_matrix_says_on_every_page_and_no_GET_changes_the_database()
    {
        var ids = await SeedAsync();
        var clients = await SignInAllAsync();
        var before = await FingerprintAsync();
        var failures = new List<string>();
        var cells = 0;

        foreach (var row in GetMatrix(ids))
        {
            for (var v = 0; v < Visitors.Length; v++)
            {
                cells++;
                var response = await clients[v].GetAsync(row.Url);
                var problem = await MismatchAsync(response, row.Expected[v]);
                if (problem is not null) failures.Add($"{Visitors[v]} GET {row.Url}: {problem}");
                // A file (evidence, an export, the audit log) is never kept by a browser's or a proxy's cache.
                if (response.Content.Headers.ContentDisposition is not null && response.Headers.CacheControl?.NoStore != true)
                    failures.Add($"{Visitors[v]} GET {row.Url}: a download without Cache-Control: no-store");
            }
        }

        failures.Should().BeEmpty();
        cells.Should().Be(GetMatrix(ids).Count * Visitors.Length).And.BeGreaterThan(350);
        (await FingerprintAsync()).Should().Equal(before, "a GET reads; it never inserts, updates or deletes a row");
    }

    /// <summary>
    /// OPTIONS meets the same authorization as GET: a visitor GET sends to sign-in is sent there, one the page's
    /// rule refuses is refused; past the rules the portal answers 405 (it serves no cross-origin clients) —
    /// never 200 and never the page.
    /// </summary>
    [Fact]
    public async Task OPTIONS_on_every_page_answers_as_its_authorization_says_and_never_200()
    {
        var ids = await SeedAsync();
        var clients = await SignInAllAsync();
        var failures = new List<string>();
        var allowed = 0;

        foreach (var row in GetMatrix(ids))
        {
            for (var v = 0; v < Visitors.Length; v++)
            {
                var response = await clients[v].SendAsync(new HttpRequestMessage(HttpMethod.Options, row.Url));
                var status = response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                if (row.Expected[v] == 'L' && await MismatchAsync(response, 'L') is { } notToSignIn)
                    failures.Add($"{Visitors[v]} OPTIONS {row.Url}: {notToSignIn}");
                else if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
                    failures.Add($"{Visitors[v]} OPTIONS {row.Url}: {(int)status}");
                else if (body.Length > 0)
                    failures.Add($"{Visitors[v]} OPTIONS {row.Url}: a body of {body.Length} characters");
                if (row.Expected[v] == 'F' && status == HttpStatusCode.MethodNotAllowed && row.Url.StartsWith("/Admin", StringComparison.Ordinal))
                    failures.Add($"{Visitors[v]} OPTIONS {row.Url}: passed the administrators' folder rule");
                if (status == HttpStatusCode.MethodNotAllowed) allowed++;
            }
        }

        failures.Should().BeEmpty();
        allowed.Should().BeGreaterThan(100, "visitors the rules let through get 405");
    }

    [Fact]
    public async Task Principal_B_posting_with_school_A_ids_is_refused_and_nothing_changes()
    {
        var ids = await SeedAsync();
        var principalB = NewClient();
        (await principalB.SignInAsync("principalB", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var token = await principalB.AntiforgeryTokenAsync("/");
        var before = await FingerprintAsync();
        var failures = new List<string>();

        foreach (var post in PostMatrix(ids).Where(p => p.Skip is null))
        {
            var fields = (post.Fields ?? []).Select(f => f.Split('=', 2)).Select(f => new KeyValuePair<string, string>(f[0], f[1]));
            var response = await principalB.PostWithTokenAsync(post.Url, token, fields);
            var problem = await MismatchAsync(response, post.Expected);
            if (problem is not null) failures.Add($"principal B POST {post.Url}: {problem}");
        }

        failures.Should().BeEmpty();
        (await FingerprintAsync()).Should().Equal(before, "nothing of school A (or anyone) changed");

        // The plan form naming school A makes a plan of school B, the principal's own.
        var create = PostMatrix(ids).Single(p => p.Page == "/Roadmaps/Create");
        var created = await principalB.PostWithTokenAsync(create.Url, token, create.Fields!
            .Select(f => f.Split('=', 2)).Select(f => new KeyValuePair<string, string>(f[0], f[1])));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var plan = await Portal.WithDbAsync(db => db.Roadmaps.Where(r => r.Title == "Чужой план").Select(r => new { r.Level, r.SchoolId }).SingleAsync());
        plan.Should().Be(new { Level = RoadmapLevel.School, SchoolId = (int?)ids.SchoolB });
    }

    /// <summary>What is wrong with <paramref name="response"/> given the expected letter; null when it is right.</summary>
    private static async Task<string?> MismatchAsync(HttpResponseMessage response, char expected)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var toSignIn = status == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.Ordinal);
        var ok = expected switch
        {
            'O' => status == HttpStatusCode.OK,
            'F' => status == HttpStatusCode.Forbidden && (await response.Content.ReadAsStringAsync()).Contains("Доступ запрещён", StringComparison.Ordinal),
            'N' => status == HttpStatusCode.NotFound,
            'L' => toSignIn,
            'R' => status == HttpStatusCode.Redirect && !toSignIn,
            _ => throw new ArgumentOutOfRangeException(nameof(expected)),
        };
        return ok ? null : $"expected {expected}, got {(int)status}{(location.Length > 0 ? " → " + location : "")}";
    }

    /// <summary>Every GET and POST handler of every Razor Page, and every other endpoint, as «METHOD /Page[?handler=Name]».</summary>
    private async Task<HashSet<string>> HandlersOfTheAppAsync()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var loader = Portal.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // A page with no handler method still renders on GET.
                if (!compiled.HandlerMethods.Any(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)))
                    keys.Add($"GET {page.ViewEnginePath}");
                foreach (var handler in compiled.HandlerMethods)
                    keys.Add($"{handler.HttpMethod.ToUpperInvariant()} {page.ViewEnginePath}{(handler.Name is null ? "" : "?handler=" + handler.Name)}");
            }
            else
            {
                // Other endpoints (the health check) answer any method; GET is the one a visitor uses.
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                foreach (var method in methods) keys.Add($"{method} /{endpoint.RoutePattern.RawText!.TrimStart('/')}");
            }
        }
        return keys;
    }

    /// <summary>
    /// Two schools and one account per role; a municipal roadmap (approved, reports for both schools, one of
    /// school A's with an evidence file and a reminder) and a draft; school A's own plan; monitoring campaigns
    /// published, computed (with recommendations) and collecting (open to principals); school A on a bias list.
    /// </summary>
    internal async Task<Ids> SeedAsync()
    {
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var userA = await Portal.CreateUserAsync("principalA", Roles.Principal, a.Id);
        await Portal.CreateUserAsync("principalB", Roles.Principal, b.Id);
        await Portal.CreateUserAsync("specialist", Roles.Specialist);
        await Portal.CreateUserAsync("methodologist", Roles.Methodologist);
        await Portal.CreateUserAsync("admin", Roles.Administrator);
        const string table = "№\tМероприятие\tСроки\n1.\tОбщие меры\t\n1.1.\tСовещание\tМай 2024\n1.2.\tАнализ ВПР\tДо 1 ноября 2023\n";
        var municipal = await Portal.CreateRoadmapAsync(table, RoadmapStatus.Approved, title: "Комплекс мер");
        var draft = await Portal.CreateRoadmapAsync(table, RoadmapStatus.Draft, title: "Черновик комплекса мер");
        var plan = await Portal.CreateRoadmapAsync(table, RoadmapStatus.Approved, RoadmapLevel.School, a.Id, "План школы А");
        await Portal.WithDbAsync(db => db.Measures.Where(m => m.Section!.RoadmapId == municipal.Id).ExecuteUpdateAsync(
            u => u.SetProperty(m => m.ExecutionScope, ExecutionScope.AllSchools).SetProperty(m => m.ReportRequired, true)));
        await Portal.SyncReportsAsync();

        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var report = await db.ExecutionReports.Where(r => r.SchoolId == a.Id).OrderBy(r => r.Id).FirstAsync();
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
        var file = new EvidenceFile
        {
            FileName = "Приказ.pdf", ContentType = "application/pdf", Size = pdf.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            UploadedBy = "principalA", UploadedAt = DateTimeOffset.UtcNow, Content = new EvidenceContent { Data = pdf },
        };
        report.Files.Add(file);
        var notification = new Notification { SchoolId = a.Id, ReportId = report.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.Notifications.Add(notification);
        var bias = new BiasListEntry { Year = 2020, SchoolId = a.Id };
        db.BiasListEntries.Add(bias);

        var methodology = await MethodologyStore.EnsurePresetAsync(db);
        var year = DateTimeOffset.UtcNow.Year;
        MonitoringCampaign Campaign(int y) => new() { Year = y, MethodologyId = methodology.Id };
        var published = Campaign(year - 2);
        var computed = Campaign(year - 1);
        var collecting = Campaign(year);
        (collecting.AllowPrincipalEntry, collecting.DataEntryDeadline) = (true, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        db.MonitoringCampaigns.AddRange(published, computed, collecting);
        await db.SaveChangesAsync();
        foreach (var campaign in new[] { published, computed })
        {
            foreach (var school in new[] { a, b }) db.IndicatorValues.AddRange(WeakInputs(campaign.Id, school.Id));
        }
        await db.SaveChangesAsync();
        var computation = scope.ServiceProvider.GetRequiredService<CampaignComputation>();
        (await computation.ComputeAsync(published.Id)).Should().BeNull();
        (await computation.ComputeAsync(computed.Id)).Should().BeNull();
        await db.MonitoringCampaigns.Where(c => c.Id == published.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CampaignStatus.Published));

        var plansSection = await db.Sections.Where(s => s.RoadmapId == plan.Id && s.Measures.Count > 0).Select(s => s.Id).FirstAsync();
        return new Ids(
            a.Id, b.Id, userA.Id, municipal.Id, draft.Id, plan.Id, plansSection,
            await db.Measures.Where(m => m.SectionId == plansSection).Select(m => m.Id).FirstAsync(),
            report.Id, file.Id, notification.Id, methodology.Id, published.Id, computed.Id, collecting.Id,
            await db.SchoolRecommendations.Where(r => r.CampaignId == computed.Id && r.SchoolId == a.Id).Select(r => r.Id).FirstAsync(),
            bias.Id);
    }

    /// <summary>Every entered indicator of the preset, low enough for recommendations (25 points, as Kl.Weak).</summary>
    private static IEnumerable<IndicatorValue> WeakInputs(int campaignId, int schoolId)
    {
        IndicatorValue V(string code) => new() { CampaignId = campaignId, SchoolId = schoolId, IndicatorCode = code };
        var p1 = V("P1");
        (p1.OnTimeCount, p1.WithErrorsCount, p1.LateCount) = (1, 0, 0);
        var p2 = V("P2");
        (p2.OnTimeCount, p2.WithErrorsCount, p2.LateCount) = (10, 0, 0);
        var p3 = V("P3");
        (p3.ConfirmedCount, p3.NotConfirmedCount) = (3, 3);
        var p5 = V("P5");
        p5.OptionCode = "partial";
        var p6 = V("P6");
        p6.OptionCode = "statistical";
        var p7 = V("P7");
        p7.CheckedItems = ["publicInfo", "vprSchedule"];
        return [p1, p2, p3, p5, p6, p7];
    }

    /// <summary>One client per visitor, in the order of <see cref="Visitors"/>, signed in with the demo accounts.</summary>
    private async Task<HttpClient[]> SignInAllAsync()
    {
        var clients = new HttpClient[Visitors.Length];
        for (var v = 0; v < Visitors.Length; v++)
        {
            clients[v] = NewClient();
            if (Accounts[Visitors[v]] is { } user)
                (await clients[v].SignInAsync(user, PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect, user);
        }
        return clients;
    }

    /// <summary>
    /// Every table's row count and the versions of its rows (ctid, xmin): any insert, update or delete —
    /// even one that writes the same values back — changes the table's line.
    /// </summary>
    private Task<List<string>> FingerprintAsync() => Portal.WithDbAsync(async db =>
    {
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT format('%I', tablename) AS \"Value\" FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").ToListAsync();
        var lines = new List<string>();
        foreach (var table in tables)
        {
#pragma warning disable EF1002 // table names come from the catalogue, not from input
            var line = await db.Database.SqlQueryRaw<string>(
                $"SELECT count(*) || ' rows ' || coalesce(md5(string_agg(ctid::text || xmin::text, ',' ORDER BY ctid)), '') AS \"Value\" FROM {table}")
                .SingleAsync();
#pragma warning restore EF1002
            lines.Add($"{table}: {line}");
        }
        return lines;
    });
}
