using Mibg.Core.Study;

namespace Mibg.Core.Cohort;

/// <summary>
/// Which read of a scan the analysis uses (plan field <c>read_resolution</c>; data-dictionary.md, "reads"):
/// the adjudicated <c>consensus</c> read (default; a scan without one is pending), the per-segment
/// <c>mean_of_readers</c> over the non-consensus reads, or one reader's read (<c>reader:CODE</c>).
/// </summary>
public sealed record ReadResolution
{
    private ReadResolution(string kind, string? reader) => (Kind, Reader) = (kind, reader);

    /// <summary><c>consensus</c>, <c>mean_of_readers</c> or <c>reader</c>.</summary>
    public string Kind { get; }
    /// <summary>Reader code for <c>reader:CODE</c>.</summary>
    public string? Reader { get; }

    /// <summary>Use the consensus read.</summary>
    public static ReadResolution Consensus { get; } = new("consensus", null);
    /// <summary>Use the per-segment mean of the reader reads.</summary>
    public static ReadResolution MeanOfReaders { get; } = new("mean_of_readers", null);
    /// <summary>Use one reader's read.</summary>
    public static ReadResolution SingleReader(string code) => new("reader", code);

    /// <summary>Parses a plan value (validated by the plan validator).</summary>
    public static ReadResolution Parse(string value) => value switch
    {
        "consensus" => Consensus,
        "mean_of_readers" => MeanOfReaders,
        _ when value.StartsWith("reader:", StringComparison.Ordinal) => SingleReader(value[7..]),
        _ => throw new ArgumentException($"unknown read resolution '{value}'", nameof(value)),
    };

    /// <summary>The read to use from the reads of one scan, or null when none is usable (pending).</summary>
    public ResolvedRead? Resolve(IReadOnlyList<Read> readsOfScan)
    {
        switch (Kind)
        {
            case "consensus":
                var c = readsOfScan.FirstOrDefault(r => r.IsConsensus);
                return c is null ? null : ResolvedRead.From(c.Siopen, Read.ConsensusReader);
            case "reader":
                var one = readsOfScan.FirstOrDefault(r => r.Reader == Reader);
                return one is null ? null : ResolvedRead.From(one.Siopen, one.Reader);
            default:
                var readers = readsOfScan.Where(r => !r.IsConsensus).ToArray();
                if (readers.Length == 0) return null;
                var mean = new double[12];
                foreach (var r in readers)
                    for (var i = 0; i < 12; i++) mean[i] += r.Siopen.Values[i] / (double)readers.Length;
                return new ResolvedRead(mean, "mean_of_readers");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Kind == "reader" ? "reader:" + Reader : Kind;
}
