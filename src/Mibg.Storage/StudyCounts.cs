namespace Mibg.Storage;

/// <summary>Row counts of the four study tables.</summary>
public sealed record StudyCounts(int Patients, int Scans, int Reads, int Events)
{
    /// <summary>Total number of rows.</summary>
    public int Total => Patients + Scans + Reads + Events;

    /// <summary>Whether the store holds no study.</summary>
    public bool IsEmpty => Total == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Patients} patients, {Scans} scans, {Reads} reads, {Events} events";
}
