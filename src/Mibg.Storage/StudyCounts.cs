namespace Mibg.Storage;

/// <summary>Row counts of the study tables (the four required ones; the optional ones when known).</summary>
public sealed record StudyCounts(int Patients, int Scans, int Reads, int Events)
{
    /// <summary>Rows of the optional radiotherapy table.</summary>
    public int RadiotherapyCourses { get; init; }

    /// <summary>Rows of the optional assessments table.</summary>
    public int Assessments { get; init; }

    /// <summary>Total number of rows.</summary>
    public int Total => Patients + Scans + Reads + Events + RadiotherapyCourses + Assessments;

    /// <summary>Whether the store holds no study.</summary>
    public bool IsEmpty => Total == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Patients} patients, {Scans} scans, {Reads} reads, {Events} events"
        + (RadiotherapyCourses > 0 ? $", {RadiotherapyCourses} radiotherapy rows" : "")
        + (Assessments > 0 ? $", {Assessments} assessments" : "");
}
