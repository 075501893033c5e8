using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Bench;

/// <summary>
/// The school report writers (budget: under 300 ms each, docs/performance.md#school-report-writers) for a realistic
/// school: 50 measures of the seed roadmaps in 5 sections × 2 checkpoints = 100 reports, each with a status, a
/// three-sentence text, two evidence files and a link; every review state, a quarter of them overdue. The database
/// query is not part of it (one indexed query per table, measured with the pages).
/// </summary>
[MemoryDiagnoser]
public class SchoolReportBenchmarks
{
    private static readonly DateOnly Today = new(2024, 4, 5);
    private SchoolReportData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = Seeds.Measures().Select(m => m.Measure).ToList();
        var sections = new List<SchoolReportSection>();
        var id = 0;
        for (var s = 1; s <= 5; s++)
        {
            var measures = new List<SchoolReportMeasure>();
            for (var m = 1; m <= 10; m++)
            {
                var source = seed[(s * 10 + m) % seed.Count];
                var number = string.Create(CultureInfo.InvariantCulture, $"{s}.{m}.");
                var items = new List<SchoolReportItem>();
                foreach (var due in new[] { new DateOnly(2023, 12, 31), new DateOnly(2024, 5, 31) })
                {
                    id++;
                    var state = (ReportState)(id % 4);
                    items.Add(new SchoolReportItem(id, due, (ExecutionStatus)(id % 4),
                        $"По мероприятию {number} проведено совещание с педагогическим коллективом, подготовлена аналитическая справка. " +
                        "Материалы размещены на официальном сайте образовательной организации в разделе «ВПР». " +
                        "Результаты рассмотрены на заседании методического объединения учителей.",
                        [string.Create(CultureInfo.InvariantCulture, $"https://school1.example.ru/objectivity/{id}")],
                        [new SchoolReportFile(id * 2, $"Справка по мероприятию {number}pdf", 240_000), new SchoolReportFile(id * 2 + 1, $"Приказ {number}docx", 1_250_000)],
                        state, state == ReportState.Returned ? "Приложите протокол и приказ об утверждении." : null,
                        state == ReportState.Draft ? null : due.AddDays(-3), state is ReportState.Accepted or ReportState.Returned ? due.AddDays(-1) : null,
                        ReportProgressRule.Of(state, due, Today)));
                }
                measures.Add(new SchoolReportMeasure(number, source.Title, source.Deadline, items));
            }
            sections.Add(new SchoolReportSection(string.Create(CultureInfo.InvariantCulture, $"{s}. Раздел {s}"), measures));
        }
        _data = new SchoolReportData(
            new SchoolReportSchool("Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1 п.г.т. Сосьва»",
                "МАОУ СОШ № 1 п.г.т. Сосьва", "И.И. Петрова"),
            new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), Today,
            [new SchoolReportRoadmap("Комплекс мер по обеспечению объективности оценочных процедур 2023/2024", "Утверждена приказом от 30.08.2023 № 534", sections)])
        {
            Links = new SchoolReportLinks("https://objectivity.example.ru"),
        };
        using var pdf = new MemoryStream();
        SchoolReportPdfExport.Write(_data, pdf);
        using var xlsx = new MemoryStream();
        SchoolReportExcelExport.Write(_data, xlsx);
        Console.WriteLine($"// school report: {_data.Items.Count()} reports; PDF {pdf.Length:N0} bytes, .xlsx {xlsx.Length:N0} bytes");
    }

    [Benchmark(Description = "SchoolReportPdfExport.Write, 50 measures × 2 checkpoints")]
    public long Pdf()
    {
        using var stream = new MemoryStream();
        SchoolReportPdfExport.Write(_data, stream);
        return stream.Length;
    }

    [Benchmark(Description = "SchoolReportExcelExport.Write, 50 measures × 2 checkpoints")]
    public long Excel()
    {
        using var stream = new MemoryStream();
        SchoolReportExcelExport.Write(_data, stream);
        return stream.Length;
    }
}
