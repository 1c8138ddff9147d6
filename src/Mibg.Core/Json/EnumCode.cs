namespace Mibg.Core.Json;

/// <summary>The code of an enum value as written in JSON and in text (never the C# name): <c>TimeOrigin.PostHdcScan</c> → <c>post_hdc_scan</c>.</summary>
public static class EnumCode
{
    /// <summary>The value's code (<see cref="SnakeCaseEnumConverter"/>).</summary>
    public static string Code<T>(this T value) where T : struct, Enum => SnakeCaseEnumConverter.Code(value);
}
