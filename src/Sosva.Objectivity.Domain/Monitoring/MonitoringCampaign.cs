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

    /// <summary>
    /// Whether the campaign may take <paramref name="methodologyId"/> (null: none chosen): the methodology changes only while
    /// collecting, since stored results were computed with the one it has (docs/design.md#75-campaigns).
    /// </summary>
    public TransitionResult CanChangeMethodology(int? methodologyId) =>
        Status != CampaignStatus.Collecting && methodologyId != MethodologyId
            ? TransitionResult.Refused("Методику можно сменить только на этапе сбора данных.", nameof(MethodologyId))
            : TransitionResult.Done;

    /// <summary>
    /// Whether scores may be computed now: not while published, since the public page shows what was computed
    /// (docs/design.md#75-campaigns). Asked before the work starts; <see cref="MarkComputed"/> asks again.
    /// </summary>
    public TransitionResult CanCompute() => Status == CampaignStatus.Published
        ? TransitionResult.Refused("Кампания опубликована: снимите публикацию, чтобы пересчитать.")
        : TransitionResult.Done;

    /// <summary>Collecting or computed → computed, once the results are stored; a recomputation stamps the time again.</summary>
    public TransitionResult MarkComputed(DateTimeOffset now, string? by)
    {
        var allowed = CanCompute();
        if (!allowed.Succeeded) return allowed;
        Status = CampaignStatus.Computed;
        ComputedAt = now;
        ComputedBy = by;
        return TransitionResult.Done;
    }

    /// <summary>Computed → published: an explicit act of a methodologist (docs/design.md#78-publishing-and-who-sees-what).</summary>
    public TransitionResult Publish(DateTimeOffset now, string? by)
    {
        if (Status != CampaignStatus.Computed) return TransitionResult.Refused("Опубликовать можно только рассчитанную кампанию.");
        Status = CampaignStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        return TransitionResult.Done;
    }

    /// <summary>Published → computed: the public page stops showing the ranking and inputs may change again.</summary>
    public TransitionResult Unpublish()
    {
        if (Status != CampaignStatus.Published) return TransitionResult.Refused("Кампания не опубликована.");
        Status = CampaignStatus.Computed;
        return TransitionResult.Done;
    }

    /// <summary>Computed → collecting; the caller deletes the stored results of the campaign with the same save.</summary>
    public TransitionResult Reopen()
    {
        if (Status != CampaignStatus.Computed)
            return TransitionResult.Refused("Вернуть к сбору данных можно только рассчитанную, неопубликованную кампанию.");
        Status = CampaignStatus.Collecting;
        ComputedAt = null;
        ComputedBy = null;
        return TransitionResult.Done;
    }

    public static string StatusName(CampaignStatus status) => status switch
    {
        CampaignStatus.Collecting => "сбор данных",
        CampaignStatus.Computed => "рассчитан",
        CampaignStatus.Published => "опубликован",
        _ => status.ToString(),
    };
}
