using BenchmarkDotNet.Attributes;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Bench;

/// <summary>Generated schools with varied inputs, the same for every benchmark (fixed seed).</summary>
internal static class MonitoringData
{
    private static readonly Methodology Preset = Methodologies.KazachinskoLensky2023;

    public static List<SchoolInputs> Schools(int count)
    {
        var random = new Random(2024);
        var schools = new List<SchoolInputs>(count);
        string[] p5 = ["all", "partial", "none"];
        string[] p6 = ["qualitative", "statistical", "none"];
        string[] p7 = ["publicInfo", "vprSchedule", "assessmentCourses", "vprRegulation", "survey"];
        for (var i = 0; i < count; i++)
        {
            var value1 = new IndicatorValue { OnTimeCount = random.Next(0, 4), WithErrorsCount = 0, LateCount = random.Next(0, 2) };
            var good = random.Next(8, 21);
            var value2 = new IndicatorValue { OnTimeCount = good, WithErrorsCount = random.Next(0, 21 - good), LateCount = 20 - good > 0 ? random.Next(0, 4) : 0 };
            var confirmed = random.Next(0, 7);
            var value3 = new IndicatorValue { ConfirmedCount = confirmed, NotConfirmedCount = 6 - confirmed };
            schools.Add(new SchoolInputs($"Школа № {i + 1}", new Dictionary<string, IndicatorInput>(StringComparer.Ordinal)
            {
                ["P1"] = value1.ToInput(Preset.Indicator("P1")!)!,
                ["P2"] = value2.ToInput(Preset.Indicator("P2")!)!,
                ["P3"] = value3.ToInput(Preset.Indicator("P3")!)!,
                ["P4"] = new BiasListInput(random.Next(0, 10) == 0 ? [2022, 2023] : []),
                ["P5"] = new ChoiceInput(p5[random.Next(3)]),
                ["P6"] = new ChoiceInput(p6[random.Next(3)]),
                ["P7"] = new ChecklistInput([.. p7.Where(_ => random.Next(2) == 0)]),
            }));
        }
        return schools;
    }

    public static RankingExport Export(int count)
    {
        var scores = ObjectivityScoring.Score(Preset, 2024, Schools(count));
        var rows = scores.Select((s, i) => new RankingRow(i + 1, s.School, i % 3 == 0, i % 5 == 0, [.. s.Points.Values], s.Total, s.BandCode, s.Rank,
            i % 7 == 0 ? null : s.Total - (i % 9) + 4)).ToList();
        var counts = rows.GroupBy(r => r.BandCode).ToDictionary(g => g.Key, g => g.Count());
        var bands = RankingCharts.BandBars(Preset, Bands.HighToLow(Preset).Select(b => (b, counts.GetValueOrDefault(b.Code))));
        return new RankingExport(2024, Preset, true, 2023, rows, bands);
    }
}

/// <summary>Scoring and ranking of a national-scale campaign (budget: 40,000 schools under 100 ms,
/// docs/performance.md#objectivity-monitoring).</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private List<SchoolInputs> _schools = [];

    [GlobalSetup]
    public void Setup() => _schools = MonitoringData.Schools(40_000);

    [Benchmark(Description = "ObjectivityScoring.Score, 40,000 schools")]
    public int Score() => ObjectivityScoring.Score(Methodologies.KazachinskoLensky2023, 2024, _schools).Count;
}

/// <summary>Ranking exports (budgets: Excel of 40,000 schools under 10 s and 600 MB; PDF of 1,000 under 3 s;
/// docs/performance.md#objectivity-monitoring).</summary>
[MemoryDiagnoser]
public class RankingExportBenchmarks
{
    private RankingExport _national = null!;
    private RankingExport _regional = null!;

    [GlobalSetup]
    public void Setup()
    {
        _national = MonitoringData.Export(40_000);
        _regional = MonitoringData.Export(1_000);
    }

    [Benchmark(Description = "RankingExcelExport.Write, 40,000 schools")]
    public long Excel()
    {
        using var stream = new MemoryStream();
        RankingExcelExport.Write(_national, stream);
        return stream.Length;
    }

    [Benchmark(Description = "ClosedXML workbook of the same ranking, 40,000 schools")]
    public long ExcelClosedXml()
    {
        using var stream = new MemoryStream();
        RankingClosedXml.Write(_national, stream);
        return stream.Length;
    }

    [Benchmark(Description = "RankingPdfExport.Write, 1,000 schools")]
    public long Pdf()
    {
        using var stream = new MemoryStream();
        RankingPdfExport.Write(_regional, stream, new DateOnly(2024, 9, 1));
        return stream.Length;
    }
}

/// <summary>
/// Peak memory of one ranking Excel, which BenchmarkDotNet does not report (its «Allocated» is the sum
/// of all allocations): the process's peak working set before and after the export, in a fresh process.
/// </summary>
public static class PeakMemory
{
    public static void RankingExcel(int schools, bool closedXml = false)
    {
        var export = MonitoringData.Export(schools);
        GC.Collect();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var stream = new MemoryStream();
        if (closedXml) RankingClosedXml.Write(export, stream);
        else RankingExcelExport.Write(export, stream);
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"ranking Excel ({(closedXml ? "ClosedXML" : "OpenXmlWriter")}), {schools:N0} schools: {watch.ElapsedMilliseconds:N0} ms, file {stream.Length / 1024.0 / 1024.0:F1} MB, " +
                          $"peak working set {before / 1024.0 / 1024.0:F0} MB before (data generated) → {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB after");
    }
}
