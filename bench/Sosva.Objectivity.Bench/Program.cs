using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- --filter '*' --job short
// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- peak-excel   (peak memory of the 40,000-school ranking Excel)
// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- peak-excel-closedxml   (the same with ClosedXML)
if (args is ["peak-excel"] or ["peak-excel-closedxml"])
{
    Sosva.Objectivity.Bench.PeakMemory.RankingExcel(40_000, closedXml: args[0] == "peak-excel-closedxml");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Sosva.Objectivity.Bench.Seeds).Assembly).Run(args);
