using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- --filter '*' --job short
// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- peak-excel   (peak memory of the 40,000-school ranking Excel)
if (args is ["peak-excel"])
{
    Sosva.Objectivity.Bench.PeakMemory.RankingExcel(40_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Sosva.Objectivity.Bench.Seeds).Assembly).Run(args);
