using Microsoft.AspNetCore.Http;
using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>The field names of the scoring form and their reading into a <see cref="RawReadInput"/>.</summary>
public static class ReadForm
{
    /// <summary>Form field of a SIOPEN segment: <c>siopen_</c> + code (the reads-table column name).</summary>
    public static string SiopenField(SiopenSegment s) => s.Column;

    /// <summary>Form field of a Curie region: <c>curie_</c> + code.</summary>
    public static string CurieField(string code) => CurieRegions.Column(code);

    /// <summary>Prefix of the hidden fields holding the version of each read a consensus is made from.</summary>
    public const string BasedOnPrefix = "based_on:";

    /// <summary>Reads the posted form.</summary>
    public static RawReadInput From(IFormCollection form)
    {
        string? Value(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var raw = new RawReadInput
        {
            Siopen = [],
            SoftTissue = Value("soft_tissue"),
            Comment = Value("comment"),
            Reason = Value("reason"),
            Version = Value("version"),
            // The score page's "Save as draft" button posts final=false; "Submit read" posts nothing (final).
            Final = Value("final") == "false" ? false : null,
        };
        // The versions of the reads the page showed, posted back as hidden fields based_on:READER.
        var basedOn = form.Keys.Where(k => k.StartsWith(BasedOnPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[BasedOnPrefix.Length..], k => form[k].ToString(), StringComparer.Ordinal);
        raw.BasedOn = basedOn.Count == 0 ? null : basedOn;
        foreach (var s in SiopenSegments.All)
            if (Value(SiopenField(s)) is { Length: > 0 } v) raw.Siopen[s.Code] = v;
        var curie = CurieRegions.All.Where(c => !string.IsNullOrWhiteSpace(Value(CurieField(c))))
            .ToDictionary(c => c, c => Value(CurieField(c))!);
        raw.Curie = curie.Count == 0 ? null : curie;
        return raw;
    }

    /// <summary>The values to show again in a form (after an error, or a stored read).</summary>
    public static Dictionary<string, string> Values(IFormCollection form) =>
        form.Keys.Where(k => k != "__RequestVerificationToken" && k != "version" && !k.StartsWith(BasedOnPrefix, StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());

    /// <summary>The form values of a stored read.</summary>
    public static Dictionary<string, string> Values(ReadView read)
    {
        var d = read.Siopen.ToDictionary(kv => "siopen_" + kv.Key, kv => kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (read.SoftTissue is { } st) d["soft_tissue"] = st.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (read.Curie is { } curie)
            foreach (var (k, v) in curie) d["curie_" + k] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (read.Comment is { } c) d["comment"] = c;
        return d;
    }
}
