using System.Globalization;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Cohort;

/// <summary>One eligibility criterion: its flow-step code and the criterion as a sentence.</summary>
/// <param name="Step">Flow step code.</param>
/// <param name="Criterion">The criterion in words, with the plan's values.</param>
public sealed record EligibilityStep(string Step, string Criterion);

/// <summary>Why a patient is not eligible: the first criterion failed.</summary>
/// <param name="Step">Flow step code of the criterion.</param>
/// <param name="Reason">What the patient's data show.</param>
public sealed record IneligibilityReason(string Step, string Reason);

/// <summary>
/// Eligibility of design/analysis.md (plan section <c>eligibility</c>), criteria applied in flow order:
/// stage M (INSS 4 when INRG is blank), age over 1 year, diagnosis in the study period, positive diagnosis
/// scan, HDC given, post-HDC scan read. A patient leaves the flow at the first criterion failed.
/// </summary>
public static class Eligibility
{
    /// <summary>Code of the flow's first box (every patient of the study).</summary>
    public const string AllPatientsStep = "all_patients";
    /// <summary>Code of the flow's last box (the eligible cohort).</summary>
    public const string EligibleStep = "eligible";
    /// <summary>
    /// Code of the flow box "no progression between HDC and the post-HDC scan": a patient who progresses after HDC
    /// and before the post-HDC assessment never has a post-HDC response to classify, and must be counted as such,
    /// not as "no post-HDC scan" (design/analysis.md step 1).
    /// </summary>
    public const string ProgressionBeforePostHdcScanStep = "no_progression_before_post_hdc_scan";

    /// <summary>
    /// The flow steps decided at diagnosis (stage M, age, diagnosis period): the patients left after them are the
    /// study's stage M patients at diagnosis, the population of a per-centre yearly rate of stage M patients.
    /// </summary>
    public static readonly IReadOnlyList<string> AtDiagnosisSteps = ["stage", "age", "diagnosis_period"];

    /// <summary>The criteria in flow order, worded with the plan's values.</summary>
    public static IReadOnlyList<EligibilityStep> Steps(EligibilityCriteria c)
    {
        var steps = new List<EligibilityStep>
        {
            new("stage", $"INRG stage {string.Join("/", c.InrgStages)}" +
                (c.InssStagesWhenInrgBlank.Count > 0 ? $" (INSS {string.Join("/", c.InssStagesWhenInrgBlank)} when INRG is blank)" : "")),
            new("age", $"age at diagnosis > {c.MinAgeAtDiagnosisDaysExclusive} days"),
            new("diagnosis_period", $"diagnosis from {D(c.DiagnosisFrom)} to {D(c.DiagnosisTo)}"),
            new("positive_diagnosis_scan", $"SIOPEN total > {c.DiagnosisTotalAbove} on a read diagnosis scan"),
        };
        if (c.RequireHdc) steps.Add(new("hdc_given", "high-dose chemotherapy given"));
        if (c.RequireHdc) steps.Add(new(ProgressionBeforePostHdcScanStep, "no progression or relapse between HDC and the post-HDC scan"));
        if (c.RequirePostHdcScan) steps.Add(new("post_hdc_scan_read", "post-HDC scan with a usable read"));
        return steps;
    }

    /// <summary>The first criterion <paramref name="course"/> fails, or null when eligible.</summary>
    public static IneligibilityReason? FirstFailure(PatientCourse course, EligibilityCriteria c) =>
        FirstFailure(course, c, TimePointWindows.Default);

    /// <summary>The first criterion <paramref name="course"/> fails under the plan's windows, or null when eligible.</summary>
    public static IneligibilityReason? FirstFailure(PatientCourse course, EligibilityCriteria c, TimePointWindows windows)
    {
        var p = course.Patient;
        var inrg = string.IsNullOrWhiteSpace(p.InrgStage) ? null : p.InrgStage.Trim();
        var stageOk = inrg is not null
            ? c.InrgStages.Contains(inrg)
            : p.InssStage is { } inss && c.InssStagesWhenInrgBlank.Contains(inss.Trim());
        if (!stageOk)
            return new("stage", inrg is not null ? $"INRG stage {inrg}" : $"INRG stage blank, INSS stage {p.InssStage ?? "blank"}");
        if (p.AgeAtDiagnosisDays <= c.MinAgeAtDiagnosisDaysExclusive)
            return new("age", $"age at diagnosis {I(p.AgeAtDiagnosisDays)} days, not > {I(c.MinAgeAtDiagnosisDaysExclusive)}");
        if (p.DiagnosisDate < c.DiagnosisFrom || p.DiagnosisDate > c.DiagnosisTo)
            return new("diagnosis_period", $"diagnosed {D(p.DiagnosisDate)}, outside {D(c.DiagnosisFrom)}..{D(c.DiagnosisTo)}");
        var dx = course.DiagnosisScan;
        if (dx is null)
            return new("positive_diagnosis_scan", "no diagnosis scan");
        if (dx.Read is null)
            return new("positive_diagnosis_scan", $"diagnosis scan {dx.ScanId} has no usable read (pending)");
        if (dx.Read.Total <= c.DiagnosisTotalAbove)
            return new("positive_diagnosis_scan", $"diagnosis scan {dx.ScanId} SIOPEN total {N(dx.Read.Total)}, not > {I(c.DiagnosisTotalAbove)}");
        if (c.RequireHdc && p.HdcDate is null)
            return new("hdc_given", "no high-dose chemotherapy (hdc_date blank)");
        if (c.RequireHdc && p.HdcDate is { } hdc)
        {
            // A disease event after HDC and before the post-HDC scan — or, without a post-HDC scan, before the end of
            // the post-HDC window — leaves no post-HDC response to classify (a scan taken for the event is the
            // progression scan). Counted as its own flow step, not as "no post-HDC scan".
            var windowEnd = p.MaintenanceStartDate is { } m
                ? m.AddDays(windows.PostHdcAfterMaintenanceStartDays)
                : hdc.AddDays(windows.PostHdcMaxDaysWithoutMaintenance);
            var limit = course.PostHdcScan?.Date ?? windowEnd;
            var early = course.DiseaseEvents.FirstOrDefault(e => e.EventDate >= hdc && e.EventDate <= limit);
            if (early is not null)
                return new(ProgressionBeforePostHdcScanStep,
                    $"{early.EventType.Code()} on {D(early.EventDate)}, after HDC ({D(hdc)}) and before " +
                    (course.PostHdcScan is { } ps ? $"the post-HDC scan ({D(ps.Date)})" : $"any post-HDC scan (window end {D(windowEnd)})"));
        }
        if (c.RequirePostHdcScan)
        {
            var post = course.PostHdcScan;
            if (post is null) return new("post_hdc_scan_read", "no post-HDC scan");
            if (post.Read is null) return new("post_hdc_scan_read", $"post-HDC scan {post.ScanId} has no usable read (pending)");
        }
        return null;
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
