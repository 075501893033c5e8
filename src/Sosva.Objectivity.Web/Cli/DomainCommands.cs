using System.Globalization;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Web.Cli;

/// <summary>Command-line verbs over the domain alone (the contract of
/// docs/design.md#8-command-line); no database.</summary>
public static class DomainCommands
{
    public static async Task<int> ParseDeadlineAsync(CommandArgs args)
    {
        var from = Date(args.Required("from"), "from");
        var to = Date(args.Required("to"), "to");
        if (args.Positional.Count != 1) throw new UsageException("укажите один текст срока в кавычках");
        var result = DeadlineParser.Parse(args.Positional[0], from, to);
        await CommandLine.WriteJsonAsync(new
        {
            text = result.Text,
            kind = result.Kind.ToString().ToLowerInvariant(),
            checkpoints = result.Checkpoints.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            warnings = result.Warnings,
        });
        return 0;
    }

    public static async Task<int> ImportRoadmapAsync(CommandArgs args)
    {
        if (!args.Flag("dry-run")) throw new UsageException("импорт из командной строки только предварительный: --dry-run");
        if (args.Positional.Count != 1) throw new UsageException("укажите один файл");
        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"import-roadmap: файл не найден: {path}");
            return 1;
        }

        // The format is told by the content, not by the extension (Web/Importing).
        InterpretedRoadmap read;
        try
        {
            read = RoadmapFileReader.Default.ReadFile(path);
        }
        catch (Uploads.UploadRefusedException e)
        {
            await Console.Error.WriteLineAsync($"import-roadmap: {e.Message}");
            return 1;
        }

        await CommandLine.WriteJsonAsync(new
        {
            title = read.Title,
            sections = read.Table.Sections.Select(s => new
            {
                number = s.Number,
                title = s.Title,
                measures = s.Measures.Select(m => new
                {
                    number = m.Number,
                    title = m.Title,
                    deadline = m.Deadline,
                    responsible = m.Responsible,
                    expectedResult = m.ExpectedResult,
                    documentType = m.DocumentType,
                }),
            }),
            warnings = read.Table.Warnings,
        });
        return 0;
    }

    /// <summary>`score FILE.json`: the objectivity scores
    /// (docs/design.md#84-score) by the default methodology.</summary>
    public static async Task<int> ScoreAsync(CommandArgs args)
    {
        if (args.Positional.Count != 1) throw new UsageException("укажите один файл JSON с исходными данными");
        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"score: файл не найден: {path}");
            return 1;
        }
        try
        {
            await Console.Out.WriteLineAsync(ScoreJson.Run(await File.ReadAllTextAsync(path)));
            return 0;
        }
        catch (ScoreInputException e)
        {
            foreach (var error in e.Errors) await Console.Error.WriteLineAsync($"score: {error}");
            return 1;
        }
    }

    private static DateOnly Date(string value, string name) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"--{name}: ожидается дата ГГГГ-ММ-ДД, получено «{value}»");
}
