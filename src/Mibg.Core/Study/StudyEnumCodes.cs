using Mibg.Core.Json;

namespace Mibg.Core.Study;

/// <summary>
/// The snake_case codes of the study's coded enums (the value written in the study tables, e.g. <c>no_loss</c>,
/// <c>wild_type</c>), in one place for reading, storing, exporting and reporting.
/// </summary>
public static class StudyEnumCodes
{
    /// <summary>The code of an enum value: its name in snake_case (<c>WildType</c> → <c>wild_type</c>).</summary>
    public static string Code<T>(T value) where T : struct, Enum => SnakeCaseEnumConverter.Code(value);

    /// <summary>Every code of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Code).ToArray();

    /// <summary>Parses a code exactly (lower-case snake_case); null when it is not one.</summary>
    public static T? Parse<T>(string code) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Code(v!.Value) == code);
}
