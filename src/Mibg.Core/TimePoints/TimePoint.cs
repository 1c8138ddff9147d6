namespace Mibg.Core.TimePoints;

/// <summary>The time point of an mIBG scan in the treatment course (design/domain.md, "Time points").</summary>
public enum TimePoint
{
    /// <summary>At diagnosis. Code <c>diagnosis</c>.</summary>
    Diagnosis,
    /// <summary>After induction chemotherapy, before HDC. Code <c>post_induction</c>.</summary>
    PostInduction,
    /// <summary>After high-dose chemotherapy ("post-consolidation"). Code <c>post_hdc</c>.</summary>
    PostHdc,
    /// <summary>At the end of maintenance. Code <c>end_of_treatment</c>.</summary>
    EndOfTreatment,
    /// <summary>At a progression or relapse. Code <c>progression</c>.</summary>
    Progression,
    /// <summary>Any other scan. Code <c>follow_up</c>.</summary>
    FollowUp,
}

/// <summary>Codes of <see cref="TimePoint"/> as written in the study and in results.json.</summary>
public static class TimePointCodes
{
    /// <summary>All time points in treatment order.</summary>
    public static IReadOnlyList<TimePoint> All { get; } = Enum.GetValues<TimePoint>();

    /// <summary>The code of a time point, e.g. <c>post_hdc</c>.</summary>
    public static string Code(this TimePoint tp) => tp switch
    {
        TimePoint.Diagnosis => "diagnosis",
        TimePoint.PostInduction => "post_induction",
        TimePoint.PostHdc => "post_hdc",
        TimePoint.EndOfTreatment => "end_of_treatment",
        TimePoint.Progression => "progression",
        TimePoint.FollowUp => "follow_up",
        _ => throw new ArgumentOutOfRangeException(nameof(tp)),
    };

    /// <summary>Parses a time-point code (exact); null when unknown.</summary>
    public static TimePoint? Parse(string code) =>
        All.Cast<TimePoint?>().FirstOrDefault(tp => tp!.Value.Code() == code);
}
