namespace Mibg.Analysis.Results;

/// <summary>
/// One group of design/analysis.md step 3 and its members (ordinal-sorted patient ids). Group codes:
/// <c>cleared_after_hdc</c>, <c>persistent</c>, <c>progression_during_maintenance</c>,
/// <c>cr_at_end_of_treatment</c>, <c>persistent_at_end_of_treatment</c>, <c>persistent_response</c>,
/// <c>progression_after_treatment</c>, <c>not_evaluable</c>, <c>progressed</c>.
/// </summary>
/// <param name="Group">Group code.</param>
/// <param name="Patients">Member patient ids, sorted.</param>
/// <param name="Reasons">For <c>not_evaluable</c>: patient id → why no group could be decided; empty otherwise.</param>
public sealed record GroupMembers(string Group, IReadOnlyList<string> Patients, IReadOnlyDictionary<string, string> Reasons)
{
    /// <summary>Number of members.</summary>
    public int N => Patients.Count;
}
