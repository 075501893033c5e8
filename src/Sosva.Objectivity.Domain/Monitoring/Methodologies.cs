namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>Methodologies shipped with the portal.</summary>
public static class Methodologies
{
    /// <summary>Band codes of the default preset; also the values of «band» in the JSON contract.</summary>
    public const string High = "high";
    public const string Sufficient = "sufficient";
    public const string Low = "low";

    /// <summary>
    /// «Порядок проведения муниципального мониторинга объективности ВПР», Kazachinsko-Lensky
    /// district (seed 004, items 8 and 9), as read in docs/design.md#72-indicators. Readings of the ambiguous places:
    /// the P1/P2 penalty is taken once, after the cap; P4 «в течение 2-х лет и более» means the
    /// reference year's list and the year before's; the survey item of P7 is worth 1 point (the
    /// seed gives no number, but the maximum of 8 leaves exactly 1); «низкий» has no lower bound.
    /// </summary>
    public static Methodology KazachinskoLensky2023 { get; } = new(
        Name: "Мониторинг объективности ВПР (Казачинско-Ленский район)",
        Version: "2023",
        TotalMaximum: 50,
        Indicators: Array.AsReadOnly<IndicatorDefinition>(
        [
            new("P1", "Своевременное и корректное внесение информации в ФИС ОКО согласно графику", 0,
                new TimelinessRule(PointsPerGoodItem: 1, Penalty: 1, PenaltyThreshold: 2), Maximum: 3),
            new("P2", "Соблюдение сроков получения материалов и загрузки протоколов в ФИС ОКО", 0,
                new TimelinessRule(PointsPerGoodItem: 1, Penalty: 1, PenaltyThreshold: 2), Maximum: 20),
            new("P3", "Объективность оценки образовательных результатов (минимальный и высокий уровень подготовки подтверждены по сравнению с прошлым годом)", 0,
                new ConfirmationRule(PointsPerConfirmedCheck: 2), Maximum: 12),
            new("P4", "Перечень ОО с признаками необъективности (Рособрнадзор)", -1,
                new BiasListRule(NotOnList: 3, OnList: 0, OnListTwoYearsRunning: -10), Maximum: 3),
            new("P5", "Обеспечение общественного наблюдения", 0,
                new ChoiceRule(Array.AsReadOnly<ChoiceOption>(
                [
                    new("all", "по всем предметам и всем параллелям", 2),
                    new("partial", "не по всем предметам и не всем параллелям", 1),
                    new("none", "не организовано", 0),
                ])), Maximum: 2, SelfReported: true),
            new("P6", "Комплексный анализ по результатам ВПР", -1,
                new ChoiceRule(Array.AsReadOnly<ChoiceOption>(
                [
                    new("qualitative", "качественный анализ", 2),
                    new("statistical", "статистический анализ", 1),
                    new("none", "анализа нет", 0),
                ])), Maximum: 2, SelfReported: true),
            new("P7", "Обеспечение позитивного отношения к вопросам объективности ВПР", 0,
                new ChecklistRule(Array.AsReadOnly<ChecklistItem>(
                [
                    new("publicInfo", "информация в общедоступных и открытых источниках ОО", 2),
                    new("vprSchedule", "график проведения ВПР", 1),
                    new("assessmentCourses", "КПК педагогов по вопросам оценки качества образования", 3),
                    new("vprRegulation", "НПА по проведению ВПР в ОО", 1),
                    new("survey", "социальный опрос участников образовательных отношений на сайте ОО", 1),
                ])), Maximum: 8, SelfReported: true),
        ]),
        Bands: Array.AsReadOnly<BandDefinition>(
        [
            new(High, "высокий", 40),
            new(Sufficient, "достаточный", 30),
            new(Low, "низкий", null),
        ]));
}
