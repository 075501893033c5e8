using Sosva.Objectivity.Domain.Common;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>Where a campaign is: data are collected, scores computed, the ranking published.</summary>
public enum CampaignStatus
{
    /// <summary>Сбор данных: inputs are entered and imported; there is no ranking.</summary>
    Collecting,

    /// <summary>Рассчитан: scores, ranks and recommendations stored; visible inside the portal to staff.</summary>
    Computed,

    /// <summary>Опубликован: the ranking is public; inputs are frozen until it is unpublished.</summary>
    Published,
}

/// <summary>Мониторинг объективности for one year (docs/design.md#75-campaigns): one campaign per year.</summary>
public class MonitoringCampaign : ITracked, IVersioned
{
    public int Id { get; set; }

    /// <summary>The campaign year: the year of the ВПР the indicators are about (P4 and P6 look one year back).</summary>
    public int Year { get; set; }

    /// <summary>The methodology version the campaign is collected and computed with; may change only while collecting.</summary>
    public int MethodologyId { get; set; }
    public StoredMethodology? Methodology { get; set; }

    public CampaignStatus Status { get; set; } = CampaignStatus.Collecting;

    /// <summary>Last day of data entry (the procedure: no later than 30 days after the ВПР stage).</summary>
    public DateOnly? DataEntryDeadline { get; set; }

    /// <summary>Principals may fill the self-reported indicators (P5–P7) of their own school while collecting.</summary>
    public bool AllowPrincipalEntry { get; set; }

    public DateTimeOffset? ComputedAt { get; set; }
    public string? ComputedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Inputs may change: not while published (the public page would disagree with them).</summary>
    public bool InputsEditable => Status != CampaignStatus.Published;

    /// <summary>A principal may enter the self-reported items of their school on <paramref name="today"/>.</summary>
    public bool OpenToPrincipals(DateOnly today) =>
        AllowPrincipalEntry && Status == CampaignStatus.Collecting && (DataEntryDeadline is null || today <= DataEntryDeadline);

    public static string StatusName(CampaignStatus status) => status switch
    {
        CampaignStatus.Collecting => "сбор данных",
        CampaignStatus.Computed => "рассчитан",
        CampaignStatus.Published => "опубликован",
        _ => status.ToString(),
    };
}
