namespace Mibg.Storage;

/// <summary>Progress of an import: rows written so far out of all rows of the study.</summary>
/// <param name="Done">Rows written so far.</param>
/// <param name="Total">Rows of the whole study (patients + scans + reads + events).</param>
/// <param name="Table">The table being written.</param>
public sealed record ImportProgress(int Done, int Total, string Table);
