namespace Mibg.Analysis.Results;

// Interim shape of a Cox coefficient (design/cli.md `mibg cox` JSON, property for property), used until the
// `cox` branch's result record is merged; then CoxModelSummary.Coefficients takes that type directly.

/// <summary>One Cox coefficient as <c>mibg cox</c> prints it.</summary>
public sealed record CoxCoefficientJson(string Name, double Coef, double Hr, double Se, double Z, double P, double Lower, double Upper);
