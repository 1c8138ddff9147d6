namespace Mibg.Core.Scoring;

/// <summary>
/// One of the 12 skeletal segments of the SIOPEN mIBG skeletal score, in the published order.
/// Source: Lewington et al., EJNMMI 2017;44:234–241 (doi:10.1007/s00259-016-3516-0);
/// codes as in design/data-dictionary.md (study column = <c>siopen_</c> + <see cref="Code"/>).
/// </summary>
/// <param name="Number">Position in the published order, 1..12.</param>
/// <param name="Code">Machine code, e.g. <c>thoracic_cage</c>.</param>
/// <param name="Name">Name a clinician reads, e.g. "thoracic cage".</param>
public sealed record SiopenSegment(int Number, string Code, string Name)
{
    /// <summary>Column name of this segment in the reads table.</summary>
    public string Column => "siopen_" + Code;

    /// <inheritdoc />
    public override string ToString() => Code;
}
