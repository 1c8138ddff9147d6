namespace Mibg.Statistics.Trial;

/// <summary>One accrual scenario: how many patients a network of centres enrols per year and how long accrual takes.</summary>
/// <param name="Subjects">Patients to enrol.</param>
/// <param name="Centers">Participating centres.</param>
/// <param name="PatientsPerYear">Enrolled patients per year: eligible per centre-year × centres × consent rate.</param>
/// <param name="AccrualYears">Years of accrual: subjects ÷ patients per year.</param>
public sealed record AccrualScenario(int Subjects, int Centers, double PatientsPerYear, double AccrualYears);

/// <summary>
/// Feasibility of accrual (design/domain.md, "Trial design"): eligible patients per year = eligible patients per
/// centre-year × centres × consent rate; accrual years = subjects ÷ that rate.
/// </summary>
public static class TrialFeasibility
{
    /// <summary>The centre counts a feasibility table shows: 1, 5, 10 and 20.</summary>
    public static IReadOnlyList<int> StandardCenterCounts { get; } = [1, 5, 10, 20];

    /// <summary>
    /// Accrual for <paramref name="subjects"/> patients (&gt; 0) at <paramref name="eligiblePerCenterYear"/> eligible patients
    /// per centre-year (&gt; 0), <paramref name="centers"/> centres (≥ 1) and consent rate <paramref name="consent"/> in (0, 1].
    /// Throws <see cref="TrialDesignException"/> (subjects, eligible-per-center-year, centers, consent).
    /// </summary>
    public static AccrualScenario Accrual(int subjects, double eligiblePerCenterYear, int centers, double consent = 1)
    {
        if (subjects <= 0)
            throw new TrialDesignException("subjects", $"the number of patients to enrol must be a positive whole number; got {subjects}");
        if (!(eligiblePerCenterYear > 0) || double.IsInfinity(eligiblePerCenterYear))
            throw new TrialDesignException("eligible-per-center-year", $"the eligible patients per centre and year must be positive (e.g. 1.5); got {ControlArm.Format(eligiblePerCenterYear)}");
        if (centers <= 0)
            throw new TrialDesignException("centers", $"the number of centres must be a positive whole number; got {centers}");
        if (!(consent > 0 && consent <= 1))
            throw new TrialDesignException("consent", $"the consent rate must be a proportion in (0, 1] (e.g. 0.8); got {ControlArm.Format(consent)}");
        var perYear = eligiblePerCenterYear * centers * consent;
        return new AccrualScenario(subjects, centers, perYear, subjects / perYear);
    }

    /// <summary>
    /// The accrual period A at which a trial enrolling <paramref name="patientsPerYear"/> patients a year is exactly
    /// big enough: subjects(A) = patientsPerYear × A, where subjects(A) is <see cref="TrialSize.Compute"/> with
    /// <paramref name="design"/>'s assumptions and accrual A (a longer accrual yields more events per patient, so the
    /// root is unique). Bisection to 1e-10 years; <c>null</c> when no accrual up to 1000 years suffices.
    /// </summary>
    public static double? SelfConsistentAccrualYears(TrialDesign design, double patientsPerYear)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (!(patientsPerYear > 0))
            throw new TrialDesignException("eligible-per-center-year", $"the patients enrolled per year must be positive; got {ControlArm.Format(patientsPerYear)}");
        double Gap(double years) => patientsPerYear * years - TrialSize.Compute(design with { AccrualYears = years }).Subjects;
        double low = 1e-6, high = 1;
        while (Gap(high) < 0)
        {
            low = high;
            high *= 2;
            if (high > 1000) return null;
        }
        while (high - low > 1e-10)
        {
            var mid = (low + high) / 2;
            if (Gap(mid) < 0) low = mid;
            else high = mid;
        }
        return (low + high) / 2;
    }
}
