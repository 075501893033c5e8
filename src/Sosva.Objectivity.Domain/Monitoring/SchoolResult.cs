using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// A school's score in a computed campaign, stored at compute time (points, total, band, rank and the
/// rule explanations), so the ranking, the breakdown and the exports show what was computed even when
/// an input changes later.
/// </summary>
public class SchoolResult
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public MonitoringCampaign? Campaign { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>Points per indicator, in the order of the campaign methodology's indicators.</summary>
    public int[] Points { get; set; } = [];

    /// <summary>How each indicator's points came about (<see cref="ObjectivityScoring.Explain"/>), same order.</summary>
    public string[] Explanations { get; set; } = [];

    public int Total { get; set; }
    public string BandCode { get; set; } = "";
    public int Rank { get; set; }
}
