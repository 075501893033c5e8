using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>
/// An indicator's rule in plain Russian, and our reading of the seed's ambiguous places
/// (decision 002), for the methodology page.
/// </summary>
public static class RuleText
{
    public static string Describe(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Rule switch
        {
            TimelinessRule t => $"{Points(t.PointsPerGoodItem)} за каждый элемент, выполненный в срок и без ошибок; несвоевременно и (или) с ошибками — 0. "
                                + $"Если сроки нарушены более {N(t.PenaltyThreshold)} раз — минус {Points(t.Penalty)}. Не больше {Points(indicator.Maximum)}.",
            ConfirmationRule c => $"{Points(c.PointsPerConfirmedCheck)} за каждую проверку, в которой подтверждены результаты прошлого года; не подтверждены — 0. "
                                  + $"Не больше {Points(indicator.Maximum)}.",
            BiasListRule b => $"ОО нет в перечне Рособрнадзора отчётного года — {Points(b.NotOnList)}; есть — {Points(b.OnList)}; "
                              + $"есть в перечнях отчётного и предыдущего годов — {Points(b.OnListTwoYearsRunning)}.",
            ChoiceRule c => string.Join("; ", c.Options.Select(o => $"{o.Title} — {Points(o.Points)}")) + ".",
            ChecklistRule c => string.Join("; ", c.Items.Select(i => $"{i.Title} — {Points(i.Points)}")) + $". Сумма, не больше {Points(indicator.Maximum)}.",
            _ => "",
        };
    }

    /// <summary>How we read what the seed leaves open; null where nothing is open.</summary>
    public static string? Interpretation(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Rule switch
        {
            TimelinessRule t => $"Балл даёт только элемент в срок и без ошибок; нарушением срока считается только несвоевременный элемент (ошибки в срок — не нарушение). "
                                + $"«Более {N(t.PenaltyThreshold)} раз» — {N(t.PenaltyThreshold + 1)} и больше. Штраф вычитается один раз и после ограничения максимумом "
                                + "(25 элементов в срок и 3 нарушения при максимуме 20 дают 19).",
            BiasListRule => "Отчётный год — год перед годом кампании. «В течение 2-х лет и более» — ОО есть в перечне отчётного года и года перед ним. "
                            + "Если ОО была только в перечне предыдущего года — баллы как за отсутствие; перечни более поздних лет не учитываются.",
            ChecklistRule => "За социальный опрос на сайте ОО в положении балл не указан; принят 1 балл — ровно столько оставляет максимум 8.",
            ChoiceRule when indicator.ReferenceYearOffset < 0 => "Оценивается анализ результатов ВПР предыдущего года.",
            _ => null,
        };
    }

    public static string Points(int value) => RussianText.Points(value);

    private static string N(int value) => RussianText.Number(value);
}
