using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Sosva.Objectivity.Bench.Seeds).Assembly).Run(args);
