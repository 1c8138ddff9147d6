namespace Mibg.Reporting.Document;

/// <summary>The whole report as an ordered list of blocks, before it is written as HTML or PDF.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Subtitle">Line under the title (study size, date).</param>
/// <param name="Blocks">Content in reading order.</param>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>Every table, in order.</summary>
    public IEnumerable<ReportTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);

    /// <summary>Every figure, in order.</summary>
    public IEnumerable<Figures.ReportFigure> Figures => Blocks.OfType<FigureBlock>().Select(b => b.Figure);
}
