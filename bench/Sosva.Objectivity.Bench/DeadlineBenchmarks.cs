using BenchmarkDotNet.Attributes;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;

namespace Sosva.Objectivity.Bench;

/// <summary>DeadlineParser.Parse over every deadline text of the three seeds; the mean is per text.</summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    // 25 + 19 + 37 measures with a deadline (one of seed 002's has none).
    private const int SeedDeadlines = 81;

    private (string Text, DateOnly From, DateOnly To)[] _deadlines = [];

    [GlobalSetup]
    public void Setup()
    {
        _deadlines = Seeds.Measures()
            .Where(m => m.Measure.Deadline is not null)
            .Select(m => (m.Measure.Deadline!, m.From, m.To))
            .ToArray();
        if (_deadlines.Length != SeedDeadlines)
            throw new InvalidOperationException($"The seeds have {_deadlines.Length} deadlines, not {SeedDeadlines}: update the constant.");
    }

    [Benchmark(OperationsPerInvoke = SeedDeadlines, Description = "DeadlineParser.Parse, one seed deadline")]
    public int ParseSeedDeadline()
    {
        var checkpoints = 0;
        foreach (var (text, from, to) in _deadlines)
            checkpoints += DeadlineParser.Parse(text, from, to).Checkpoints.Count;
        return checkpoints;
    }
}
