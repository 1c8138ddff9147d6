using System.Runtime.CompilerServices;

namespace Mibg.Statistics.Internal;

/// <summary>
/// Sorts rows by a double key (a time, a score) — the one sort every survival estimate starts with — as a stable LSD
/// radix sort on the keys' IEEE bits: O(n) passes of 11 bits, and a pass is skipped when every key has the same digit
/// there (whole-day times leave most low bits zero), so a million rows take a few passes instead of a comparison sort's
/// ~20 n comparisons. Ties keep their input order (as R's <c>order()</c>). Small ranges use <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>
/// made stable the same way. Keys must not be NaN.
/// </summary>
internal static class KeyOrder
{
    private const int SmallRange = 512;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    /// <summary>Sorts <paramref name="keys"/>[start, start + length) ascending and moves <paramref name="items"/> with them; stable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(double[] keys, int[] items, int start, int length)
    {
        if (length < SmallRange)
        {
            Array.Sort(keys, items, start, length);
            for (var a = start; a < start + length;)
            {
                var b = a + 1;
                while (b < start + length && keys[b] == keys[a]) b++;
                if (b - a > 1) Array.Sort(items, a, b - a);
                a = b;
            }
            return;
        }
        var bits = new ulong[length];
        for (var i = 0; i < length; i++) bits[i] = Ordered(keys[start + i]);
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < length; i++)
        {
            var v = bits[i];
            for (var pass = 0; pass < Passes; pass++) counts[pass * Buckets + (int)((v >> (pass * DigitBits)) & (Buckets - 1))]++;
        }
        var fromItems = new int[length];
        Array.Copy(items, start, fromItems, 0, length);
        var toBits = new ulong[length];
        var toItems = new int[length];
        for (var pass = 0; pass < Passes; pass++)
        {
            var offset = pass * Buckets;
            var shift = pass * DigitBits;
            if (counts[offset + (int)((bits[0] >> shift) & (Buckets - 1))] == length) continue; // one digit everywhere
            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var c = counts[offset + b];
                counts[offset + b] = sum;
                sum += c;
            }
            for (var i = 0; i < length; i++)
            {
                var v = bits[i];
                var to = counts[offset + (int)((v >> shift) & (Buckets - 1))]++;
                toBits[to] = v;
                toItems[to] = fromItems[i];
            }
            (bits, toBits) = (toBits, bits);
            (fromItems, toItems) = (toItems, fromItems);
        }
        for (var i = 0; i < length; i++) keys[start + i] = FromOrdered(bits[i]);
        Array.Copy(fromItems, 0, items, start, length);
    }

    /// <summary>Sorts the whole arrays; see <see cref="Sort(double[], int[], int, int)"/>.</summary>
    public static void Sort(double[] keys, int[] items) => Sort(keys, items, 0, keys.Length);

    /// <summary>The double's bits as an unsigned integer in the same order (negatives flipped, positives' sign bit set).</summary>
    private static ulong Ordered(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value == 0 ? 0.0 : value); // −0 sorts with +0
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromOrdered(ulong ordered) =>
        BitConverter.UInt64BitsToDouble((ordered & 0x8000_0000_0000_0000UL) != 0 ? ordered & 0x7FFF_FFFF_FFFF_FFFFUL : ~ordered);
}
