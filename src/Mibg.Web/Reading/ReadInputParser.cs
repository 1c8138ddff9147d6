using System.Globalization;
using System.Text.Json;
using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>
/// Turns a submitted read (JSON body of the API or the scoring form) into a <see cref="ReadInput"/>, or into
/// messages that name the bad field: <c>siopen.spine: 7 is outside 0..6</c>.
/// </summary>
public static class ReadInputParser
{
    /// <summary>Longest comment accepted.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Longest reason accepted.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>Largest soft-tissue site count accepted.</summary>
    public const int MaxSoftTissue = 99;

    private static readonly HashSet<string> TopLevel = ["siopen", "soft_tissue", "curie", "comment", "reason", "version", "based_on", "final"];

    /// <summary>
    /// Reads the JSON body <c>{siopen: {code: score}, soft_tissue?, curie?, comment?, reason?, version?, based_on?}</c>
    /// (<c>version</c>: the version of the read an amendment replaces; <c>based_on</c>: reader → version of the reads
    /// a consensus was made from).
    /// </summary>
    public static RawReadInput FromJson(JsonElement root)
    {
        var raw = new RawReadInput();
        if (root.ValueKind != JsonValueKind.Object)
        {
            raw.Problems.Add("the body must be a JSON object like {\"siopen\": {\"skull\": 0, …}}");
            return raw;
        }
        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "siopen": raw.Siopen = Scores(p.Value, "siopen", raw); break;
                case "curie": raw.Curie = p.Value.ValueKind == JsonValueKind.Null ? null : Scores(p.Value, "curie", raw); break;
                case "soft_tissue": raw.SoftTissue = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetRawText(); break;
                case "comment": raw.Comment = Text(p.Value, "comment", raw); break;
                case "reason": raw.Reason = Text(p.Value, "reason", raw); break;
                case "version": raw.Version = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetRawText(); break;
                case "based_on": raw.BasedOn = Scores(p.Value, "based_on", raw); break;
                case "final":
                    if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) raw.Final = p.Value.GetBoolean();
                    else if (p.Value.ValueKind != JsonValueKind.Null) raw.Problems.Add("final: must be true or false");
                    break;
                default:
                    raw.Problems.Add($"{p.Name}: unknown field; the fields are {string.Join(", ", TopLevel)}");
                    break;
            }
        }
        return raw;
    }

    private static Dictionary<string, string>? Scores(JsonElement e, string name, RawReadInput raw)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            raw.Problems.Add($"{name}: must be an object of segment code → score, e.g. {{\"skull\": 0}}");
            return null;
        }
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject()) d[p.Name] = p.Value.GetRawText();
        return d;
    }

    private static string? Text(JsonElement e, string name, RawReadInput raw)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.String) return e.GetString();
        raw.Problems.Add($"{name}: must be a text");
        return null;
    }

    /// <summary>Checks every field; returns the read, or all the problems found.</summary>
    public static (ReadInput? Input, IReadOnlyList<string> Problems) Check(RawReadInput raw, bool reasonRequired)
    {
        var problems = new List<string>(raw.Problems);
        SiopenScore? siopen = null;
        if (raw.Siopen is null)
        {
            if (!problems.Any(p => p.StartsWith("siopen", StringComparison.Ordinal)))
                problems.Add($"siopen: missing; give all {SiopenSegments.Count} segments ({string.Join(", ", SiopenSegments.All.Select(s => s.Code))})");
        }
        else
        {
            foreach (var code in raw.Siopen.Keys.Where(k => SiopenSegments.All.All(s => s.Code != k)))
                problems.Add($"siopen.{code}: not a SIOPEN segment; the segments are {string.Join(", ", SiopenSegments.All.Select(s => s.Code))}");
            var values = new int[SiopenSegments.Count];
            var ok = true;
            foreach (var s in SiopenSegments.All)
            {
                if (!raw.Siopen.TryGetValue(s.Code, out var text))
                {
                    problems.Add($"siopen.{s.Code}: missing; every one of the {SiopenSegments.Count} segments needs a score 0..{SiopenScore.MaxSegmentScore}");
                    ok = false;
                }
                else if (ScoreValue(text, $"siopen.{s.Code}", SiopenScore.MaxSegmentScore, problems) is { } v) values[s.Number - 1] = v;
                else ok = false;
            }
            if (ok && problems.Count == 0) siopen = new SiopenScore(values);
        }

        int? softTissue = null;
        if (!string.IsNullOrWhiteSpace(raw.SoftTissue))
            softTissue = ScoreValue(raw.SoftTissue, "soft_tissue", MaxSoftTissue, problems);

        CurieScore? curie = null;
        if (raw.Curie is { Count: > 0 } curieRaw)
        {
            foreach (var code in curieRaw.Keys.Where(k => !CurieRegions.All.Contains(k)))
                problems.Add($"curie.{code}: not a Curie region; the regions are {string.Join(", ", CurieRegions.All)}");
            var values = new int[CurieRegions.Count];
            var ok = true;
            for (var i = 0; i < CurieRegions.Count; i++)
            {
                var code = CurieRegions.All[i];
                if (!curieRaw.TryGetValue(code, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"curie.{code}: missing; give all {CurieRegions.Count} Curie regions or none");
                    ok = false;
                }
                else if (ScoreValue(text, $"curie.{code}", CurieScore.MaxRegionScore, problems) is { } v) values[i] = v;
                else ok = false;
            }
            if (ok) curie = new CurieScore(values);
        }

        var comment = string.IsNullOrWhiteSpace(raw.Comment) ? null : raw.Comment.Trim();
        if (comment is { Length: > MaxCommentLength })
            problems.Add($"comment: {comment.Length} characters, at most {MaxCommentLength}");
        var version = string.IsNullOrEmpty(raw.Version) ? null : VersionValue(raw.Version, "version", problems);
        Dictionary<string, int>? basedOn = null;
        if (raw.BasedOn is not null)
        {
            basedOn = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (reader, text) in raw.BasedOn)
                if (VersionValue(text, $"based_on.{Shorten(reader)}", problems) is { } v) basedOn[reader] = v;
            if (raw.BasedOn.Count == 0) problems.Add("based_on: empty; give the version of every read shown (reader → version)");
        }
        var reason = string.IsNullOrWhiteSpace(raw.Reason) ? null : raw.Reason.Trim();
        if (reasonRequired && reason is null) problems.Add("reason: missing; say why (it is kept in the audit log)");
        if (reason is { Length: > MaxReasonLength }) problems.Add($"reason: {reason.Length} characters, at most {MaxReasonLength}");

        return problems.Count > 0 || siopen is null
            ? (null, problems)
            : (new ReadInput(siopen, softTissue, curie, comment, reason) { Version = version, BasedOn = basedOn, Final = raw.Final }, problems);
    }

    /// <summary>
    /// Only the <c>based_on</c> of a body (accepting identical reads takes nothing else): reader → version, or the
    /// problems (missing, not a version, or any other field).
    /// </summary>
    public static (IReadOnlyDictionary<string, int>? BasedOn, IReadOnlyList<string> Problems) CheckBasedOn(RawReadInput raw)
    {
        var problems = new List<string>(raw.Problems);
        if (raw.Siopen is { Count: > 0 } || raw.Curie is not null || raw.SoftTissue is not null || raw.Comment is not null || raw.Reason is not null || raw.Version is not null)
            problems.Add("accepting identical reads takes only based_on (the consensus is their common read)");
        if (raw.BasedOn is null || raw.BasedOn.Count == 0)
        {
            problems.Add(ReadingRoom.BasedOnMissing);
            return (null, problems);
        }
        var basedOn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (reader, text) in raw.BasedOn)
            if (VersionValue(text, $"based_on.{Shorten(reader)}", problems) is { } v) basedOn[reader] = v;
        return problems.Count == 0 ? (basedOn, problems) : (null, problems);
    }

    /// <summary>A read's version: a whole number from 1 (as <c>GET …/reads</c> gives it).</summary>
    private static int? VersionValue(string text, string field, List<string> problems)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 1) return v;
        problems.Add($"{field}: {Shorten(text)} is not a read version (a whole number from 1, as GET …/reads gives it)");
        return null;
    }

    private static int? ScoreValue(string text, string field, int max, List<string> problems)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            problems.Add($"{field}: {Shorten(text)} is not an integer 0..{max}");
            return null;
        }
        if (v < 0 || v > max)
        {
            problems.Add($"{field}: {v} is outside 0..{max}");
            return null;
        }
        return v;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
