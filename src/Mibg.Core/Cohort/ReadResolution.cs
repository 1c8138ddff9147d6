using System.Text.Json;
using System.Text.Json.Serialization;
using Mibg.Core.Study;
using Mibg.Core.Text;

namespace Mibg.Core.Cohort;

/// <summary>The kind of read an analysis uses (see <see cref="ReadResolution"/>).</summary>
public enum ReadResolutionKind
{
    /// <summary>The adjudicated consensus read. Code <c>consensus</c>.</summary>
    Consensus,
    /// <summary>The per-segment mean of the non-consensus reads. Code <c>mean_of_readers</c>.</summary>
    MeanOfReaders,
    /// <summary>One reader's read. Code <c>reader:CODE</c>.</summary>
    Reader,
}

/// <summary>
/// Which read of a scan the analysis uses (plan field <c>read_resolution</c>; data-dictionary.md, "reads"):
/// the adjudicated <c>consensus</c> read (default; a scan without one is pending), the per-segment
/// <c>mean_of_readers</c> over the non-consensus reads, or one reader's read (<c>reader:CODE</c>, e.g. <c>reader:R1</c>).
/// Written in JSON as that text.
/// </summary>
[JsonConverter(typeof(ReadResolutionJsonConverter))]
public sealed record ReadResolution
{
    private const string ReaderPrefix = "reader:";

    private ReadResolution(ReadResolutionKind kind, string? reader) => (Kind, Reader) = (kind, reader);

    /// <summary>Which kind of read.</summary>
    public ReadResolutionKind Kind { get; }
    /// <summary>Reader code for <see cref="ReadResolutionKind.Reader"/>; null otherwise.</summary>
    public string? Reader { get; }

    /// <summary>Use the consensus read.</summary>
    public static ReadResolution Consensus { get; } = new(ReadResolutionKind.Consensus, null);
    /// <summary>Use the per-segment mean of the reader reads.</summary>
    public static ReadResolution MeanOfReaders { get; } = new(ReadResolutionKind.MeanOfReaders, null);

    /// <summary>Use one reader's read.</summary>
    /// <exception cref="ArgumentException">Empty code, or the consensus pseudo-reader.</exception>
    public static ReadResolution SingleReader(string code) =>
        TryParse(ReaderPrefix + code, out var r) ? r : throw new ArgumentException(Refusal(ReaderPrefix + code), nameof(code));

    /// <summary>Parses <c>consensus</c>, <c>mean_of_readers</c> or <c>reader:CODE</c> exactly.</summary>
    public static bool TryParse(string text, out ReadResolution resolution)
    {
        resolution = text switch
        {
            "consensus" => Consensus,
            "mean_of_readers" => MeanOfReaders,
            _ when text.StartsWith(ReaderPrefix, StringComparison.Ordinal) && text.Length > ReaderPrefix.Length
                   && text[ReaderPrefix.Length..] != Read.ConsensusReader => new ReadResolution(ReadResolutionKind.Reader, text[ReaderPrefix.Length..]),
            _ => null!,
        };
        return resolution is not null;
    }

    /// <summary>Parses a read resolution.</summary>
    /// <exception cref="ArgumentException">Not a valid read resolution; the message names the valid values and the closest.</exception>
    public static ReadResolution Parse(string text) => TryParse(text, out var r) ? r : throw new ArgumentException(Refusal(text), nameof(text));

    /// <summary>Why <paramref name="text"/> is not a read resolution.</summary>
    public static string Refusal(string text)
    {
        var close = ClosestName.Find(text, ["consensus", "mean_of_readers"]);
        return $"'{text}' is not a valid value; valid values: consensus, mean_of_readers, reader:CODE (e.g. reader:R1; not reader:{Read.ConsensusReader})"
               + (close is null ? "" : $" (closest: '{close}')");
    }

    /// <summary>The read to use from the reads of one scan, or null when none is usable (pending).</summary>
    public ResolvedRead? Resolve(IReadOnlyList<Read> readsOfScan)
    {
        switch (Kind)
        {
            case ReadResolutionKind.Consensus:
                var c = readsOfScan.FirstOrDefault(r => r.IsConsensus);
                return c is null ? null : ResolvedRead.From(c.Siopen, Read.ConsensusReader);
            case ReadResolutionKind.Reader:
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

    /// <summary>The plan text: <c>consensus</c>, <c>mean_of_readers</c> or <c>reader:CODE</c>.</summary>
    public override string ToString() => Kind switch
    {
        ReadResolutionKind.Consensus => "consensus",
        ReadResolutionKind.MeanOfReaders => "mean_of_readers",
        _ => ReaderPrefix + Reader,
    };
}

/// <summary>Reads and writes a <see cref="ReadResolution"/> as its plan text; anything else is refused with the valid values.</summary>
public sealed class ReadResolutionJsonConverter : JsonConverter<ReadResolution>
{
    /// <inheritdoc />
    public override ReadResolution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("expected consensus, mean_of_readers or reader:CODE as a string");
        var text = reader.GetString()!;
        return ReadResolution.TryParse(text, out var r) ? r : throw new JsonException(ReadResolution.Refusal(text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReadResolution value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
