using System.Runtime.CompilerServices;
using System.Globalization;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// The complete cases of a <see cref="CoxInput"/> as R's <c>model.frame</c> + <c>model.matrix</c> would give them:
/// rows with a missing value dropped, factors expanded to treatment-contrast columns, then sorted by stratum
/// and ascending time (R's <c>order(strata, time)</c>, stable) so that risk sets are suffixes of each stratum.
/// </summary>
internal sealed class CoxModelFrame
{
    /// <summary>Rows used.</summary>
    public required int N { get; init; }

    /// <summary>Rows dropped for a missing value.</summary>
    public required int Dropped { get; init; }

    /// <summary>Model column names (numeric covariate name, or <c>factor=level</c>).</summary>
    public required string[] ColumnNames { get; init; }

    /// <summary>Term names (covariate names) in formula order.</summary>
    public required string[] TermNames { get; init; }

    /// <summary>Term index of each column.</summary>
    public required int[] ColumnTerm { get; init; }

    /// <summary>Time per sorted row (the stop time of counting-process data).</summary>
    public required double[] Time { get; init; }

    /// <summary>Start time per sorted row for counting-process data (start, stop]; null for right-censored data.</summary>
    public double[]? Start { get; init; }

    /// <summary>
    /// Counting-process data: the sorted rows of each stratum ordered by ascending start (same stratum bounds as
    /// <see cref="StratumStarts"/>), walked backwards to take rows out of the risk set once t ≤ start.
    /// </summary>
    public int[]? StartOrder { get; init; }

    /// <summary>
    /// Counting-process data: whether the row's interval contains an event time of its stratum. Rows that do not are
    /// in no risk set and are left out of the sums (as R's agreg.fit does), which keeps the add-then-remove rounding away.
    /// </summary>
    public bool[]? Spans { get; init; }

    /// <summary>Case weight per sorted row; null when every weight is 1 (no weights given).</summary>
    public double[]? Weight { get; init; }

    /// <summary>Cluster code (0 … <see cref="ClusterCount"/> − 1) per sorted row; null when no cluster was given.</summary>
    public int[]? Cluster { get; init; }

    /// <summary>Number of distinct clusters among the rows used (0 without a cluster column).</summary>
    public int ClusterCount { get; init; }

    /// <summary>
    /// Whether the variance is the robust (sandwich) one: a cluster column was given, or a weight is not a whole number
    /// (R's coxph then makes each row its own cluster).
    /// </summary>
    public bool Robust => Cluster is not null || (Weight is { } w && w.Any(v => v != Math.Floor(v)));

    /// <summary>Whether the data is counting-process (start, stop] data.</summary>
    public bool IsCountingProcess => Start is not null;

    /// <summary>Event indicator per sorted row.</summary>
    public required bool[] Status { get; init; }

    /// <summary>Design matrix, row-major (row r, column j at r·p + j), original scale.</summary>
    public required double[] X { get; init; }

    /// <summary>First sorted row of each stratum, then <see cref="N"/>; one stratum when there are no strata.</summary>
    public required int[] StratumStarts { get; init; }

    /// <summary>Input row (0-based) of each sorted row.</summary>
    public required int[] SourceRow { get; init; }

    /// <summary>Number of model columns.</summary>
    public int P => ColumnNames.Length;

    /// <summary>Number of events.</summary>
    public int Events { get; private init; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxModelFrame Build(CoxInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var total = input.Time.Count;
        CheckLength("event", input.Event.Count, total);
        foreach (var c in input.Covariates)
        {
            var count = c switch
            {
                NumericCovariate nc => nc.Values.Count,
                FactorCovariate fc => fc.Values.Count,
                _ => throw new ArgumentException($"covariate '{c.Name}': unknown kind {c.GetType().Name}"),
            };
            CheckLength($"covariate '{c.Name}'", count, total);
        }
        if (input.Strata is { } s) CheckLength("strata", s.Count, total);
        if (input.Start is { } st) CheckLength("start", st.Count, total);
        if (input.Subject is { } id) CheckLength("subject", id.Count, total);
        if (input.RowNumbers is { } numbers) CheckLength("row numbers", numbers.Count, total);
        if (input.Weights is { } weights) CheckLength("weights", weights.Count, total);
        if (input.Cluster is { } clusterLabels) CheckLength("cluster", clusterLabels.Count, total);
        var duplicate = input.Covariates.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"covariate '{duplicate.Key}' is given twice");

        input = Materialised(input);
        var keep = CompleteCases(input, total);
        var used = 0;
        for (var i = 0; i < total; i++) if (keep[i]) used++;
        if (input.Start is not null && input.Subject is not null) SubjectIntervals.CheckDisjoint(input, keep);

        // Model columns, in formula order; factor levels from the rows used.
        var names = new List<string>();
        var terms = new List<int>();
        var levelCodes = new List<(int Term, int Levels, int[] RowCodes)>();
        for (var t = 0; t < input.Covariates.Count; t++)
        {
            switch (input.Covariates[t])
            {
                case NumericCovariate nc:
                    names.Add(nc.Name);
                    terms.Add(t);
                    break;
                case FactorCovariate fc:
                    IReadOnlyList<string> levels = fc.Levels ?? FactorLevels.Order(Distinct(fc.Values, keep));
                    if (levels.Count < 2 && used > 0)
                        throw new ArgumentException(
                            $"factor '{fc.Name}' has a single level ('{levels.FirstOrDefault()}') among the rows used; a covariate needs at least two levels");
                    var codes = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var l = 0; l < levels.Count; l++) codes[levels[l]] = l;
                    var rowCodes = new int[total];
                    for (var i = 0; i < total; i++)
                        if (keep[i] && !codes.TryGetValue(fc.Values[i]!.Trim(), out rowCodes[i]))
                            throw new ArgumentException($"covariate '{fc.Name}': value '{fc.Values[i]}' in {RowName(input, i)} is not one of the levels given ({string.Join(", ", levels)})");
                    for (var l = 1; l < levels.Count; l++)
                    {
                        names.Add($"{fc.Name}={levels[l]}");
                        terms.Add(t);
                    }
                    levelCodes.Add((t, levels.Count, rowCodes));
                    break;
            }
        }

        var order = SortedRows(input, keep, used, out var stratumStarts);
        var p = names.Count;
        var time = new double[used];
        var status = new bool[used];
        var start = input.Start is null ? null : new double[used];
        var events = 0;
        var position = new int[total];
        var (inputTime, inputEvent, inputStart) = ((double[])input.Time, (double[])input.Event, (double[]?)input.Start);
        var (inputWeight, weight) = ((double[]?)input.Weights, input.Weights is null ? null : new double[used]);
        for (var r = 0; r < used; r++)
        {
            var i = order[r];
            position[i] = r;
            time[r] = inputTime[i];
            status[r] = inputEvent[i] == 1;
            if (start is not null) start[r] = inputStart![i];
            if (weight is not null) weight[r] = inputWeight![i];
            if (status[r]) events++;
        }
        var (cluster, clusterCount) = input.Cluster is null ? (null, 0) : ClusterCodes(input.Cluster, order);
        // Scatter each input row into its sorted row (p adjacent values), reading the columns sequentially.
        var x = new double[(long)used * p];
        var column = 0;
        for (var t = 0; t < input.Covariates.Count; t++)
        {
            switch (input.Covariates[t])
            {
                case NumericCovariate nc:
                    var values = (double[])nc.Values;
                    for (var i = 0; i < total; i++)
                        if (keep[i]) x[(long)position[i] * p + column] = values[i];
                    column++;
                    break;
                case FactorCovariate:
                    var (_, levelCount, rowCodes) = levelCodes.First(l => l.Term == t);
                    for (var i = 0; i < total; i++)
                        if (keep[i] && rowCodes[i] > 0) x[(long)position[i] * p + column + rowCodes[i] - 1] = 1;
                    column += levelCount - 1;
                    break;
            }
        }

        return new CoxModelFrame
        {
            N = used,
            Dropped = total - used,
            ColumnNames = [.. names],
            TermNames = [.. input.Covariates.Select(c => c.Name)],
            ColumnTerm = [.. terms],
            Time = time,
            Status = status,
            Start = start,
            StartOrder = start is null ? null : CountingProcessOrder.ByStart(start, stratumStarts),
            Spans = start is null ? null : CountingProcessOrder.Spans(start, time, status, stratumStarts),
            X = x,
            StratumStarts = stratumStarts,
            SourceRow = order,
            Events = events,
            Weight = weight,
            Cluster = cluster,
            ClusterCount = clusterCount,
        };
    }

    /// <summary>A code per sorted row for its cluster label (trimmed, case-sensitive), numbered as first met.</summary>
    private static (int[] Codes, int Count) ClusterCodes(IReadOnlyList<string?> labels, int[] order)
    {
        var codes = new int[order.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < order.Length; r++)
        {
            var label = labels[order[r]]!.Trim();
            if (!seen.TryGetValue(label, out codes[r])) seen[label] = codes[r] = seen.Count;
        }
        return (codes, seen.Count);
    }

    /// <summary>
    /// The same input with every numeric column as an array (no copy when it already is one), so that the per-row loops
    /// index arrays instead of calling an interface per cell.
    /// </summary>
    private static CoxInput Materialised(CoxInput input)
    {
        static double[] Array(IReadOnlyList<double> values) => values as double[] ?? [.. values];
        return input with
        {
            Time = Array(input.Time),
            Event = Array(input.Event),
            Start = input.Start is null ? null : Array(input.Start),
            Weights = input.Weights is null ? null : Array(input.Weights),
            Covariates = [.. input.Covariates.Select(c => c is NumericCovariate n ? n with { Values = Array(n.Values) } : c)],
        };
    }

    /// <summary>How messages name input row <paramref name="i"/>: <see cref="CoxInput.RowNumbers"/> when given.</summary>
    internal static string RowName(CoxInput input, int i) =>
        input.RowNumbers is { } numbers ? $"row {numbers[i]}" : $"data row {i + 1}";

    private static void CheckLength(string what, int count, int expected)
    {
        if (count != expected)
            throw new ArgumentException($"{what} has {count} values but time has {expected}; every column needs one value per row");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] CompleteCases(CoxInput input, int total)
    {
        var keep = new bool[total];
        var (time, events) = ((double[])input.Time, (double[])input.Event);
        var numeric = input.Covariates.Select(c => c is NumericCovariate n ? (double[])n.Values : null).ToArray();
        for (var i = 0; i < total; i++)
        {
            var t = time[i];
            var e = events[i];
            var ok = !double.IsNaN(t) && !double.IsNaN(e);
            if (!double.IsNaN(t) && (double.IsInfinity(t) || t < 0))
                throw new ArgumentException($"time: value {t.ToString(CultureInfo.InvariantCulture)} in {RowName(input, i)} is not a finite time ≥ 0");
            if (!double.IsNaN(e) && e != 0 && e != 1)
                throw new ArgumentException($"event: value {e.ToString(CultureInfo.InvariantCulture)} in {RowName(input, i)} is not 0 (censored) or 1 (event)");
            for (var k = 0; k < numeric.Length; k++)
            {
                var c = input.Covariates[k];
                switch (c)
                {
                    case NumericCovariate:
                        var v = numeric[k]![i];
                        if (double.IsInfinity(v))
                            throw new ArgumentException($"covariate '{c.Name}': value in {RowName(input, i)} is infinite");
                        ok &= !double.IsNaN(v);
                        break;
                    case FactorCovariate fc:
                        ok &= !string.IsNullOrWhiteSpace(fc.Values[i]);
                        break;
                }
            }
            if (input.Strata is { } s) ok &= !string.IsNullOrWhiteSpace(s[i]);
            if (input.Start is { } starts)
            {
                var a = starts[i];
                if (double.IsInfinity(a))
                    throw new ArgumentException($"start: value in {RowName(input, i)} is infinite");
                if (!double.IsNaN(a) && !double.IsNaN(t) && a >= t)
                    throw new ArgumentException(
                        $"start: value {a.ToString(CultureInfo.InvariantCulture)} in {RowName(input, i)} is not before its stop time {t.ToString(CultureInfo.InvariantCulture)}; an interval (start, stop] needs start < stop");
                ok &= !double.IsNaN(a);
            }
            if (input.Subject is { } id) ok &= !string.IsNullOrWhiteSpace(id[i]);
            if (input.Weights is { } weights)
            {
                var w = weights[i];
                if (!double.IsNaN(w) && (double.IsInfinity(w) || w <= 0))
                    throw new ArgumentException(
                        $"weights: value {w.ToString(CultureInfo.InvariantCulture)} in {RowName(input, i)} is not a case weight; weights must be finite numbers > 0");
                ok &= !double.IsNaN(w);
            }
            if (input.Cluster is { } cluster) ok &= !string.IsNullOrWhiteSpace(cluster[i]);
            keep[i] = ok;
        }
        return keep;
    }

    private static List<string> Distinct(IReadOnlyList<string?> values, bool[] keep)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
            if (keep[i] && seen.Add(values[i]!.Trim())) result.Add(values[i]!.Trim());
        return result;
    }

    /// <summary>Used rows sorted by stratum (in level order) then ascending time, ties in input order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] SortedRows(CoxInput input, bool[] keep, int used, out int[] stratumStarts)
    {
        var rows = new int[used];
        var keys = new double[used];
        var time = (double[])input.Time;
        for (int i = 0, r = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            rows[r] = i;
            keys[r++] = time[i];
        }
        KeyOrder.Sort(keys, rows); // stable: ties in input order, as R's order()
        if (input.Strata is not { } strata)
        {
            stratumStarts = [0, used];
            return rows;
        }
        var levels = FactorLevels.Order(Distinct(strata, keep));
        var code = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < levels.Length; l++) code[levels[l]] = l;
        // Stable counting sort by stratum keeps the time order within each stratum.
        var counts = new int[levels.Length + 1];
        foreach (var i in rows) counts[code[strata[i]!.Trim()] + 1]++;
        for (var l = 1; l <= levels.Length; l++) counts[l] += counts[l - 1];
        stratumStarts = new int[levels.Length + 1];
        Array.Copy(counts, stratumStarts, levels.Length + 1);
        var next = (int[])counts.Clone();
        var sorted = new int[used];
        foreach (var i in rows) sorted[next[code[strata[i]!.Trim()]]++] = i;
        return sorted;
    }
}
