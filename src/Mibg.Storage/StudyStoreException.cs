namespace Mibg.Storage;

/// <summary>A store problem a user can act on (not a bug): the message says what happened and what to do.</summary>
public class StudyStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StudyStoreException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public StudyStoreException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A second read of the same scan by the same reader: at most one read per (scan, reader).</summary>
public sealed class DuplicateReadException(string scanId, string reader)
    : StudyStoreException($"scan {scanId} already has a read by reader {reader}: at most one read per (scan, reader)")
{
    /// <summary>The scan.</summary>
    public string ScanId { get; } = scanId;
    /// <summary>The reader.</summary>
    public string Reader { get; } = reader;
}
