using System.Text.Json;
using System.Text.Json.Nodes;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Cli;

namespace Sosva.Objectivity.Web.Tests.Cli;

public class ScoreJsonTests
{
    // The input example of docs/design.md#84-score.
    private const string DesignExample = """
        {"year":2023,"schools":[{"school":"Школа А","p1":[{"onTime":true,"withErrors":false}],"p2":[],"p3":[true,false],"biasListYears":[2022],"p5":"all","p6":"qualitative","p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":false,"vprRegulation":true,"survey":false}}]}
        """;

    private const string SchoolA = """
        {"school":"Школа А",
         "p1":[{"onTime":true,"withErrors":false},{"onTime":true,"withErrors":false},{"onTime":false,"withErrors":false}],
         "p2":[P2A],
         "p3":[true,true,true,true,true,false],
         "biasListYears":[],
         "p5":"all","p6":"qualitative",
         "p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":true,"vprRegulation":true,"survey":false}}
        """;

    private const string SchoolB = """
        {"school":"Школа Б",
         "p1":[{"onTime":false,"withErrors":false},{"onTime":false,"withErrors":true},{"onTime":false,"withErrors":false}],
         "p2":[P2B],
         "p3":[true,true,false,false,false,false],
         "biasListYears":[2021,2022],
         "p5":"partial","p6":"statistical",
         "p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":false,"vprRegulation":false,"survey":false}}
        """;

    // ---- The contract's shapes ----

    [Fact]
    public void The_design_example_gives_the_output_shape_of_design_5_1()
    {
        using var output = JsonDocument.Parse(ScoreJson.Run(DesignExample));

        var root = output.RootElement;
        Names(root).Should().Equal("schools");
        var school = root.GetProperty("schools").EnumerateArray().Single();
        Names(school).Should().Equal("school", "points", "total", "band", "rank");
        Names(school.GetProperty("points")).Should().Equal("P1", "P2", "P3", "P4", "P5", "P6", "P7");
        school.GetProperty("school").GetString().Should().Be("Школа А");
        // 1 + 0 + 2 + 0 (on the 2022 list) + 2 + 2 + 4 = 11.
        PointsOf(school).Should().Equal(1, 0, 2, 0, 2, 2, 4);
        school.GetProperty("total").GetInt32().Should().Be(11);
        school.GetProperty("band").GetString().Should().Be("low");
        school.GetProperty("rank").GetInt32().Should().Be(1);
    }

    [Fact]
    public void The_worked_examples_score_the_same_through_json()
    {
        using var output = JsonDocument.Parse(ScoreJson.Run(Input(2023, SchoolB, SchoolA)));

        var schools = output.RootElement.GetProperty("schools").EnumerateArray().ToList();
        schools.Select(s => (s.GetProperty("school").GetString(), s.GetProperty("total").GetInt32(), s.GetProperty("band").GetString(), s.GetProperty("rank").GetInt32()))
            .Should().Equal(("Школа А", 44, "high", 1), ("Школа Б", 12, "low", 2));
        PointsOf(schools[0]).Should().Equal(2, 18, 10, 3, 2, 2, 7);
        PointsOf(schools[1]).Should().Equal(-1, 14, 4, -10, 1, 1, 3);
    }

    [Fact]
    public void The_input_dtos_round_trip_the_design_example_exactly()
    {
        var dto = JsonSerializer.Deserialize<ScoreInputDto>(DesignExample, ScoreJson.Options)!;

        var written = JsonSerializer.Serialize(dto, ScoreJson.Options);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(DesignExample)).Should().BeTrue(written);
        dto.Schools![0].P7!.Keys.Should().Equal("publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation", "survey");
    }

    [Fact]
    public void The_output_dtos_round_trip_what_Run_writes()
    {
        var output = ScoreJson.Run(Input(2023, SchoolA, SchoolB));

        var dto = JsonSerializer.Deserialize<ScoreOutputDto>(output, ScoreJson.Options)!;
        var written = JsonSerializer.Serialize(dto, ScoreJson.Options);

        written.Should().Be(output);
        dto.Schools.Select(s => (s.School, s.Total, s.Band, s.Rank)).Should().Equal(("Школа А", 44, "high", 1), ("Школа Б", 12, "low", 2));
        dto.Schools[1].Points.Should().Equal(new Dictionary<string, int>
        {
            ["P1"] = -1, ["P2"] = 14, ["P3"] = 4, ["P4"] = -10, ["P5"] = 1, ["P6"] = 1, ["P7"] = 3,
        });
    }

    [Fact]
    public void Cyrillic_names_are_written_as_they_are()
    {
        ScoreJson.Run(DesignExample).Should().Contain("\"Школа А\"").And.NotContain("\\u04");
    }

    [Fact]
    public void Ties_share_a_rank_in_the_output_and_are_listed_by_name()
    {
        var output = ScoreJson.Run(Input(2023, Named(SchoolA, "Б-школа"), Named(SchoolA, "а-школа"), SchoolB));

        var dto = JsonSerializer.Deserialize<ScoreOutputDto>(output, ScoreJson.Options)!;
        dto.Schools.Select(s => (s.School, s.Rank)).Should().Equal(("а-школа", 1), ("Б-школа", 1), ("Школа Б", 3));
    }

    [Fact]
    public void A_modified_methodology_can_score_the_same_contract()
    {
        var modified = Methodologies.KazachinskoLensky2023
            .WithIndicator("P2", p2 => p2 with { Maximum = 10, Rule = new TimelinessRule(1, 1, 1) }) with { TotalMaximum = 40 };

        var dto = JsonSerializer.Deserialize<ScoreOutputDto>(ScoreJson.Run(Input(2023, SchoolA), modified), ScoreJson.Options)!;

        dto.Schools[0].Points["P2"].Should().Be(9);
        dto.Schools[0].Total.Should().Be(35);
        dto.Schools[0].Band.Should().Be("sufficient");
    }

    [Fact]
    public void A_methodology_without_the_contracts_indicators_is_refused()
    {
        var other = Methodologies.KazachinskoLensky2023 with
        {
            Indicators = [.. Methodologies.KazachinskoLensky2023.Indicators.Take(6)],
            TotalMaximum = 42,
        };

        var run = () => ScoreJson.Run(DesignExample, other);

        run.Should().Throw<ArgumentException>().WithMessage("Формат JSON команды score рассчитан на показатели P1–P7*");
    }

    [Fact]
    public void The_shared_serializer_options_cannot_be_changed()
    {
        var change = () => ScoreJson.Options.WriteIndented = false;

        change.Should().Throw<InvalidOperationException>();
    }

    // ---- Bad input: Russian messages naming the school and the field ----

    [Theory]
    [InlineData("", "Входные данные — некорректный JSON (строка 1).")]
    [InlineData("{\"year\":2023,\n\"schools\":[}", "Входные данные — некорректный JSON (строка 2).")]
    [InlineData("[]", "Ожидается объект JSON вида {\"year\": …, \"schools\": […]}.")]
    public void Input_that_is_not_a_json_object_is_refused(string input, string message)
    {
        Errors(input).Should().Equal(message);
    }

    [Theory]
    [InlineData("{\"schools\":[SCHOOL]}", "Не указано поле «year» (год кампании).")]
    [InlineData("{\"year\":null,\"schools\":[SCHOOL]}", "Не указано поле «year» (год кампании).")]
    [InlineData("{\"year\":\"2023\",\"schools\":[SCHOOL]}", "Поле «year»: ожидается целое число — год кампании.")]
    [InlineData("{\"year\":2023.5,\"schools\":[SCHOOL]}", "Поле «year»: ожидается целое число — год кампании.")]
    [InlineData("{\"year\":1999,\"schools\":[SCHOOL]}", "Поле «year»: год 1999 вне допустимого диапазона 2015–2100.")]
    [InlineData("{\"year\":20233,\"schools\":[SCHOOL]}", "Поле «year»: год 20233 вне допустимого диапазона 2015–2100.")]
    [InlineData("{\"year\":2023}", "Не указано поле «schools» (список школ).")]
    [InlineData("{\"year\":2023,\"schools\":{}}", "Поле «schools»: ожидается список школ.")]
    [InlineData("{\"year\":2023,\"schools\":[]}", "Поле «schools»: список школ пуст.")]
    [InlineData("{\"year\":2023,\"schools\":[SCHOOL],\"methodology\":\"x\"}", "Входные данные: неизвестное поле «methodology»; допустимые: year, schools.")]
    [InlineData("{\"year\":2023,\"year\":2024,\"schools\":[SCHOOL]}", "Входные данные: поле «year» указано дважды.")]
    public void The_year_and_the_list_of_schools_are_checked(string input, string message)
    {
        Errors(input.Replace("SCHOOL", SchoolA, StringComparison.Ordinal)).Should().Equal(message);
    }

    [Fact]
    public void The_year_2015_and_the_year_2100_are_accepted()
    {
        ScoreJson.Run(Input(2015, SchoolA)).Should().Contain("\"rank\": 1");
        ScoreJson.Run(Input(2100, SchoolA)).Should().Contain("\"rank\": 1");
    }

    [Theory]
    [InlineData("\"school\":\"Школа А\",", "", "Школа №2: не указано название (поле «school»).")]
    [InlineData("\"school\":\"Школа А\",", "\"school\":\"  \",", "Школа №2: не указано название (поле «school» пусто).")]
    [InlineData("\"school\":\"Школа А\",", "\"school\":7,", "Школа №2: поле «school» — ожидается строка с названием.")]
    [InlineData("\"p5\":\"all\"", "\"p5\":\"some\"", "Школа «Школа А»: поле «p5» — неизвестное значение «some»; допустимые: all, partial, none.")]
    [InlineData("\"p5\":\"all\"", "\"p5\":\"All\"", "Школа «Школа А»: поле «p5» — неизвестное значение «All»; допустимые: all, partial, none.")]
    [InlineData("\"p6\":\"qualitative\"", "\"p6\":\"deep\"", "Школа «Школа А»: поле «p6» — неизвестное значение «deep»; допустимые: qualitative, statistical, none.")]
    [InlineData("\"p5\":\"all\",", "", "Школа «Школа А»: не указано поле «p5»; допустимые значения: all, partial, none.")]
    [InlineData("\"p3\":[true,true,true,true,true,false],", "", "Школа «Школа А»: не указано поле «p3».")]
    [InlineData("\"biasListYears\":[],", "", "Школа «Школа А»: не указано поле «biasListYears» (годы в перечне Рособрнадзора; пустой список, если ни разу).")]
    [InlineData("\"biasListYears\":[]", "\"biasListYears\":[2022,1922]", "Школа «Школа А»: поле «biasListYears» — год 1922 вне допустимого диапазона 2015–2100.")]
    [InlineData("\"p2\":[P2A],", "\"p2\":null,", "Школа «Школа А»: не указано поле «p2».")]
    [InlineData("\"p5\":\"all\"", "\"p5\":\"all\",\"p8\":1", "Школа «Школа А»: неизвестное поле «p8»; допустимые: school, p1, p2, p3, biasListYears, p5, p6, p7.")]
    [InlineData("\"p5\":\"all\"", "\"p5\":\"all\",\"P5\":\"all\"", "Школа «Школа А»: неизвестное поле «P5»; допустимые: school, p1, p2, p3, biasListYears, p5, p6, p7.")]
    [InlineData("\"p5\":\"all\"", "\"p5\":\"all\",\"p5\":\"none\"", "Школа «Школа А»: поле «p5» указано дважды.")]
    [InlineData("[{\"onTime\":true,\"withErrors\":false},", "[{\"onTime\":true},", "Школа «Школа А»: «p1[0]» — не указано «withErrors».")]
    [InlineData("[{\"onTime\":true,\"withErrors\":false},", "[null,", "Школа «Школа А»: «p1[0]» — ожидается объект {\"onTime\": …, \"withErrors\": …}.")]
    [InlineData("[{\"onTime\":true,\"withErrors\":false},", "[{\"onTime\":true,\"withErrors\":false,\"late\":false},", "Школа «Школа А»: в «p1[0]» неизвестное поле «late»; допустимые: onTime, withErrors.")]
    [InlineData("[{\"onTime\":true,\"withErrors\":false},", "[{\"onTime\":\"yes\",\"withErrors\":false},", "Школа «Школа А»: поле «p1[0].onTime» — значение неверного типа; ожидается список объектов {\"onTime\": true|false, \"withErrors\": true|false}.")]
    [InlineData("\"p3\":[true,", "\"p3\":[1,", "Школа «Школа А»: поле «p3[0]» — значение неверного типа; ожидается список значений true|false.")]
    [InlineData("\"p5\":\"all\"", "\"p5\":2", "Школа «Школа А»: поле «p5» — значение неверного типа; ожидается строка.")]
    [InlineData("\"survey\":false", "\"survey\":false,\"siteSurvey\":true", "Школа «Школа А»: в «p7» неизвестное поле «siteSurvey»; допустимые: publicInfo, vprSchedule, assessmentCourses, vprRegulation, survey.")]
    [InlineData(",\"survey\":false", "", "Школа «Школа А»: в «p7» не указан пункт «survey» (true или false).")]
    [InlineData("\"survey\":false", "\"survey\":null", "Школа «Школа А»: поле «p7.survey» — значение неверного типа; ожидается объект с пунктами и значениями true|false.")]
    public void A_bad_school_field_is_reported_with_the_school_and_the_field(string replace, string with, string message)
    {
        var broken = SchoolA.Replace(replace, with, StringComparison.Ordinal);
        broken.Should().NotBe(SchoolA, "the test must change the input");

        Errors(Input(2023, SchoolB, broken)).Should().Equal(message);
    }

    [Fact]
    public void A_school_that_is_not_an_object_is_reported_by_its_number()
    {
        Errors(Input(2023, SchoolA, "\"Школа Б\"")).Should().Equal(
            "Школа №2: ожидается объект с полями school, p1, p2, p3, biasListYears, p5, p6, p7.");
    }

    [Fact]
    public void Duplicate_school_names_are_refused_ignoring_case_and_surrounding_spaces()
    {
        var input = Input(2023, SchoolA, SchoolB, Named(SchoolA, " школа а "));

        Errors(input).Should().Equal("Школа « школа а » указана дважды (№1 и №3); названия школ не должны повторяться.");
    }

    [Fact]
    public void Every_problem_is_reported_at_once_one_per_line()
    {
        var input = Input(1990, SchoolA.Replace("\"all\"", "\"some\"", StringComparison.Ordinal), SchoolB.Replace("\"p3\"", "\"p33\"", StringComparison.Ordinal));

        var exception = Run(input);

        exception.Errors.Should().Equal(
            "Поле «year»: год 1990 вне допустимого диапазона 2015–2100.",
            "Школа «Школа А»: поле «p5» — неизвестное значение «some»; допустимые: all, partial, none.",
            "Школа «Школа Б»: неизвестное поле «p33»; допустимые: school, p1, p2, p3, biasListYears, p5, p6, p7.");
        exception.Message.Should().Be(string.Join("\n", exception.Errors));
    }

    // ---- Helpers ----

    private static string Input(int year, params string[] schools) =>
        $"{{\"year\":{year},\"schools\":[{string.Join(",", schools.Select(Expand))}]}}";

    private static string Expand(string school) => school
        .Replace("P2A", Timeliness(ok: 18, late: 2), StringComparison.Ordinal)
        .Replace("P2B", Timeliness(ok: 15, late: 5), StringComparison.Ordinal);

    private static string Timeliness(int ok, int late) => string.Join(",",
        Enumerable.Repeat("{\"onTime\":true,\"withErrors\":false}", ok)
            .Concat(Enumerable.Repeat("{\"onTime\":false,\"withErrors\":false}", late)));

    private static string Named(string school, string name) =>
        school.Replace("\"school\":\"Школа А\"", $"\"school\":\"{name}\"", StringComparison.Ordinal);

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    private static IEnumerable<int> PointsOf(JsonElement school) =>
        school.GetProperty("points").EnumerateObject().Select(p => p.Value.GetInt32());

    private static IReadOnlyList<string> Errors(string input) => Run(input).Errors;

    private static ScoreInputException Run(string input)
    {
        var run = () => ScoreJson.Run(Expand(input));
        return run.Should().Throw<ScoreInputException>().Which;
    }
}
