using static System.FormattableString;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// A monitoring methodology as data: indicators with their rules and maxima, and the bands a total
/// falls into (docs/design.md#71-methodology-as-data). A municipality adjusts a copy made with <c>with</c> or
/// <see cref="WithIndicator"/> and checks it with <see cref="Validate"/> before use.
/// </summary>
/// <param name="Name">Russian name shown in the UI.</param>
/// <param name="Version">Free text, e.g. the year of the procedure.</param>
/// <param name="TotalMaximum">The declared maximum total; must equal the sum of the indicators' maxima.</param>
/// <param name="Indicators">In display order; this order is also the order of points in scores and JSON.</param>
/// <param name="Bands">In any order; each band starts at its minimum and reaches up to the next one.</param>
public sealed record Methodology(
    string Name,
    string Version,
    int TotalMaximum,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<BandDefinition> Bands)
{
    /// <summary>The indicator with this code (ordinal comparison), or null.</summary>
    public IndicatorDefinition? Indicator(string code)
    {
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (string.Equals(Indicators[i]?.Code, code, StringComparison.Ordinal)) return Indicators[i];
        }
        return null;
    }

    /// <summary>A copy with one indicator changed, e.g. <c>m.WithIndicator("P2", p =&gt; p with { Maximum = 10 })</c>.</summary>
    /// <remarks>The declared <see cref="TotalMaximum"/> is not recomputed: a changed maximum is a decision to restate it.</remarks>
    public Methodology WithIndicator(string code, Func<IndicatorDefinition, IndicatorDefinition> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var index = Indicators.ToList().FindIndex(indicator => string.Equals(indicator.Code, code, StringComparison.Ordinal));
        if (index < 0)
            throw new ArgumentException(Invariant($"В методике нет показателя «{code}»."), nameof(code));

        var indicators = Indicators.ToArray();
        indicators[index] = change(indicators[index]);
        return this with { Indicators = Array.AsReadOnly(indicators) };
    }

    /// <summary>The band a total falls into: the one with the greatest minimum not above the total.</summary>
    public BandDefinition BandFor(int total) =>
        Bands.Where(band => band.MinimumTotal is null || band.MinimumTotal <= total)
            .OrderByDescending(band => band.MinimumTotal ?? long.MinValue)
            .First();

    /// <summary>Throws <see cref="InvalidMethodologyException"/> listing <see cref="Validate"/>'s messages, if any.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
            throw new InvalidMethodologyException(errors);
    }

    /// <summary>Every inconsistency, as Russian messages for the methodology page; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
            errors.Add("Не указано название методики.");
        if (string.IsNullOrWhiteSpace(Version))
            errors.Add("Не указана версия методики.");

        ValidateIndicators(errors);
        ValidateBands(errors);
        return errors;
    }

    private void ValidateIndicators(List<string> errors)
    {
        if (Indicators is not { Count: > 0 })
        {
            errors.Add("В методике нет показателей.");
            return;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long sumOfMaxima = 0;
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            if (indicator is null)
            {
                errors.Add(Invariant($"Показатель №{i + 1} не задан."));
                continue;
            }

            var label = string.IsNullOrWhiteSpace(indicator.Code)
                ? Invariant($"Показатель №{i + 1}: ")
                : "Показатель " + indicator.Code + ": ";
            if (string.IsNullOrWhiteSpace(indicator.Code))
                errors.Add(label + "не указан код.");
            else if (!codes.Add(indicator.Code))
                errors.Add(Invariant($"Код показателя «{indicator.Code}» повторяется."));
            if (string.IsNullOrWhiteSpace(indicator.Title))
                errors.Add(label + "не указано название.");
            if (indicator.ReferenceYearOffset is not (0 or -1))
            {
                errors.Add(label + "отчётный год — год кампании (смещение 0) или предыдущий (−1), указано "
                    + RussianText.Number(indicator.ReferenceYearOffset) + ".");
            }

            if (indicator.Maximum < 0)
                errors.Add(label + "максимальный балл не может быть отрицательным (" + RussianText.Number(indicator.Maximum) + ").");
            sumOfMaxima += indicator.Maximum;

            if (indicator.Rule is null)
            {
                errors.Add(label + "не заданы правила начисления баллов.");
                continue;
            }

            // An unreachable maximum is only worth saying about rules that are themselves consistent.
            var before = errors.Count;
            indicator.Rule.Validate(indicator, errors);
            if (errors.Count == before && indicator.Maximum > 0 && indicator.Rule.BestPoints is { } best && best < indicator.Maximum)
                errors.Add(label + Invariant($"максимум {indicator.Maximum} недостижим: по правилам можно набрать не больше {best}."));
        }

        if (sumOfMaxima != TotalMaximum)
            errors.Add(Invariant($"Максимальный итоговый балл ({TotalMaximum}) не равен сумме максимумов показателей ({sumOfMaxima})."));
    }

    private void ValidateBands(List<string> errors)
    {
        if (Bands is not { Count: > 0 })
        {
            errors.Add("В методике нет уровней объективности.");
            return;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byMinimum = new Dictionary<int, BandDefinition>();
        var unbounded = 0;
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            if (band is null)
            {
                errors.Add(Invariant($"Уровень №{i + 1} не задан."));
                continue;
            }

            var label = string.IsNullOrWhiteSpace(band.Code) ? Invariant($"Уровень №{i + 1}: ") : "Уровень «" + band.Code + "»: ";
            if (string.IsNullOrWhiteSpace(band.Code))
                errors.Add(label + "не указан код.");
            else if (!codes.Add(band.Code))
                errors.Add(Invariant($"Код уровня «{band.Code}» повторяется."));
            if (string.IsNullOrWhiteSpace(band.Name))
                errors.Add(label + "не указано название.");

            if (band.MinimumTotal is not { } minimum)
            {
                unbounded++;
                continue;
            }

            if (byMinimum.TryGetValue(minimum, out var other))
                errors.Add(Invariant($"Уровни «{other.Code}» и «{band.Code}» начинаются с одного балла ({RussianText.Number(minimum)}) и перекрываются."));
            else
                byMinimum.Add(minimum, band);
            if (minimum > TotalMaximum)
                errors.Add(label + Invariant($"нижняя граница {minimum} больше максимального итогового балла ({TotalMaximum}), уровень недостижим."));
        }

        if (unbounded != 1)
        {
            errors.Add(Invariant($"Ровно один уровень — самый низкий — должен быть без нижней границы, чтобы любой итог, даже отрицательный, получил уровень; таких уровней: {unbounded}."));
        }
    }
}

/// <summary>A methodology failed <see cref="Methodology.Validate"/>; the messages are in Russian.</summary>
public sealed class InvalidMethodologyException : Exception
{
    public InvalidMethodologyException()
        : this([])
    {
    }

    public InvalidMethodologyException(string message)
        : base(message) => Errors = [message];

    public InvalidMethodologyException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public InvalidMethodologyException(IReadOnlyList<string> errors)
        : base("Методика не прошла проверку: " + string.Join(" ", errors ?? [])) => Errors = errors ?? [];

    public IReadOnlyList<string> Errors { get; }
}
