using System.Security.Cryptography;
using Sosva.Objectivity.Web.Cli;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Hosting;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>
/// `seed-scale`: fills an empty database with load-test data (docs/performance.md#regional-and-national-scale) through
/// the portal's own services, as the portal's verbs run (docs/design.md#8-command-line): JSON on stdout, messages on
/// stderr; exit codes 0 success, 1 refusal, 2 usage error.
/// </summary>
public static class SeedScaleCommand
{
    private const string Usage = """
        Использование: Sosva.Objectivity.LoadTest seed-scale --schools N --measures M --campaigns Y [--password-stdin]
          заполнить пустую базу нагрузочными данными: N школ, карта из M мероприятий, отчёты,
          Y лет мониторинга (JSON); без --password-stdin пароль учётных записей генерируется
        Запуск из src/Sosva.Objectivity.Web (её appsettings.json). Строка подключения: ConnectionStrings__Default.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var parsed = CommandArgs.Parse(args);
            var options = new ScaleOptions(
                parsed.Number("schools", 1, ScaleOptions.MaxSchools),
                parsed.Number("measures", 1, ScaleOptions.MaxMeasures),
                parsed.Number("campaigns", 0, ScaleOptions.MaxCampaigns));
            return await SeedAsync(parsed, options);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"seed-scale: {e.Message}\n\n{Usage}");
            return 2;
        }
    }

    private static async Task<int> SeedAsync(CommandArgs args, ScaleOptions options)
    {
        var builder = LoadHost.CreatePortalBuilder(args.HostArgs);
        builder.AddPortal();
        builder.Services.AddScoped<ScaleDataSeeder>();
        await using var app = builder.Build();
        var services = app.Services;

        // The accounts' password: from stdin, or generated and printed once in the JSON.
        var generated = !args.Flag("password-stdin");
        var password = generated
            ? "Scale" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant() + "7"
            : (await Console.In.ReadLineAsync())?.TrimEnd('\r') ?? "";
        await DatabaseInitializer.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ScaleDataSeeder>().SeedAsync(options, password, generated);
            await Web.Cli.CommandLine.WriteJsonAsync(summary);
            return 0;
        }
        catch (ScaleSeedException e)
        {
            await Console.Error.WriteLineAsync($"seed-scale: {e.Message}");
            return 1;
        }
    }
}
