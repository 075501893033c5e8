using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Sosva.Objectivity.Domain.Monitoring;
using static System.FormattableString;

namespace Sosva.Objectivity.Web.Cli;

/// <summary>
/// The `score FILE.json` command's logic (docs/design.md#84-score): JSON in, JSON out, through the same
/// <see cref="ObjectivityScoring"/> the web pages use.
/// </summary>
public static class ScoreJson
{
    private static readonly string[] RootFields = ["year", "schools"];
    private static readonly string[] SchoolFields = ["school", "p1", "p2", "p3", "biasListYears", "p5", "p6", "p7"];
    private static readonly string[] TimelinessFields = ["onTime", "withErrors"];

    /// <summary>How the contract is read and written; shared so callers and tests use the very same settings.</summary>
    /// <remarks>
    /// Cyrillic school names are written as they are, not as \u escapes (the encoder still escapes
    /// HTML-sensitive characters). Unknown members and duplicate names are refused.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Scores the input with the Kazachinsko-Lensky preset.</summary>
    /// <exception cref="ScoreInputException">The input is not valid; the message names the school and the field, in Russian.</exception>
    public static string Run(string inputJson) => Run(inputJson, Methodologies.KazachinskoLensky2023);

    /// <summary>Scores the input with a methodology whose indicators are P1…P7 of the preset's kinds (a modified copy).</summary>
    /// <exception cref="ScoreInputException">The input is not valid; the message names the school and the field, in Russian.</exception>
    /// <exception cref="ArgumentException">The methodology's indicators do not fit the contract's fields.</exception>
    /// <exception cref="InvalidMethodologyException">The methodology fails <see cref="Methodology.Validate"/>.</exception>
    public static string Run(string inputJson, Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        EnsureFitsContract(methodology);
        methodology.EnsureValid();

        var (year, schools) = Read(inputJson ?? "", methodology);
        var scores = ObjectivityScoring.Score(methodology, year, schools);
        var output = new ScoreOutputDto
        {
            Schools = [.. scores.Select(score => new SchoolScoreDto
            {
                School = score.School,
                Points = new OrderedDictionary<string, int>(score.Points),
                Total = score.Total,
                Band = score.BandCode,
                Rank = score.Rank,
            })],
        };
        return JsonSerializer.Serialize(output, Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static (int Year, List<SchoolInputs> Schools) Read(string inputJson, Methodology methodology)
    {
        using var document = Parse(inputJson);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new ScoreInputException("Ожидается объект JSON вида {\"year\": …, \"schools\": […]}.");

        var errors = new List<string>();
        CheckFields(root, RootFields, "Входные данные: ", errors);
        var year = ReadYear(root, errors);

        var schools = new List<SchoolInputs>();
        if (!root.TryGetProperty("schools", out var list) || list.ValueKind == JsonValueKind.Null)
            errors.Add("Не указано поле «schools» (список школ).");
        else if (list.ValueKind != JsonValueKind.Array)
            errors.Add("Поле «schools»: ожидается список школ.");
        else if (list.GetArrayLength() == 0)
            errors.Add("Поле «schools»: список школ пуст.");
        else
            schools = ReadSchools(list, methodology, errors);

        if (errors.Count > 0)
            throw new ScoreInputException(errors);
        return (year, schools);
    }

    private static JsonDocument Parse(string inputJson)
    {
        try
        {
            return JsonDocument.Parse(inputJson, new JsonDocumentOptions { AllowDuplicateProperties = true });
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            throw new ScoreInputException(Invariant($"Входные данные — некорректный JSON (строка {line})."), exception);
        }
    }

    private static int ReadYear(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("year", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add("Не указано поле «year» (год кампании).");
            return 0;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var year))
        {
            errors.Add("Поле «year»: ожидается целое число — год кампании.");
            return 0;
        }

        if (year is < MonitoringYears.First or > MonitoringYears.Last)
            errors.Add(Invariant($"Поле «year»: год {year} вне допустимого диапазона {MonitoringYears.First}–{MonitoringYears.Last}."));
        return year;
    }

    private static List<SchoolInputs> ReadSchools(JsonElement list, Methodology methodology, List<string> errors)
    {
        var schools = new List<SchoolInputs>();
        var firstNumberByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var element in list.EnumerateArray())
        {
            number++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Invariant($"Школа №{number}: ожидается объект с полями {string.Join(", ", SchoolFields)}."));
                continue;
            }

            var label = Invariant($"Школа №{number}");
            if (!element.TryGetProperty("school", out var nameElement) || nameElement.ValueKind == JsonValueKind.Null)
            {
                errors.Add(label + ": не указано название (поле «school»).");
            }
            else if (nameElement.ValueKind != JsonValueKind.String)
            {
                errors.Add(label + ": поле «school» — ожидается строка с названием.");
            }
            else if (string.IsNullOrWhiteSpace(nameElement.GetString()))
            {
                errors.Add(label + ": не указано название (поле «school» пусто).");
            }
            else
            {
                var name = nameElement.GetString()!;
                label = "Школа «" + name + "»";
                if (firstNumberByName.TryGetValue(name.Trim(), out var first))
                    errors.Add(label + Invariant($" указана дважды (№{first} и №{number}); названия школ не должны повторяться."));
                else
                    firstNumberByName.Add(name.Trim(), number);
            }

            var before = errors.Count;
            var school = ReadSchool(element, label, methodology, errors);
            if (school is not null && errors.Count == before)
                schools.Add(school);
        }

        return schools;
    }

    private static SchoolInputs? ReadSchool(JsonElement element, string label, Methodology methodology, List<string> errors)
    {
        var before = errors.Count;
        CheckFields(element, SchoolFields, label + ": ", errors);
        CheckNestedFields(element, label, methodology, errors);
        if (errors.Count > before)
            return null;

        SchoolInputDto dto;
        try
        {
            dto = element.Deserialize<SchoolInputDto>(Options)!;
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "?";
            // A name of the wrong type has been reported already, as the school's first problem.
            if (field != "school")
                errors.Add(label + Invariant($": поле «{field}» — значение неверного типа") + Expected(field) + ".");
            return null;
        }

        var p1 = ReadTimeliness(dto.P1, "p1", label, errors);
        var p2 = ReadTimeliness(dto.P2, "p2", label, errors);
        if (dto.P3 is null)
            errors.Add(label + ": не указано поле «p3».");
        ReadBiasListYears(dto.BiasListYears, label, errors);
        ReadChoice(dto.P5, "p5", (ChoiceRule)methodology.Indicator("P5")!.Rule, label, errors);
        ReadChoice(dto.P6, "p6", (ChoiceRule)methodology.Indicator("P6")!.Rule, label, errors);
        var p7 = ReadChecklist(dto.P7, (ChecklistRule)methodology.Indicator("P7")!.Rule, label, errors);
        if (errors.Count > before)
            return null;

        return new SchoolInputs(dto.School!, new Dictionary<string, IndicatorInput>(StringComparer.Ordinal)
        {
            ["P1"] = new TimelinessInput(p1!),
            ["P2"] = new TimelinessInput(p2!),
            ["P3"] = new ConfirmationInput(dto.P3!),
            ["P4"] = new BiasListInput(dto.BiasListYears!),
            ["P5"] = new ChoiceInput(dto.P5!),
            ["P6"] = new ChoiceInput(dto.P6!),
            ["P7"] = new ChecklistInput(p7!),
        });
    }

    private static string Expected(string field) => field.Split('.', '[')[0] switch
    {
        "school" => "; ожидается строка",
        "p1" or "p2" => "; ожидается список объектов {\"onTime\": true|false, \"withErrors\": true|false}",
        "p3" => "; ожидается список значений true|false",
        "biasListYears" => "; ожидается список годов — целых чисел",
        "p5" or "p6" => "; ожидается строка",
        "p7" => "; ожидается объект с пунктами и значениями true|false",
        _ => "",
    };

    /// <summary>Unknown or repeated names inside p1/p2 items and p7, reported before the typed read.</summary>
    private static void CheckNestedFields(JsonElement school, string label, Methodology methodology, List<string> errors)
    {
        foreach (var field in new[] { "p1", "p2" })
        {
            if (!school.TryGetProperty(field, out var items) || items.ValueKind != JsonValueKind.Array)
                continue;
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                    CheckFields(item, TimelinessFields, label + Invariant($": в «{field}[{index}]» "), errors);
                index++;
            }
        }

        if (school.TryGetProperty("p7", out var p7) && p7.ValueKind == JsonValueKind.Object)
        {
            var items = ((ChecklistRule)methodology.Indicator("P7")!.Rule).Items.Select(item => item.Code).ToArray();
            CheckFields(p7, items, label + ": в «p7» ", errors);
        }
    }

    private static List<TimelinessItem>? ReadTimeliness(List<TimelinessItemDto>? items, string field, string label, List<string> errors)
    {
        if (items is null)
        {
            errors.Add(label + Invariant($": не указано поле «{field}»."));
            return null;
        }

        var result = new List<TimelinessItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var where = label + Invariant($": «{field}[{i}]»");
            if (item is null)
                errors.Add(where + " — ожидается объект {\"onTime\": …, \"withErrors\": …}.");
            else if (item.OnTime is null)
                errors.Add(where + " — не указано «onTime».");
            else if (item.WithErrors is null)
                errors.Add(where + " — не указано «withErrors».");
            else
                result.Add(new TimelinessItem(item.OnTime.Value, item.WithErrors.Value));
        }

        return result;
    }

    private static void ReadBiasListYears(List<int>? years, string label, List<string> errors)
    {
        if (years is null)
        {
            errors.Add(label + ": не указано поле «biasListYears» (годы в перечне Рособрнадзора; пустой список, если ни разу).");
            return;
        }

        foreach (var year in years.Where(year => year is < MonitoringYears.First or > MonitoringYears.Last).Distinct())
            errors.Add(label + Invariant($": поле «biasListYears» — год {year} вне допустимого диапазона {MonitoringYears.First}–{MonitoringYears.Last}."));
    }

    private static void ReadChoice(string? value, string field, ChoiceRule rule, string label, List<string> errors)
    {
        var allowed = string.Join(", ", rule.Options.Select(option => option.Code));
        if (value is null)
            errors.Add(label + Invariant($": не указано поле «{field}»; допустимые значения: {allowed}."));
        else if (rule.Option(value) is null)
            errors.Add(label + Invariant($": поле «{field}» — неизвестное значение «{value}»; допустимые: {allowed}."));
    }

    private static List<string>? ReadChecklist(OrderedDictionary<string, bool>? values, ChecklistRule rule, string label, List<string> errors)
    {
        if (values is null)
        {
            errors.Add(label + ": не указано поле «p7».");
            return null;
        }

        // Every item is required: a missing one is more likely a slip than a deliberate «no».
        foreach (var item in rule.Items.Where(item => !values.ContainsKey(item.Code)))
            errors.Add(label + Invariant($": в «p7» не указан пункт «{item.Code}» (true или false)."));
        return [.. values.Where(pair => pair.Value).Select(pair => pair.Key)];
    }

    private static void CheckFields(JsonElement element, IReadOnlyCollection<string> allowed, string where, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                errors.Add(where + Invariant($"неизвестное поле «{property.Name}»; допустимые: {string.Join(", ", allowed)}."));
            else if (!seen.Add(property.Name))
                errors.Add(where + Invariant($"поле «{property.Name}» указано дважды."));
        }
    }

    private static void EnsureFitsContract(Methodology methodology)
    {
        IndicatorInputKind[] kinds =
        [
            IndicatorInputKind.TimelinessList, IndicatorInputKind.TimelinessList, IndicatorInputKind.ConfirmationList,
            IndicatorInputKind.BiasListHistory, IndicatorInputKind.Choice, IndicatorInputKind.Choice, IndicatorInputKind.Checklist,
        ];
        var fits = methodology.Indicators is { Count: 7 }
            && methodology.Indicators.Select((indicator, i) => indicator is not null
                && string.Equals(indicator.Code, Invariant($"P{i + 1}"), StringComparison.Ordinal)
                && indicator.Rule is not null
                && indicator.InputKind == kinds[i]).All(ok => ok);
        if (!fits)
        {
            throw new ArgumentException(
                "Формат JSON команды score рассчитан на показатели P1–P7 с видами данных методики Казачинско-Ленского района.",
                nameof(methodology));
        }
    }
}

/// <summary>The input of <see cref="ScoreJson.Run(string)"/> is not valid; every problem found is listed, in Russian.</summary>
public sealed class ScoreInputException : Exception
{
    public ScoreInputException()
        : this("Неверные входные данные.")
    {
    }

    public ScoreInputException(string message)
        : base(message) => Errors = [message];

    public ScoreInputException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public ScoreInputException(IReadOnlyList<string> errors)
        : base(string.Join("\n", errors ?? [])) => Errors = errors ?? [];

    public IReadOnlyList<string> Errors { get; }
}
