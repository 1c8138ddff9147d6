namespace Mibg.Storage.Tables;

/// <summary>Something that makes a table file unreadable as a whole, located where possible.</summary>
/// <param name="Row">The row as a spreadsheet numbers it (header = 1 unless blank rows precede it); null = the whole file.</param>
/// <param name="Code">A code of <see cref="Reading.DiagnosticCodes"/> (e.g. <c>NOT_UTF8</c>, <c>UNTERMINATED_QUOTE</c>).</param>
/// <param name="Message">What is wrong and how to fix it, for a clinician or data manager.</param>
public sealed record TableProblem(int? Row, string Code, string Message);

/// <summary>Thrown by <see cref="TableReader"/> when a file cannot be read as a table; carries every problem found.</summary>
public sealed class TableFileException : Exception
{
    /// <summary>Creates the exception from at least one problem.</summary>
    public TableFileException(IReadOnlyList<TableProblem> problems)
        : base(problems.Count > 0 ? problems[0].Message : "the table cannot be read") => Problems = problems;

    /// <summary>Creates the exception for one problem.</summary>
    public TableFileException(int? row, string code, string message) : this([new TableProblem(row, code, message)])
    {
    }

    /// <summary>Not used: a problem list is required.</summary>
    public TableFileException() : this([])
    {
    }

    /// <summary>Not used: a problem list is required.</summary>
    public TableFileException(string message) : this(null, "", message)
    {
    }

    /// <summary>Not used: a problem list is required.</summary>
    public TableFileException(string message, Exception inner) : base(message, inner) => Problems = [new TableProblem(null, "", message)];

    /// <summary>The problems, in file order (the first is the <see cref="Exception.Message"/>).</summary>
    public IReadOnlyList<TableProblem> Problems { get; }
}
