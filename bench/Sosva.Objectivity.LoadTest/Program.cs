using Sosva.Objectivity.LoadTest.Scale;

namespace Sosva.Objectivity.LoadTest;

/// <summary>
/// Run from src/Sosva.Objectivity.Web, whose appsettings.json and wwwroot are read from the current directory
/// (bench/load.sh does):
/// <code>
/// dotnet Sosva.Objectivity.LoadTest.dll seed-scale --schools N --measures M --campaigns Y [--password-stdin]
/// dotnet Sosva.Objectivity.LoadTest.dll serve
/// </code>
/// </summary>
/// <remarks>A named entry point, not top-level statements: those would add a public global Program that the web
/// tests, which reference this project, could not tell from the portal's.</remarks>
internal static class LoadTestProgram
{
    private static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["seed-scale", .. var rest]:
                return await SeedScaleCommand.RunAsync(rest);
            case ["serve", .. var rest]:
                return await LoadHost.RunAsync(rest);
            default:
                await Console.Error.WriteLineAsync("""
                    Использование: Sosva.Objectivity.LoadTest VERB [параметры]  (из каталога src/Sosva.Objectivity.Web)
                      seed-scale --schools N --measures M --campaigns Y [--password-stdin]
                                  заполнить пустую базу нагрузочными данными (JSON)
                      serve       портал с базовой страницей нагрузочного теста /Bench/Fortunes
                    Строка подключения: ConnectionStrings__Default.
                    """);
                return 2;
        }
    }
}
