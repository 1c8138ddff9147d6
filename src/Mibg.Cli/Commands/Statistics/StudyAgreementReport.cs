using System.Text.Json.Serialization;
using Mibg.Statistics.Agreement;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>The JSON of <c>mibg agreement --study</c>: the agreement of design/cli.md per SIOPEN segment and on the total.</summary>
/// <param name="Readers">Reader codes compared (consensus reads excluded).</param>
/// <param name="N">Scans read by every one of them.</param>
/// <param name="Segments">One entry per SIOPEN segment, in the published order.</param>
/// <param name="Total">Agreement on the SIOPEN total (0–72).</param>
internal sealed record StudyAgreementReport(IReadOnlyList<string> Readers, int N, IReadOnlyList<SegmentAgreementReport> Segments, AgreementResult? Total);

/// <summary>Agreement on one segment; <paramref name="Note"/> says why it is undefined (every read the same value).</summary>
internal sealed record SegmentAgreementReport(
    string Segment, int N, IReadOnlyList<IccResult> Icc, KappaResult? Kappa, BlandAltmanResult? BlandAltman,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);
