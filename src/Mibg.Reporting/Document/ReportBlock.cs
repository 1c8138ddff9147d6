using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Document;

/// <summary>One block of the report, rendered identically (in content) to HTML and to PDF.</summary>
public abstract record ReportBlock;

/// <summary>A section heading (level 1) or sub-heading (level 2).</summary>
/// <param name="Level">1 or 2.</param>
/// <param name="Text">Heading text.</param>
/// <param name="Anchor">HTML id, e.g. <c>survival</c>.</param>
public sealed record HeadingBlock(int Level, string Text, string Anchor) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Small">Set for notes and stamps (smaller, muted).</param>
public sealed record ParagraphBlock(string Text, bool Small = false) : ReportBlock;

/// <summary>Headline numbers shown as tiles at the top.</summary>
/// <param name="Facts">Label and value of each tile.</param>
public sealed record KeyFactsBlock(IReadOnlyList<(string Value, string Label)> Facts) : ReportBlock;

/// <summary>A table.</summary>
/// <param name="Table">The table.</param>
public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>A figure with its caption.</summary>
/// <param name="Figure">The figure.</param>
public sealed record FigureBlock(ReportFigure Figure) : ReportBlock;
