namespace Mibg.Core.Study;

/// <summary>
/// Kinds of events. <c>relapse</c> follows a complete response, <c>progression</c> does not; both are
/// disease events. All four are EFS events (INRG, Cohn et al., J Clin Oncol 2009).
/// </summary>
public enum EventType
{
    /// <summary>Progression (no prior complete response). Code <c>progression</c>.</summary>
    Progression,
    /// <summary>Relapse after a complete response. Code <c>relapse</c>.</summary>
    Relapse,
    /// <summary>Second malignancy. Code <c>second_malignancy</c>.</summary>
    SecondMalignancy,
    /// <summary>Death from any cause. Code <c>death</c>.</summary>
    Death,
}
