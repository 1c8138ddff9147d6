namespace Mibg.Core.Study;

/// <summary>
/// The allowed values of every coded column of the study tables (design/data-dictionary.md), in one place.
/// </summary>
public static class StudyCodes
{
    /// <summary>patients.sex</summary>
    public static readonly IReadOnlyList<string> Sex = ["M", "F"];
    /// <summary>patients.inrg_stage</summary>
    public static readonly IReadOnlyList<string> InrgStage = ["L1", "L2", "M", "MS"];
    /// <summary>patients.inss_stage</summary>
    public static readonly IReadOnlyList<string> InssStage = ["1", "2A", "2B", "3", "4", "4S"];
    /// <summary>patients.mycn</summary>
    public static readonly IReadOnlyList<string> Mycn = ["amplified", "not_amplified", "gain", "unknown"];
    /// <summary>patients.bone_marrow_at_diagnosis</summary>
    public static readonly IReadOnlyList<string> YesNoUnknown = ["yes", "no", "unknown"];
    /// <summary>patients.anti_gd2, scans.spect</summary>
    public static readonly IReadOnlyList<string> YesNo = ["yes", "no"];
    /// <summary>patients.vital_status</summary>
    public static readonly IReadOnlyList<string> VitalStatus = ["alive", "dead"];
    /// <summary>scans.tracer</summary>
    public static readonly IReadOnlyList<string> Tracer = ["123I", "131I"];
    /// <summary>Non-skeletal event sites (besides the SIOPEN segment codes).</summary>
    public static readonly IReadOnlyList<string> NonSkeletalSites = ["soft_tissue", "bone_marrow", "primary"];

    /// <summary>The code of an event type as written in the events table.</summary>
    public static string Code(this EventType type) => type switch
    {
        EventType.Progression => "progression",
        EventType.Relapse => "relapse",
        EventType.SecondMalignancy => "second_malignancy",
        EventType.Death => "death",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Parses an event type code (exact, lower case); null when unknown.</summary>
    public static EventType? ParseEventType(string code) => code switch
    {
        "progression" => EventType.Progression,
        "relapse" => EventType.Relapse,
        "second_malignancy" => EventType.SecondMalignancy,
        "death" => EventType.Death,
        _ => null,
    };
}
