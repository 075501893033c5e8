using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>School reports built in memory for the writers' tests (the database query is tested through the page).</summary>
internal static class SchoolReportSamples
{
    public static readonly DateOnly Today = new(2024, 4, 5);

    private static SchoolReportItem Item(int id, DateOnly due, ReportState state, ExecutionStatus? status = null, string? text = null,
        string[]? files = null, string[]? links = null, string? comment = null, DateOnly? submitted = null, DateOnly? reviewed = null) =>
        new(id, due, status, text, links ?? [], (files ?? []).Select((f, i) => new SchoolReportFile(id * 10 + i, f, 150_000 + i * 1_300_000)).ToList(),
            state, comment, submitted, reviewed, ReportProgressRule.Of(state, due, Today));

    /// <summary>Two roadmaps; every state a report can be in; one overdue draft, one overdue returned report.</summary>
    public static SchoolReportData Small() => new(
        new SchoolReportSchool("Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1 п.г.т. Сосьва»",
            "МАОУ СОШ № 1 п.г.т. Сосьва", "И.И. Петрова"),
        new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), Today,
        [
            new SchoolReportRoadmap("Комплекс мер по обеспечению объективности оценочных процедур на 2023/2024 учебный год",
                "Утверждена приказом Управления образования от 30.08.2023 № 534",
                [
                    new SchoolReportSection("1. Нормативно-правовое обеспечение",
                    [
                        new SchoolReportMeasure("1.1.", "Разработка положения о проведении ВПР", "До 26.03.2024 г.",
                        [
                            Item(1, new DateOnly(2024, 3, 26), ReportState.Accepted, ExecutionStatus.Done, "Положение утверждено приказом № 12 и размещено на сайте школы.",
                                files: ["Приказ 12 о положении.pdf", "Положение о ВПР.docx"], links: ["https://school1.example.ru/vpr"],
                                submitted: new DateOnly(2024, 3, 20), reviewed: new DateOnly(2024, 3, 22)),
                        ]),
                        new SchoolReportMeasure("1.2.", "Анализ результатов ВПР прошлого года", "Ежегодно до 1 марта",
                        [
                            Item(2, new DateOnly(2024, 3, 1), ReportState.Draft),
                        ]),
                    ]),
                    new SchoolReportSection("2. Методическая работа",
                    [
                        new SchoolReportMeasure("2.1.", "Семинар для учителей по критериям оценивания", "Ноябрь, март",
                        [
                            Item(3, new DateOnly(2023, 11, 30), ReportState.Returned, ExecutionStatus.PartlyDone, "Семинар проведён для учителей начальных классов.",
                                comment: "Приложите протокол семинара и список участников.", submitted: new DateOnly(2023, 11, 28), reviewed: new DateOnly(2023, 12, 1)),
                            Item(4, new DateOnly(2024, 3, 31), ReportState.Submitted, ExecutionStatus.Done, "Проведён второй семинар.",
                                files: ["Протокол семинара.pdf"], submitted: new DateOnly(2024, 3, 30)),
                        ]),
                    ]),
                ]),
            new SchoolReportRoadmap("План мероприятий по подготовке к ГИА", null,
                [
                    new SchoolReportSection("",
                    [
                        new SchoolReportMeasure(null, "Родительское собрание по порядку проведения ГИА", "Май 2024",
                        [
                            Item(5, new DateOnly(2024, 5, 31), ReportState.Draft, ExecutionStatus.InProgress, "Готовим презентацию."),
                        ]),
                    ]),
                ]),
        ]);

    /// <summary>A realistic school: 50 measures × 2 checkpoints with texts and evidence lists, in 5 sections.</summary>
    public static SchoolReportData Large(int measures = 50)
    {
        var sections = new List<SchoolReportSection>();
        var id = 0;
        for (var s = 1; s <= 5; s++)
        {
            var list = new List<SchoolReportMeasure>();
            for (var m = 1; m <= measures / 5; m++)
            {
                var number = $"{s}.{m}.";
                var items = new List<SchoolReportItem>();
                foreach (var due in new[] { new DateOnly(2023, 12, 31), new DateOnly(2024, 5, 31) })
                {
                    id++;
                    var state = (ReportState)(id % 4);
                    items.Add(Item(id, due, state, (ExecutionStatus)(id % 4),
                        $"Мероприятие {number} выполнено: проведено совещание с педагогическим коллективом, подготовлена справка по итогам, " +
                        "материалы размещены на официальном сайте образовательной организации в разделе «Независимая оценка качества образования».",
                        files: [$"Справка {number}pdf", $"Протокол совещания {number}docx"], links: [$"https://school1.example.ru/objectivity/{id}"],
                        comment: state == ReportState.Returned ? "Уточните сроки и приложите приказ." : null,
                        submitted: state == ReportState.Draft ? null : due.AddDays(-3), reviewed: state is ReportState.Accepted or ReportState.Returned ? due.AddDays(-1) : null));
                }
                list.Add(new SchoolReportMeasure(number,
                    "Организация и проведение мероприятий по обеспечению объективности оценочных процедур (ВПР, ГИА, НИКО) " +
                    "с привлечением общественных наблюдателей и анализом результатов", "В течение учебного года", items));
            }
            sections.Add(new SchoolReportSection($"{s}. Раздел {s}: обеспечение объективности оценочных процедур", list));
        }
        return new SchoolReportData(Small().School, new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), Today,
            [new SchoolReportRoadmap("Комплекс мер по обеспечению объективности 2023/2024", "Утверждена приказом от 30.08.2023 № 534", sections)]);
    }

    public static SchoolReportObjectivity Objectivity() => new(
        "Уровень объективности результатов ВПР (мониторинг 2023 года)",
        [("Сумма баллов", "44 из 50"), ("Уровень объективности", "высокий"), ("Место в рейтинге", "1 из 12")],
        [new("P1", "Своевременность внесения информации в ФИС ОКО", 2, 3), new("P4", "Перечень ОО с признаками необъективности", 3, 3)],
        [new(2022, 39, "достаточный", 3), new(2023, 44, "высокий", 1)],
        ["Проводить комплексный анализ результатов ВПР по каждому классу."]);
}
