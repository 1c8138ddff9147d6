namespace Mibg.Storage.Reading.Internal;

/// <summary>Collects diagnostics while a study is read.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string file, int? row, string? column, string code, string message) =>
        _items.Add(new Diagnostic(file, row, column, DiagnosticSeverity.Error, code, message));

    public void Warning(string file, int? row, string? column, string code, string message) =>
        _items.Add(new Diagnostic(file, row, column, DiagnosticSeverity.Warning, code, message));

    /// <summary>Diagnostics ordered by table (in <paramref name="fileOrder"/>) then row; ties keep their order.</summary>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlyList<string> fileOrder) =>
        _items.Select((d, i) => (d, i))
            .OrderBy(x => IndexOf(fileOrder, x.d.File))
            .ThenBy(x => x.d.Row ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToArray();

    private static int IndexOf(IReadOnlyList<string> order, string file)
    {
        for (var i = 0; i < order.Count; i++)
            if (order[i] == file) return i;
        return -1;
    }
}
