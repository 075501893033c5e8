using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Cli;

/// <summary>
/// The portal's command-line mode (docs/design.md#8-command-line): the same services and domain code as the pages,
/// JSON on stdout, messages on stderr. Exit codes: 0 success, 1 failure, 2 usage error.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<CommandArgs, IServiceProvider, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["migrate"] = MigrateAsync,
        ["seed-demo"] = SeedDemoAsync,
        ["create-user"] = CreateUserAsync,
    };

    // Verbs that need no database: they run without building the portal's host.
    private static readonly Dictionary<string, Func<CommandArgs, Task<int>>> PureVerbs = new(StringComparer.Ordinal)
    {
        ["parse-deadline"] = DomainCommands.ParseDeadlineAsync,
        ["import-roadmap"] = DomainCommands.ImportRoadmapAsync,
        ["score"] = DomainCommands.ScoreAsync,
    };

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Whether the arguments ask for a command rather than the web server. The web host itself takes only
    /// configuration: switches (`--urls=…`, `--environment Demo`, `/key=value`; WebApplicationFactory passes
    /// `--applicationName=…`) and `key=value`. Any other first argument reads as a verb: an unknown one (a
    /// typo) must be refused, not answered by a server that a waiting script never hears from.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" || (!args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=', StringComparison.Ordinal)));

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "help" or "--help")
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }
        if (!Verbs.ContainsKey(args[0]) && !PureVerbs.ContainsKey(args[0]))
        {
            var guess = Nearest(args[0]);
            await Console.Error.WriteLineAsync($"Неизвестная команда «{args[0]}»."
                + (guess is null ? "" : $" Возможно, имелась в виду команда «{guess}»?") + $"\n\n{Usage}");
            return 2;
        }

        CommandArgs parsed;
        try
        {
            parsed = CommandArgs.Parse(args.Skip(1));
            if (PureVerbs.TryGetValue(args[0], out var pure)) return await pure(parsed);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {e.Message}\n\n{Usage}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = parsed.HostArgs });
        builder.AddPortal();
        await using var app = builder.Build();
        try
        {
            return await Verbs[args[0]](parsed, app.Services);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {e.Message}\n\n{Usage}");
            return 2;
        }
    }

    private const string Usage = """
        Использование: Sosva.Objectivity.Web VERB [параметры]
        (без VERB — веб-портал; help — эта справка)
          migrate                         применить миграции и создать роли
          seed-demo                       заполнить демонстрационными данными (только демо-режим)
          parse-deadline --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД "ТЕКСТ"
                                          разобрать срок в контрольные даты (JSON)
          import-roadmap --dry-run ФАЙЛ   прочитать дорожную карту (.docx, .xlsx или текст
                                          с табуляциями), ничего не создавая (JSON)
          score ФАЙЛ.json                 баллы объективности, уровни и места по методике (JSON)
          create-user --user NAME --role ROLE [--school ID] [--full-name ФИО] --password-stdin
                                          роль: Administrator | Specialist | Methodologist | Principal
        Строка подключения: ConnectionStrings__Default.
        """;

    /// <summary>The one verb <paramref name="typed"/> is a slip of (a letter wrong, missing, extra or two swapped; or the start of it), if any.</summary>
    private static string? Nearest(string typed)
    {
        var verbs = Verbs.Keys.Concat(PureVerbs.Keys).ToList();
        var close = verbs.Where(v => Distance(typed, v) <= Math.Min(2, (v.Length - 1) / 3)).ToList();
        if (close.Count == 0 && typed.Length >= 3) close = verbs.Where(v => v.StartsWith(typed, StringComparison.Ordinal)).ToList();
        return close.Count == 1 ? close[0] : null;
    }

    // Optimal string alignment distance: Levenshtein's edits plus the swap of two neighbours.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    private static async Task<int> MigrateAsync(CommandArgs args, IServiceProvider services)
    {
        await DatabaseInitializer.MigrateAsync(services);
        await WriteJsonAsync(new { migrated = true });
        return 0;
    }

    private static async Task<int> SeedDemoAsync(CommandArgs args, IServiceProvider services)
    {
        var config = services.GetRequiredService<IConfiguration>();
        var env = services.GetRequiredService<IHostEnvironment>();
        // Demo accounts share one published password: never seed them into a production database.
        if (env.IsProduction() && !config.GetValue<bool>("Demo:Enabled"))
        {
            await Console.Error.WriteLineAsync("seed-demo: демонстрационные данные создаются только в демо-режиме (Demo__Enabled=true).");
            return 1;
        }
        await DatabaseInitializer.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<DemoMonitoringSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<DemoReportSeeder>().SeedAsync();
        await WriteJsonAsync(summary);
        return 0;
    }

    private static async Task<int> CreateUserAsync(CommandArgs args, IServiceProvider services)
    {
        var userName = args.Required("user");
        var role = Roles.Parse(args.Required("role")) ?? throw new UsageException("неизвестная роль");
        int? schoolId = args.Optional("school") is { } s
            ? int.TryParse(s, out var id) ? id : throw new UsageException("--school: ожидается числовой идентификатор школы")
            : null;
        if (!args.Flag("password-stdin")) throw new UsageException("пароль передаётся только через стандартный ввод: --password-stdin");
        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r') ?? "";

        await using var scope = services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var outcome = await admin.CreateAsync(userName, args.Optional("full-name") ?? userName, role, schoolId, password);
        if (!outcome.Succeeded)
        {
            foreach (var (_, message) in outcome.Errors) await Console.Error.WriteLineAsync($"create-user: {message}");
            return 1;
        }
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        await WriteJsonAsync(new { user = user!.UserName, role, schoolId = user.SchoolId });
        return 0;
    }

    /// <summary>One line of JSON on stdout, as every verb answers (also the bench tool's `seed-scale`).</summary>
    public static Task WriteJsonAsync<T>(T value) => Console.Out.WriteLineAsync(JsonSerializer.Serialize(value, Json));
}

/// <summary>A wrong command line: the message goes to stderr with the usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>`--name value` options, `--flag` switches and positional arguments of one verb.</summary>
public sealed class CommandArgs
{
    private static readonly HashSet<string> Switches = ["password-stdin", "dry-run"];
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Host configuration overrides passed through (e.g. --ConnectionStrings:Default=…).</summary>
    public string[] HostArgs { get; private set; } = [];

    public static CommandArgs Parse(IEnumerable<string> args)
    {
        var result = new CommandArgs();
        var host = new List<string>();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
            {
                host.Add(a);
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                if (Switches.Contains(name)) result._options[name] = null;
                else if (e.MoveNext()) result._options[name] = e.Current;
                else throw new UsageException($"у параметра --{name} нет значения");
            }
            else
            {
                result.Positional.Add(a);
            }
        }
        result.HostArgs = [.. host];
        return result;
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : throw new UsageException($"не указан параметр --{name}");

    public string? Optional(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>A required whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Number(string name, int min, int max) =>
        int.TryParse(Required(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name}: ожидается целое число от {min} до {max}");

    public bool Flag(string name) => _options.ContainsKey(name);
}
