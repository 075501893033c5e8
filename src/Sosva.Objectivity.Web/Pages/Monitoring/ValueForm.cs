using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>One indicator's raw input on the school's data-entry form.</summary>
public sealed class ValueForm
{
    public string Code { get; set; } = "";

    /// <summary>The value's row version when the form was opened (0: there was no value).</summary>
    public uint Version { get; set; }

    public int? OnTime { get; set; }
    public int? WithErrors { get; set; }
    public int? Late { get; set; }
    public int? Confirmed { get; set; }
    public int? NotConfirmed { get; set; }
    public string? Option { get; set; }
    public List<string> Items { get; set; } = [];

    /// <summary>Checklist: «nothing of these» ticked — an answer, unlike a checklist left untouched.</summary>
    public bool NoneOfThem { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Comment { get; set; }

    public static ValueForm From(string code, IndicatorValue? v) => v is null
        ? new ValueForm { Code = code }
        : new ValueForm
        {
            Code = code, Version = v.Version, OnTime = v.OnTimeCount, WithErrors = v.WithErrorsCount, Late = v.LateCount,
            Confirmed = v.ConfirmedCount, NotConfirmed = v.NotConfirmedCount, Option = v.OptionCode, Items = [.. v.CheckedItems],
            NoneOfThem = v.CheckedItems.Count == 0,
            EvidenceUrl = v.EvidenceUrl, Comment = v.Comment,
        };

    /// <summary>Copies the fields the indicator uses; the others are cleared so a value never carries stale numbers.</summary>
    public void ApplyTo(IndicatorValue value, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(indicator);
        var timeliness = indicator.InputKind == IndicatorInputKind.TimelinessList;
        var confirmation = indicator.InputKind == IndicatorInputKind.ConfirmationList;
        value.OnTimeCount = timeliness ? OnTime : null;
        value.WithErrorsCount = timeliness ? WithErrors : null;
        value.LateCount = timeliness ? Late : null;
        value.ConfirmedCount = confirmation ? Confirmed : null;
        value.NotConfirmedCount = confirmation ? NotConfirmed : null;
        value.OptionCode = indicator.InputKind == IndicatorInputKind.Choice ? Clean(Option) : null;
        var items = indicator.InputKind == IndicatorInputKind.Checklist ? Items.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct().ToList() : [];
        if (!items.SequenceEqual(value.CheckedItems)) value.CheckedItems = items;
        value.EvidenceUrl = Clean(EvidenceUrl);
        value.Comment = Clean(Comment);
    }

    /// <summary>An evidence link must be a web address (the page shows it as a link).</summary>
    public static bool IsWebAddress(string? url) =>
        string.IsNullOrWhiteSpace(url)
        || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
