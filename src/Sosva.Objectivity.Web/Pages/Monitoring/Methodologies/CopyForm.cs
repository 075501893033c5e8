using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Methodologies;

/// <summary>
/// The numbers a municipality may change in a copy: maxima, points, the penalty and its threshold,
/// band names and lower bounds. Codes, titles and rule kinds stay those of the source.
/// </summary>
public sealed class CopyForm
{
    public string? Name { get; set; }
    public string? Version { get; set; }
    public int TotalMaximum { get; set; }
    public List<IndicatorForm> Indicators { get; set; } = [];
    public List<BandForm> Bands { get; set; } = [];

    public sealed class IndicatorForm
    {
        public string Code { get; set; } = "";
        public int Maximum { get; set; }

        /// <summary>Rule numbers in the order of the rule's parameters (timeliness: per item, penalty, threshold; bias list: not on, on, two years).</summary>
        public List<int> Numbers { get; set; } = [];
    }

    public sealed class BandForm
    {
        public string Code { get; set; } = "";
        public string? Name { get; set; }
        public int? Minimum { get; set; }
    }

    public static CopyForm From(Methodology m) => new()
    {
        Name = m.Name,
        Version = m.Version + " (изм.)",
        TotalMaximum = m.TotalMaximum,
        Indicators = [.. m.Indicators.Select(i => new IndicatorForm { Code = i.Code, Maximum = i.Maximum, Numbers = Numbers(i.Rule) })],
        Bands = [.. Scoring.Bands.HighToLow(m).Select(b => new BandForm { Code = b.Code, Name = b.Name, Minimum = b.MinimumTotal })],
    };

    public static List<int> Numbers(IndicatorRule rule) => rule switch
    {
        TimelinessRule t => [t.PointsPerGoodItem, t.Penalty, t.PenaltyThreshold],
        ConfirmationRule c => [c.PointsPerConfirmedCheck],
        BiasListRule b => [b.NotOnList, b.OnList, b.OnListTwoYearsRunning],
        ChoiceRule c => [.. c.Options.Select(o => o.Points)],
        ChecklistRule c => [.. c.Items.Select(i => i.Points)],
        _ => [],
    };

    /// <summary>The source with this form's numbers; a form that does not match the source's shape is refused.</summary>
    public Methodology ApplyTo(Methodology source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Indicators.Count != source.Indicators.Count || Bands.Count != source.Bands.Count)
            throw new ArgumentException("Форма не соответствует методике.");
        var indicators = source.Indicators.Select((indicator, n) =>
        {
            var form = Indicators[n];
            var x = form.Numbers;
            int At(int k) => k < x.Count ? x[k] : 0;
            IndicatorRule rule = indicator.Rule switch
            {
                TimelinessRule => new TimelinessRule(At(0), At(1), At(2)),
                ConfirmationRule => new ConfirmationRule(At(0)),
                BiasListRule => new BiasListRule(At(0), At(1), At(2)),
                ChoiceRule c => new ChoiceRule([.. c.Options.Select((o, k) => o with { Points = At(k) })]),
                ChecklistRule c => new ChecklistRule([.. c.Items.Select((i, k) => i with { Points = At(k) })]),
                _ => indicator.Rule,
            };
            return indicator with { Maximum = form.Maximum, Rule = rule };
        }).ToArray();
        // Band codes are the source's, in the order the form shows them (high to low); posted codes are ignored.
        var bands = Scoring.Bands.HighToLow(source)
            .Select((band, n) => band with { Name = Bands[n].Name?.Trim() ?? "", MinimumTotal = Bands[n].Minimum }).ToArray();
        return source with
        {
            Name = Name?.Trim() ?? "",
            Version = Version?.Trim() ?? "",
            TotalMaximum = TotalMaximum,
            Indicators = Array.AsReadOnly(indicators),
            Bands = Array.AsReadOnly(bands),
        };
    }
}
