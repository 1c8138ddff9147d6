namespace Mibg.Cli.Commands.Statistics;

/// <summary>What a column of an input table must hold; decides how its cells are checked.</summary>
public enum ColumnKind
{
    /// <summary>A follow-up time: a finite number ≥ 0.</summary>
    Time,

    /// <summary>An event indicator: 1 = event, 0 = censored.</summary>
    Event,

    /// <summary>Any finite number (a covariate, a rating).</summary>
    Number,

    /// <summary>A label kept as written (a group, a stratum).</summary>
    Text,

    /// <summary>A competing-risks status: a whole number, 0 = censored, any other = failed from that cause.</summary>
    Status,

    /// <summary>A label that must be written: an empty cell is an error (NA still marks the row as missing).</summary>
    Label,

    /// <summary>A case weight: a finite number &gt; 0 (R's coxph refuses weights ≤ 0); empty or NA is missing.</summary>
    Weight,
}

/// <summary>A column a command uses, by its header name, and what it must hold.</summary>
/// <param name="Name">Header name, exactly as in the file (case-sensitive, as R's data frames).</param>
/// <param name="Kind">What the cells must hold.</param>
public sealed record InputColumn(string Name, ColumnKind Kind)
{
    /// <summary>A time column.</summary>
    public static InputColumn Time(string name) => new(name, ColumnKind.Time);

    /// <summary>An event (0/1) column.</summary>
    public static InputColumn Event(string name) => new(name, ColumnKind.Event);

    /// <summary>A numeric column.</summary>
    public static InputColumn Number(string name) => new(name, ColumnKind.Number);

    /// <summary>A text (label) column.</summary>
    public static InputColumn Text(string name) => new(name, ColumnKind.Text);

    /// <summary>A competing-risks status column (0 = censored, other whole numbers = causes).</summary>
    public static InputColumn Status(string name) => new(name, ColumnKind.Status);

    /// <summary>A case-weight column (numbers &gt; 0).</summary>
    public static InputColumn Weight(string name) => new(name, ColumnKind.Weight);

    /// <summary>A label column in which an empty cell is an error rather than missing.</summary>
    public static InputColumn Label(string name) => new(name, ColumnKind.Label);

    /// <summary>Read as a label (Text or Label).</summary>
    public bool IsLabel => Kind is ColumnKind.Text or ColumnKind.Label;
}
