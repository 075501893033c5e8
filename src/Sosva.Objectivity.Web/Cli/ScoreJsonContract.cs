using System.Text.Json.Serialization;

namespace Sosva.Objectivity.Web.Cli;

// The stable JSON contract of the `score FILE.json` command (docs/design.md#84-score). Property names
// are spelled out with attributes rather than left to a naming policy, so renaming a C# property can
// never change the contract. Values are nullable on input so that a missing field is told apart
// from false or zero and reported (ScoreJson.Run).

/// <summary>Input: <c>{"year":2023,"schools":[…]}</c>.</summary>
public sealed class ScoreInputDto
{
    [JsonPropertyName("year")]
    public int? Year { get; set; }

    [JsonPropertyName("schools")]
    public List<SchoolInputDto>? Schools { get; set; }
}

/// <summary>One school's inputs; field names follow the preset's indicators P1…P7.</summary>
public sealed class SchoolInputDto
{
    [JsonPropertyName("school")]
    public string? School { get; set; }

    [JsonPropertyName("p1")]
    public List<TimelinessItemDto>? P1 { get; set; }

    [JsonPropertyName("p2")]
    public List<TimelinessItemDto>? P2 { get; set; }

    /// <summary>One value per check: true when confirmed.</summary>
    [JsonPropertyName("p3")]
    public List<bool>? P3 { get; set; }

    /// <summary>Input of P4: every year the school was on Rosobrnadzor's list.</summary>
    [JsonPropertyName("biasListYears")]
    public List<int>? BiasListYears { get; set; }

    /// <summary>«all», «partial» or «none».</summary>
    [JsonPropertyName("p5")]
    public string? P5 { get; set; }

    /// <summary>«qualitative», «statistical» or «none».</summary>
    [JsonPropertyName("p6")]
    public string? P6 { get; set; }

    /// <summary>Item code → present: publicInfo, vprSchedule, assessmentCourses, vprRegulation, survey.</summary>
    [JsonPropertyName("p7")]
    public OrderedDictionary<string, bool>? P7 { get; set; }
}

/// <summary><c>{"onTime":true,"withErrors":false}</c>.</summary>
public sealed class TimelinessItemDto
{
    [JsonPropertyName("onTime")]
    public bool? OnTime { get; set; }

    [JsonPropertyName("withErrors")]
    public bool? WithErrors { get; set; }
}

/// <summary>Output: <c>{"schools":[…]}</c>, in ranking order.</summary>
public sealed class ScoreOutputDto
{
    [JsonPropertyName("schools")]
    public List<SchoolScoreDto> Schools { get; set; } = [];
}

/// <summary><c>{"school":…,"points":{"P1":…,…,"P7":…},"total":…,"band":"high|sufficient|low","rank":…}</c>.</summary>
public sealed class SchoolScoreDto
{
    [JsonPropertyName("school")]
    public string School { get; set; } = "";

    /// <summary>Indicator code → points, in the methodology's order.</summary>
    [JsonPropertyName("points")]
    public OrderedDictionary<string, int> Points { get; set; } = [];

    [JsonPropertyName("total")]
    public int Total { get; set; }

    [JsonPropertyName("band")]
    public string Band { get; set; } = "";

    [JsonPropertyName("rank")]
    public int Rank { get; set; }
}
