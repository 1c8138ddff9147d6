using System.Text.Json;
using Mibg.Core.Json;

namespace Mibg.Core.Plan;

/// <summary>
/// Reads and writes an <see cref="AnalysisPlan"/> as JSON (snake_case names). A field left out takes its
/// default; an unknown field, a wrong type or an out-of-range value is refused with the field named.
/// </summary>
public static class PlanJson
{
    /// <summary>Serializer options of plan files: the shared <see cref="MibgJson.Options"/>.</summary>
    public static JsonSerializerOptions Options => MibgJson.Options;

    /// <summary>The plan as JSON text.</summary>
    public static string Serialize(AnalysisPlan plan) => JsonSerializer.Serialize(plan, Options);

    /// <summary>Parses and validates a plan.</summary>
    /// <exception cref="InvalidPlanException">Malformed JSON, unknown field, wrong type, or invalid value; names the field.</exception>
    public static AnalysisPlan Parse(string json)
    {
        AnalysisPlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize<AnalysisPlan>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidPlanException([new PlanError(FieldOf(e), Explain(e))]);
        }
        if (plan is null) throw new InvalidPlanException([new PlanError("(plan)", "the plan is null; write a JSON object, e.g. the output of 'mibg plan --default'")]);
        var errors = PlanValidator.Validate(plan);
        if (errors.Count > 0) throw new InvalidPlanException(errors);
        return plan;
    }

    private static string FieldOf(JsonException e)
    {
        var path = e.Path ?? "$";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path == "$" ? "(plan)" : path;
        // An unmapped property error points at the parent object; name the property itself.
        var m = System.Text.RegularExpressions.Regex.Match(e.Message, "The JSON property '([^']+)' could not be mapped");
        if (m.Success && field == "(plan)") field = m.Groups[1].Value;
        else if (m.Success && !field.EndsWith(m.Groups[1].Value, StringComparison.Ordinal)) field += "." + m.Groups[1].Value;
        return field;
    }

    private static string Explain(JsonException e)
    {
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
            return "unknown field (see 'mibg plan --describe' for the fields)";
        var message = e.Message.Split(" Path:", 2)[0];
        if (message.Contains("valid values:", StringComparison.Ordinal) || message.StartsWith("expected one of", StringComparison.Ordinal))
            return message; // a code refused by SnakeCaseEnumConverter or ReadResolution: already names the valid values
        if (e.Path is null || e.Path == "$")
            return "not valid JSON: " + e.Message.Split(" Path:", 2)[0];
        return "wrong type or value: " + e.Message.Split(" Path:", 2)[0];
    }
}
