using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using Mibg.Core.TimePoints;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 7 (design/domain.md, "Site-level analysis"): for every eligible patient whose first disease event after
/// the post-HDC scan has a progression scan, the segments positive at progression are classified against the last
/// read post-HDC or end-of-treatment scan before the event and the diagnosis scan. Headline counts over
/// <c>progression_after_treatment</c>.
/// </summary>
internal static class RelapseSitesStep
{
    public static RelapseSites Build(AnalysisContext ctx)
    {
        var patients = new List<PatientRelapseSites>();
        foreach (var c in ctx.Eligible)
        {
            var a = ctx.Assignments[c.PatientId];
            if (a.FirstDiseaseEvent is not { } ev) continue;
            var prog = c.ProgressionScanFor(ev, ctx.Plan.TimePointWindows.ProgressionDays);
            var reference = c.Scans.Where(s => s.TimePoint is TimePoint.PostHdc or TimePoint.EndOfTreatment && s.Date < ev.EventDate && s.Read is not null)
                .LastOrDefault();
            var dx = c.DiagnosisScan;
            if (prog?.Read is null || reference?.Read is null || dx?.Read is null) continue;
            var k = RelapseSiteClassification.Classify(prog.Read, reference.Read, dx.Read);
            patients.Add(new PatientRelapseSites
            {
                PatientId = c.PatientId,
                Group = a.Group,
                EventDate = ev.EventDate,
                ProgressionScanId = prog.ScanId,
                ReferenceScanId = reference.ScanId,
                ReferenceTimepoint = reference.TimePoint.Code(),
                DiagnosisScanId = dx.ScanId,
                Persistent = k.Persistent,
                Cleared = k.Cleared,
                New = k.New,
                NonSkeletal = ev.Sites.Where(s => !SiopenSegments.IsCode(s)).ToArray(),
                Pattern = k.Pattern,
                AtPriorSkeletalSites = k.AtPriorSkeletalSites,
            });
        }
        var headline = ctx.Members(GroupCodes.ProgressionAfterTreatment).Select(c => c.PatientId).ToArray();
        var classified = patients.Where(p => p.Group == GroupCodes.ProgressionAfterTreatment).ToArray();
        var atPrior = classified.Where(p => p.AtPriorSkeletalSites).Select(p => p.PatientId).ToArray();
        return new RelapseSites
        {
            Relapses = headline.Length,
            AtPriorSkeletalSites = atPrior.Length,
            RelapsePatients = headline,
            AtPriorSkeletalSitesPatients = atPrior,
            WithoutProgressionScan = headline.Where(id => classified.All(p => p.PatientId != id)).ToArray(),
            Patients = patients,
        };
    }

    /// <summary>Step 8, counterfactual: relapses of persistent patients confined to persistent sites, prevented with p^k.</summary>
    public static LocalControlResult LocalControl(AnalysisContext ctx, RelapseSites sites)
    {
        var p = ctx.Plan.LocalControlProbability;
        var persistentRelapses = sites.Patients.Where(x => ctx.Assignments[x.PatientId].Persistent).ToArray();
        var confined = persistentRelapses.Where(x => x.Pattern == RelapseSiteClassification.ConfinedToPersistent)
            .Select(x => new PreventedRelapse(x.PatientId, x.Persistent.Count, Math.Pow(p, x.Persistent.Count))).ToArray();
        return new LocalControlResult
        {
            Probability = p,
            Relapses = persistentRelapses.Length,
            ConfinedToPersistent = confined.Length,
            ExpectedPrevented = confined.Sum(x => x.ProbabilityPrevented),
            Patients = confined,
        };
    }

    /// <summary>Step 8, oligo: persistent patients whose scan at the plan's time point meets the oligo definition.</summary>
    public static OligoResult Oligo(AnalysisContext ctx)
    {
        var def = ctx.Plan.Oligo;
        var persistent = ctx.Members(GroupCodes.Persistent);
        var tp = TimePointCodes.Parse(def.Timepoint) ?? TimePoint.PostHdc;
        var oligo = persistent.Where(c => ScoresStep.ScanAt(ctx, c, tp)?.Read is { } r && OligoRule.IsOligo(r, def))
            .Select(c => c.PatientId).ToArray();
        return new OligoResult(oligo.Length, persistent.Count, oligo, def.Describe());
    }
}
