using Mibg.Core.TimePoints;
using Mibg.Core.Json;
using Mibg.Core.Plan;
using Mibg.Core.Cohort;
using Mibg.Core.Scoring;

namespace Mibg.Reporting.Sections;

/// <summary>Words a clinician reads for the codes of results.json (groups, time points, segments, endpoints).</summary>
public static class ClinicalLabels
{
    private static readonly IReadOnlyDictionary<string, string> Groups = new Dictionary<string, string>
    {
        ["eligible"] = "Eligible cohort",
        [GroupCodes.ClearedAfterHdc] = "Cleared after HDC",
        [GroupCodes.Persistent] = "Persistent after HDC",
        [GroupCodes.ProgressionDuringMaintenance] = "Progression during maintenance",
        [GroupCodes.CrAtEndOfTreatment] = "CR at end of treatment",
        [GroupCodes.PersistentAtEndOfTreatment] = "Persistent at end of treatment",
        [GroupCodes.PersistentResponse] = "Persistent response",
        [GroupCodes.ProgressionAfterTreatment] = "Progression after treatment",
        [GroupCodes.DeathWithoutProgression] = "Death without progression",
        [GroupCodes.NotEvaluable] = "Not evaluable",
        [GroupCodes.Progressed] = "Progressed",
        ["all"] = "All patients",
    };

    private static readonly IReadOnlyDictionary<string, string> TimePoints = new Dictionary<string, string>
    {
        ["diagnosis"] = "Diagnosis",
        ["post_induction"] = "Post-induction",
        ["post_hdc"] = "Post-HDC",
        ["end_of_treatment"] = "End of treatment",
        ["progression"] = "Progression",
        ["follow_up"] = "Follow-up",
    };

    private static readonly IReadOnlyDictionary<string, string> Levels = new Dictionary<string, string>
    {
        ["amplified"] = "amplified", ["not_amplified"] = "not amplified", ["gain"] = "gain", ["missing"] = "missing or unknown",
        ["yes"] = "yes", ["no"] = "no", ["M"] = "male", ["F"] = "female", ["male"] = "male", ["female"] = "female",
    };

    /// <summary>Words for a coded Table 1 level (e.g. <c>not_amplified</c> → "not amplified"); other values as written, underscores as spaces.</summary>
    public static string Level(string code) => Levels.TryGetValue(code, out var name) ? name : code.Replace('_', ' ');

    /// <summary>Time points in treatment order, as the report lays them out.</summary>
    public static IReadOnlyList<TimePoint> TimePointOrder { get; } = TimePointCodes.All;

    /// <summary>Display name of a group code (the code itself when unknown).</summary>
    public static string Group(string code) => Groups.TryGetValue(code, out var name) ? name : code;

    /// <summary>Display name of a time-point code.</summary>
    public static string TimePoint(string code) => TimePoints.TryGetValue(code, out var name) ? name : code;

    /// <summary>Display name of a time point.</summary>
    public static string TimePoint(TimePoint tp) => TimePoint(tp.Code());

    /// <summary>Display name of a SIOPEN segment code (from <see cref="SiopenSegments"/>).</summary>
    public static string Segment(string code) => SiopenSegments.FindByCode(code)?.Name ?? code;

    /// <summary>"Event-free survival" / "Overall survival".</summary>
    public static string Endpoint(SurvivalEndpoint endpoint) => endpoint switch
    {
        SurvivalEndpoint.Efs => "Event-free survival",
        SurvivalEndpoint.Os => "Overall survival",
        _ => endpoint.Code(),
    };

    /// <summary>"Wilson score" / "Clopper–Pearson" (the interval of a proportion).</summary>
    public static string Interval(ProportionIntervalMethod method) => method switch
    {
        ProportionIntervalMethod.Wilson => "Wilson score",
        ProportionIntervalMethod.ClopperPearson => "Clopper–Pearson",
        _ => method.Code(),
    };

    /// <summary>The trial sizing formula in words ("Schoenfeld's formula").</summary>
    public static string SizingFormula(TrialSizingMethod method) => method switch
    {
        TrialSizingMethod.Schoenfeld => "Schoenfeld's formula",
        TrialSizingMethod.Freedman => "Freedman's formula",
        _ => method.Code(),
    };

    /// <summary>"EFS" / "OS".</summary>
    public static string EndpointAbbreviation(SurvivalEndpoint endpoint) => endpoint.Code().ToUpperInvariant();

    /// <summary>Time-axis title for an origin code.</summary>
    public static string Origin(TimeOrigin origin) => origin switch
    {
        TimeOrigin.PostHdcScan => "Years from post-HDC scan",
        TimeOrigin.Diagnosis => "Years from diagnosis",
        _ => "Years from " + origin.Code().Replace('_', ' '),
    };

    /// <summary>Order of a group code in the report (unknown codes last).</summary>
    public static int GroupRank(string code)
    {
        var i = IndexOf(GroupCodes.All, code);
        return code == "eligible" ? -1 : i < 0 ? int.MaxValue : i;
    }

    private static int IndexOf(IReadOnlyList<string> list, string code)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == code)
            {
                return i;
            }
        }

        return -1;
    }
}
