namespace Mibg.Statistics.Regression;

/// <summary>
/// Survival data and covariates for <see cref="CoxRegression.Fit"/>: one entry per row in every list. Right-censored
/// data has one row per subject (R's <c>Surv(time, event)</c>). Counting-process data (<see cref="Start"/> set) has
/// one row per interval (start, stop] of a subject during which the covariates are constant, so a covariate may change
/// during follow-up (R's <c>Surv(start, stop, event)</c>; e.g. persistence of skeletal disease becomes 1 at the
/// post-HDC scan: rows (0, scan] with 0 and (scan, end] with 1). Missing values are <see cref="double.NaN"/>
/// (numbers) or <c>null</c>/empty (labels); a row with a missing value in any used column is dropped and counted, as
/// R's <c>na.action = na.omit</c> does.
/// </summary>
/// <param name="Time">Follow-up time (the stop time of an interval), finite and ≥ 0 (any unit).</param>
/// <param name="Event">1 = event, 0 = censored (R's <c>Surv(time, event)</c>).</param>
/// <param name="Covariates">Model terms in formula order; see <see cref="CoxCovariate"/>.</param>
/// <param name="Strata">Optional stratum label per row (R's <c>+ strata(s)</c>): a separate baseline hazard per stratum.</param>
public sealed record CoxInput(
    IReadOnlyList<double> Time,
    IReadOnlyList<double> Event,
    IReadOnlyList<CoxCovariate> Covariates,
    IReadOnlyList<string?>? Strata = null)
{
    /// <summary>
    /// Start of each row's interval (start, stop], &lt; <see cref="Time"/> and finite; <c>null</c> for right-censored
    /// data (every row at risk from time 0). A row is in the risk set of an event at t when start &lt; t ≤ stop.
    /// </summary>
    public IReadOnlyList<double>? Start { get; init; }

    /// <summary>
    /// Subject of each row, for counting-process data: the rows of one subject must not overlap in time (an overlap
    /// would count the subject twice in a risk set); checked when given. Null or empty is missing.
    /// </summary>
    public IReadOnlyList<string?>? Subject { get; init; }

    /// <summary>
    /// How error messages number the rows, e.g. the spreadsheet row each came from (a reader that drops blank rows
    /// passes them here); <c>null</c> names row i "data row i+1".
    /// </summary>
    public IReadOnlyList<int>? RowNumbers { get; init; }

    /// <summary>
    /// Case weights (R's <c>coxph(..., weights = w)</c>): a row of weight w counts as w identical rows in every sum of
    /// the partial likelihood, the concordance and the proportional-hazards test. Finite and &gt; 0 (R refuses weights
    /// ≤ 0); <see cref="double.NaN"/> is missing. <c>null</c> = every weight 1. A weight that is not a whole number
    /// makes the variance robust, each row its own cluster, as R does (a fractional weight is not a count of rows).
    /// </summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>
    /// Cluster of each row (R's <c>coxph(..., cluster = c)</c>): rows of one cluster may be dependent (e.g. the
    /// intervals or repeated events of one patient, or the patients of one centre), so the variance is the robust
    /// (sandwich) estimate D′D, D the weighted dfbeta residuals summed per cluster (Lin &amp; Wei 1989), and the robust
    /// score test is reported. Null or empty is missing.
    /// </summary>
    public IReadOnlyList<string?>? Cluster { get; init; }

    /// <summary>Counting-process input: one row per interval (start, stop]; see <see cref="Start"/> and <see cref="Subject"/>.</summary>
    public static CoxInput CountingProcess(IReadOnlyList<double> start, IReadOnlyList<double> stop, IReadOnlyList<double> @event,
        IReadOnlyList<CoxCovariate> covariates, IReadOnlyList<string?>? subject = null, IReadOnlyList<string?>? strata = null) =>
        new(stop, @event, covariates, strata) { Start = start, Subject = subject };
}

/// <summary>One term of the model: a numeric covariate or a factor.</summary>
/// <param name="Name">The term's name; a factor's coefficients are named <c>name=level</c>.</param>
public abstract record CoxCovariate(string Name)
{
    /// <summary>A numeric covariate (one coefficient). <see cref="double.NaN"/> is missing.</summary>
    public static CoxCovariate Numeric(string name, IReadOnlyList<double> values) => new NumericCovariate(name, values);

    /// <summary>
    /// A factor with treatment contrasts (R's default <c>contr.treatment</c>): the first level is the reference
    /// and every other level gets a 0/1 column named <c>name=level</c>. Levels are the distinct values of the
    /// rows used, in the order R gives a factor read by <c>read.csv</c>: numerically when every value is a number,
    /// otherwise in R's collation order (the project's one rule, as for group names) — or given explicitly in
    /// <paramref name="levels"/> (first = reference).
    /// <c>null</c> or empty is missing.
    /// </summary>
    public static CoxCovariate Factor(string name, IReadOnlyList<string?> values, IReadOnlyList<string>? levels = null) =>
        new FactorCovariate(name, values, levels);
}

/// <summary>A numeric covariate; see <see cref="CoxCovariate.Numeric"/>.</summary>
public sealed record NumericCovariate(string Name, IReadOnlyList<double> Values) : CoxCovariate(Name);

/// <summary>A factor covariate; see <see cref="CoxCovariate.Factor"/>.</summary>
public sealed record FactorCovariate(string Name, IReadOnlyList<string?> Values, IReadOnlyList<string>? Levels) : CoxCovariate(Name);
