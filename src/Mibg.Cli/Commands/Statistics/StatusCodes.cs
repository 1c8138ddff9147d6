namespace Mibg.Cli.Commands.Statistics;

/// <summary>A status column (0 = censored, other integers = causes) as integer codes.</summary>
internal static class StatusCodes
{
    /// <summary>The codes of column <paramref name="name"/>, read as <see cref="ColumnKind.Status"/> (so already whole numbers).</summary>
    public static int[] Of(TableData table, string name) => Array.ConvertAll(table.Numbers(name), v => (int)v);
}
