using Mibg.Core.Plan;
using Mibg.Analysis.Agreement;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using Mibg.Core.TimePoints;
using Mibg.Statistics.Agreement;
using Mibg.Statistics.Survival;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 9: reader agreement by the one shared computation (<see cref="ReaderAgreementComputation"/>), then per time
/// point (ICC of totals, weighted kappa per segment, kappa of the positive/negative call with the discordant scans),
/// and the study's key result re-run with each read (consensus, each reader, mean of readers).
/// </summary>
internal static class AgreementStep
{
    private static readonly double[] SegmentLevels = Enumerable.Range(0, SiopenScore.MaxSegmentScore + 1).Select(i => (double)i).ToArray();

    public static AgreementSummary? Build(AnalysisContext ctx)
    {
        var summary = ReaderAgreementComputation.Compute(ctx.Study.Reads);
        if (summary is null) return null;
        return summary with { ByTimepoint = ByTimepoint(ctx, summary.Readers), ReadSensitivity = Sensitivity(ctx, summary.Readers) };
    }

    private static IReadOnlyList<TimepointAgreement> ByTimepoint(AnalysisContext ctx, IReadOnlyList<string> readers)
    {
        if (readers.Count != 2) return [];
        var threshold = ctx.Plan.Persistence.PostHdcTotalAbove;
        var reads = ctx.Study.Reads.Where(r => !r.IsConsensus).ToLookup(r => r.ScanId, StringComparer.Ordinal);
        var list = new List<TimepointAgreement>();
        var timed = ctx.Courses.SelectMany(c => c.Scans).ToArray();
        foreach (var tp in Enum.GetValues<TimePoint>())
        {
            var pairs = timed.Where(s => s.TimePoint == tp)
                .Select(s => (s.ScanId, A: reads[s.ScanId].FirstOrDefault(r => r.Reader == readers[0]), B: reads[s.ScanId].FirstOrDefault(r => r.Reader == readers[1])))
                .Where(x => x.A is not null && x.B is not null).OrderBy(x => x.ScanId, StringComparer.Ordinal).ToArray();
            if (pairs.Length < 2) continue;
            var ta = pairs.Select(x => (double)x.A!.Siopen.Total).ToArray();
            var tb = pairs.Select(x => (double)x.B!.Siopen.Total).ToArray();
            IccResult? icc = null;
            if (ta.Concat(tb).Distinct().Count() > 1)
            {
                try { icc = IntraclassCorrelation.Compute([ta, tb]).FirstOrDefault(i => i.Type == "ICC2"); }
                catch (ArgumentException) { }
            }
            var discordant = pairs.Where(x => x.A!.Siopen.Total > threshold != x.B!.Siopen.Total > threshold).Select(x => x.ScanId).ToArray();
            var kappas = new List<SegmentKappa>();
            foreach (var s in SiopenSegments.All)
            {
                var a = pairs.Select(x => (double)x.A!.Siopen[s]).ToArray();
                var b = pairs.Select(x => (double)x.B!.Siopen[s]).ToArray();
                if (a.Concat(b).Distinct().Count() <= 1) continue;
                try
                {
                    var k = CohenKappa.Compute(a, b, SegmentLevels);
                    if (double.IsFinite(k.Linear) && double.IsFinite(k.Quadratic)) kappas.Add(new SegmentKappa(s.Code, k.Linear, k.Quadratic));
                }
                catch (ArgumentException) { }
            }
            list.Add(new TimepointAgreement
            {
                Timepoint = tp,
                Scans = pairs.Length,
                Icc = icc is { } i && double.IsFinite(i.Value) ? i.Value : null,
                IccLower = icc?.Lower, IccUpper = icc?.Upper,
                PersistenceKappa = ReaderAgreementComputation.BinaryKappa(ta.Select(v => v > threshold ? 1.0 : 0).ToArray(), tb.Select(v => v > threshold ? 1.0 : 0).ToArray()),
                Discordant = discordant.Length,
                DiscordantScans = discordant,
                SegmentKappas = kappas,
            });
        }
        return list;
    }

    private static IReadOnlyList<ReadSensitivity> Sensitivity(AnalysisContext ctx, IReadOnlyList<string> readers)
    {
        var resolutions = new List<ReadResolution> { ReadResolution.Consensus };
        resolutions.AddRange(readers.Select(ReadResolution.SingleReader));
        resolutions.Add(ReadResolution.MeanOfReaders);
        return resolutions.Select(res =>
        {
            var c = res == ctx.Plan.ReadResolution ? ctx : new AnalysisContext(ctx.Study, ctx.Plan with { ReadResolution = res });
            var persistent = c.Eligible.Count(x => c.Assignments[x.PatientId].Persistent);
            var members = c.Eligible.Select(x => (x, group: c.Assignments[x.PatientId].Persistent ? GroupCodes.Persistent : GroupCodes.ClearedAfterHdc)).ToArray();
            var (kept, _) = SurvivalStep.Sample(c, SurvivalEndpoint.Efs, TimeOrigin.PostHdcScan, members);
            double? p = null;
            if (kept.Select(k => k.group).Distinct().Count() == 2 && kept.Any(k => k.ev))
                p = LogRank.Test(kept.Select(k => k.time).ToArray(), kept.Select(k => k.ev).ToArray(), kept.Select(k => k.group).ToArray()).P;
            return new ReadSensitivity(res, persistent, c.Eligible.Count, p);
        }).ToArray();
    }
}
