namespace Mibg.Reporting.Figures;

/// <summary>One eligibility step of the flow diagram.</summary>
/// <param name="Label">The criterion (or "Patients in the study" for the first box).</param>
/// <param name="N">Patients remaining after the step.</param>
/// <param name="ExcludedN">Patients excluded at this step (0 draws no exclusion box).</param>
/// <param name="ExclusionText">Text of the exclusion box, e.g. "not INRG stage M".</param>
public sealed record FlowDiagramStep(string Label, int N, int ExcludedN, string ExclusionText);

/// <summary>A box of the group tree under the eligible cohort.</summary>
/// <param name="Label">Group name.</param>
/// <param name="N">Patients in the group.</param>
/// <param name="Children">Subgroups (empty for a leaf).</param>
public sealed record FlowBranch(string Label, int N, IReadOnlyList<FlowBranch> Children);

/// <summary>A STROBE flow diagram: the eligibility steps with exclusions, then the groups.</summary>
/// <param name="Name">File stem.</param>
/// <param name="Caption">Caption.</param>
/// <param name="Steps">Steps in order; the last is the eligible cohort.</param>
/// <param name="Branches">Groups of the eligible cohort (may be empty).</param>
public sealed record FlowDiagram(string Name, string Caption, IReadOnlyList<FlowDiagramStep> Steps, IReadOnlyList<FlowBranch> Branches);
