using System.Collections.Frozen;

namespace Mibg.Web.Hosting;

/// <summary>
/// Serves the CSS and JavaScript compiled into this assembly (folder Assets/) at <c>/assets/NAME</c>, so the
/// workstation needs no files beside it, whichever program hosts it.
/// </summary>
public static class EmbeddedAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        const string prefix = "Mibg.Web.Assets.";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[name[prefix.Length..]] = memory.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Maps <c>GET /assets/{name}</c>.</summary>
    public static void MapEmbeddedAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name) =>
            Files.TryGetValue(name, out var bytes) && ContentTypes.TryGetValue(Path.GetExtension(name), out var type)
                ? Results.Bytes(bytes, type)
                : Results.NotFound()).AllowAnonymous();
}
