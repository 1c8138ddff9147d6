namespace Mibg.Analysis.Results;

/// <summary>
/// One box of the cohort flow diagram: <see cref="N"/> patients remain after applying
/// <see cref="Criterion"/>; <see cref="ExcludedN"/> left at this step (listed in
/// <see cref="StudyResults.Excluded"/> with the same <see cref="Step"/>).
/// </summary>
/// <param name="Step">Step code, e.g. <c>all_patients</c>, <c>stage_m</c>, …, <c>eligible</c> (the last).</param>
/// <param name="N">Patients remaining after this step.</param>
/// <param name="Criterion">The criterion as a sentence, e.g. "INRG stage M (INSS 4 when INRG is blank)".</param>
/// <param name="ExcludedN">Patients excluded at this step.</param>
public sealed record FlowStep(string Step, int N, string Criterion, int ExcludedN);

/// <summary>An excluded patient and the first eligibility criterion failed.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Reason">Why, in words (e.g. "age at diagnosis 300 days, not &gt; 365").</param>
/// <param name="Step">The flow step code at which the patient left.</param>
public sealed record Exclusion(string PatientId, string Reason, string Step);
