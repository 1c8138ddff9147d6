using Mibg.Core.Plan;
using Mibg.Core.Cohort;
using Mibg.Core.Study;

namespace Mibg.Analysis.Steps;

/// <summary>The end of one patient's observation for an endpoint: the event date, or the last contact (censored).</summary>
/// <param name="Date">Event date, or last contact when censored.</param>
/// <param name="Event">Whether an event happened.</param>
internal sealed record EndpointOutcome(DateOnly Date, bool Event);

/// <summary>
/// Endpoints (INRG, Cohn et al., J Clin Oncol 2009): EFS = first relapse, progression, second malignancy or
/// death; OS = death from any cause; both censored at last contact.
/// </summary>
internal static class Endpoints
{
    public static EndpointOutcome Efs(PatientCourse c)
    {
        var first = c.Events.FirstOrDefault();
        var death = c.DeathDate;
        if (first is null && death is null) return new(c.Patient.LastContactDate, false);
        var date = first is null ? death!.Value : death is { } d && d < first.EventDate ? d : first.EventDate;
        return new(date, true);
    }

    public static EndpointOutcome Os(PatientCourse c) =>
        c.DeathDate is { } d ? new(d, true) : new(c.Patient.LastContactDate, false);

    public static EndpointOutcome Of(SurvivalEndpoint endpoint, PatientCourse c) => endpoint switch
    {
        SurvivalEndpoint.Efs => Efs(c),
        SurvivalEndpoint.Os => Os(c),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "undefined endpoint"),
    };

    /// <summary>The origin date of a patient: diagnosis or the post-HDC scan.</summary>
    public static DateOnly Origin(TimeOrigin origin, PatientCourse c) => origin switch
    {
        TimeOrigin.PostHdcScan => c.PostHdcScan?.Date ?? c.Patient.DiagnosisDate,
        TimeOrigin.Diagnosis => c.Patient.DiagnosisDate,
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "undefined origin"),
    };

    /// <summary>Whether the patient had any EFS event (disease event, second malignancy or death).</summary>
    public static bool HasEfsEvent(PatientCourse c) => Efs(c).Event;

    /// <summary>Event type code of the first EFS event, for listings.</summary>
    public static string? FirstEventCode(PatientCourse c) => c.Events.FirstOrDefault()?.EventType.Code() ?? (c.DeathDate is null ? null : "death");
}
