using Mibg.Core.TimePoints;
namespace Mibg.Analysis.Results;

/// <summary>
/// How often one SIOPEN segment is positive (&gt; 0) at one time point among a population's scored scans
/// (one scan per patient): the cells of the per-segment heat map.
/// </summary>
/// <param name="Population">Group code of the patients counted (e.g. <c>persistent</c>, <c>progression_after_treatment</c>).</param>
/// <param name="Timepoint">Time point code.</param>
/// <param name="Segment">SIOPEN segment code.</param>
/// <param name="Positive">Patients with the segment positive.</param>
/// <param name="Evaluated">Patients with a scored scan at the time point.</param>
/// <param name="Proportion">Positive / Evaluated; 0 when none evaluated.</param>
/// <param name="PositivePatients">The patients counted in <paramref name="Positive"/>, sorted.</param>
public sealed record SegmentFrequency(string Population, TimePoint Timepoint, string Segment, int Positive, int Evaluated, double Proportion, IReadOnlyList<string> PositivePatients);
