using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- --filter '*' --job short
// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- peak-excel   (peak memory of the 40,000-school ranking Excel)
// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- peak-excel-closedxml   (the same with ClosedXML)
if (args is ["peak-excel"] or ["peak-excel-closedxml"])
{
    Sosva.Objectivity.Bench.PeakMemory.RankingExcel(40_000, closedXml: args[0] == "peak-excel-closedxml");
    return;
}
// The database benchmarks need the generated regional database (bench/queries.sh sets BENCH_DB); without it
// they are left out, so `--filter '*'` runs everything that needs no database.
var types = typeof(Sosva.Objectivity.Bench.Seeds).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
    .Where(t => t != typeof(Sosva.Objectivity.Bench.ScaleQueryBenchmarks) || Environment.GetEnvironmentVariable("BENCH_DB") is not null)
    .ToArray();
BenchmarkSwitcher.FromTypes(types).Run(args);
