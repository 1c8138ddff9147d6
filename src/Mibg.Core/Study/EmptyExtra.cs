namespace Mibg.Core.Study;

/// <summary>The shared empty set of extra attributes.</summary>
internal static class EmptyExtra
{
    public static readonly IReadOnlyDictionary<string, string> Value = new Dictionary<string, string>();
}
