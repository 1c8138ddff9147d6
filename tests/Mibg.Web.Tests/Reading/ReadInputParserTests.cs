using System.Text.Json;
using Mibg.Core.Scoring;
using Mibg.Web.Reading;

namespace Mibg.Web.Tests.Reading;

/// <summary>Checking a submitted read: every problem listed at once, each naming its field.</summary>
public sealed class ReadInputParserTests
{
    private static (ReadInput? Input, IReadOnlyList<string> Problems) Check(string json, bool reason = false) =>
        ReadInputParser.Check(ReadInputParser.FromJson(JsonDocument.Parse(json).RootElement), reason);

    private static string Siopen(params int[] v) =>
        "{" + string.Join(", ", SiopenSegments.All.Select((s, i) => $"\"{s.Code}\": {v[i]}")) + "}";

    [Fact]
    public void A_complete_read_is_accepted_with_its_total()
    {
        var (input, problems) = Check($"{{\"siopen\": {Siopen(0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0)}, \"soft_tissue\": 2, \"comment\": \"  ok  \"}}");
        Assert.Empty(problems);
        Assert.Equal(6, input!.Siopen.Total); // 2 + 3 + 1
        Assert.Equal(2, input.SoftTissue);
        Assert.Equal("ok", input.Comment);
        Assert.Null(input.Curie);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var (input, problems) = Check("{\"siopen\": {\"skull\": 9, \"spine\": \"x\"}, \"curie\": {\"head\": 1}}", reason: true);
        Assert.Null(input);
        Assert.Contains("siopen.skull: 9 is outside 0..6", problems);
        Assert.Contains("siopen.spine: \"x\" is not an integer 0..6", problems);
        Assert.Contains(problems, p => p.StartsWith("siopen.pelvis: missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("curie.cervicothoracic_spine: missing; give all 10 Curie regions or none", StringComparison.Ordinal));
        Assert.Contains("reason: missing; say why (it is kept in the audit log)", problems);
        Assert.Equal(10 + 2 + 9 + 1, problems.Count); // 10 missing SIOPEN segments, 2 bad values, 9 missing Curie regions, the reason
    }

    [Fact]
    public void A_too_long_comment_is_refused()
    {
        var (_, problems) = Check($"{{\"siopen\": {Siopen(new int[12])}, \"comment\": \"{new string('a', ReadInputParser.MaxCommentLength + 1)}\"}}");
        Assert.Equal([$"comment: {ReadInputParser.MaxCommentLength + 1} characters, at most {ReadInputParser.MaxCommentLength}"], problems);
    }

    [Fact]
    public void Every_segment_has_a_shape_on_the_body_diagram_and_every_level_a_definition()
    {
        Assert.Equal(SiopenSegments.All, BodyDiagram.Shapes.Select(s => s.Segment));
        Assert.Equal(SiopenScore.MaxSegmentScore + 1, SiopenExtent.Definitions.Count);
    }
}
