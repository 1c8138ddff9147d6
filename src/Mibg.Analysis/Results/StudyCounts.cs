namespace Mibg.Analysis.Results;

/// <summary>Number of rows of each study table as analysed.</summary>
/// <param name="Patients">Rows of <c>patients</c>.</param>
/// <param name="Scans">Rows of <c>scans</c>.</param>
/// <param name="Reads">Rows of <c>reads</c> (reader reads and consensus reads).</param>
/// <param name="Events">Rows of <c>events</c>.</param>
public sealed record StudyCounts(int Patients, int Scans, int Reads, int Events);
