namespace Mibg.Statistics.Trial;

/// <summary>
/// The random stream of one simulated trial: xoshiro256** (Blackman &amp; Vigna 2018) seeded by SplitMix64 from
/// (seed, trial index), so trial i draws the same numbers whichever thread runs it and however many threads there are.
/// </summary>
internal struct TrialRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public TrialRandom(ulong seed, long trialIndex)
    {
        var x = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(trialIndex + 1));
        x = SplitMix(ref x) ^ (ulong)trialIndex;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A uniform number in (0, 1] with 53 random bits (never 0, so −ln U is finite).</summary>
    public double NextOpenUnit() => ((NextULong() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>An exponential draw with rate <paramref name="rate"/> (&gt; 0): −ln U / rate.</summary>
    public double NextExponential(double rate) => -Math.Log(NextOpenUnit()) / rate;

    private ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
