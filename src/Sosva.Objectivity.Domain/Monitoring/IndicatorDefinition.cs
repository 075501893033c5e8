using System.Text.Json.Serialization;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>What a methodologist enters for an indicator, per school.</summary>
public enum IndicatorInputKind
{
    /// <summary>A list of forms or events, each on time or not, with errors or not (P1, P2).</summary>
    TimelinessList,

    /// <summary>A list of checks, each confirmed or not (P3).</summary>
    ConfirmationList,

    /// <summary>The years the school was on Rosobrnadzor's list of schools with signs of bias (P4).</summary>
    BiasListHistory,

    /// <summary>One of several named options (P5, P6).</summary>
    Choice,

    /// <summary>Named items, each present or not (P7).</summary>
    Checklist,
}

/// <summary>
/// One indicator (показатель) of a methodology: what is entered, how it turns into points and
/// the most points it can give.
/// </summary>
/// <param name="Code">Stable code, e.g. «P1»; the key of points in scores and in the JSON contract.</param>
/// <param name="Title">Russian title shown in the UI.</param>
/// <param name="ReferenceYearOffset">
/// 0 when the indicator is about the campaign year, −1 when about the year before
/// (P4 looks at the previous year's list, P6 at the previous year's analysis).
/// </param>
/// <param name="Rule">The rule's parameters; its type determines <see cref="InputKind"/>.</param>
/// <param name="Maximum">Points are capped at this value; penalties may still take them below zero.</param>
/// <param name="SelfReported">
/// A school reports it itself (P5–P7 of the preset): a principal may enter it for their own school
/// when the campaign allows; everything else comes from ФИС ОКО and Rosobrnadzor through the methodologist.
/// </param>
public sealed record IndicatorDefinition(
    string Code,
    string Title,
    int ReferenceYearOffset,
    IndicatorRule Rule,
    int Maximum,
    bool SelfReported = false)
{
    /// <summary>What is entered for this indicator; follows from the rule, so the two never disagree.</summary>
    [JsonIgnore]
    public IndicatorInputKind InputKind => Rule.InputKind;

    /// <summary>The year the indicator is about in a campaign of <paramref name="campaignYear"/>.</summary>
    public int ReferenceYear(int campaignYear) => campaignYear + ReferenceYearOffset;
}
