using Mibg.Core.Study;

namespace Mibg.Analysis.Steps;

/// <summary>What Table 1 needs of the biology columns (docs/analysis.md "Table 1").</summary>
internal static class Table1Biology
{
    /// <summary>
    /// The INRG age cut-off: 18 months, counted as 547 days (Cohn et al., J Clin Oncol 2009;27:289, the INRG
    /// classification; London et al., JCO 2005 for the 460–550-day evidence behind it).
    /// </summary>
    public const int EighteenMonthsDays = 547;

    /// <summary>The study code of a biology value (<c>no_loss</c>), or null when not recorded.</summary>
    public static string? Code<T>(T? value) where T : struct, Enum => value is { } v ? StudyEnumCodes.Code(v) : null;
}
