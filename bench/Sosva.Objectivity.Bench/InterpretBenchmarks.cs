using BenchmarkDotNet.Attributes;
using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Bench;

/// <summary>A seed read end to end as text: rows split, header found, table interpreted, title and period detected.</summary>
[MemoryDiagnoser]
public class InterpretBenchmarks
{
    private string _text = "";

    /// <summary>000 Sosva order 49 (25 measures), 001 school plan 2020 (19), 002 Rubtsovsk order 534 (38).</summary>
    [Params("000", "001", "002")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = Seeds.Text(Seeds.Names[int.Parse(Seed, System.Globalization.CultureInfo.InvariantCulture)]);

    [Benchmark(Description = "PlainTextRoadmap.Read, one seed")]
    public InterpretedRoadmap InterpretSeed() => PlainTextRoadmap.Read(_text);
}
