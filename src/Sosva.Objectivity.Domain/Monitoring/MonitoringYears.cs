namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>The years a monitoring campaign, a bias list or a score input may be about.</summary>
public static class MonitoringYears
{
    /// <summary>ВПР started in 2015, so there are no earlier campaigns or lists.</summary>
    public const int First = 2015;

    /// <summary>Catches typos.</summary>
    public const int Last = 2100;
}
