namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>
/// Deterministic draws from a key (SplitMix64 finaliser). The same key always gives the same number, so
/// a pass over millions of reports can recompute a report's fate instead of keeping it in memory (one
/// binary COPY per table means several passes), and the same options give the same database.
/// </summary>
internal static class ScaleDraw
{
    public static ulong Hash(ulong a, ulong b = 0, ulong c = 0, ulong d = 0)
    {
        var x = Mix(a + 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ (b + 0xBF58476D1CE4E5B9UL));
        x = Mix(x ^ (c + 0x94D049BB133111EBUL));
        return Mix(x ^ (d + 0x2545F4914F6CDD1DUL));
    }

    /// <summary>A number in [0, 1) from a key.</summary>
    public static double Unit(ulong a, ulong b = 0, ulong c = 0, ulong d = 0) => (Hash(a, b, c, d) >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="count"/>) from a key.</summary>
    public static int Pick(int count, ulong a, ulong b = 0, ulong c = 0, ulong d = 0) => (int)(Hash(a, b, c, d) % (ulong)count);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
