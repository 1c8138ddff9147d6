namespace Mibg.Core.Study;

/// <summary>The radiotherapy courses of a study as the analysis sees them (docs/data-dictionary.md, "radiotherapy").</summary>
public static class StudyRadiotherapy
{
    /// <summary>
    /// Every course: the rows of the <c>radiotherapy</c> table, plus, for a patient whose <c>patients.radiotherapy_date</c>
    /// is set and who has no primary course starting that day, a primary-site course starting then (dose and end not
    /// recorded). Studies made before the radiotherapy table existed thus keep their primary radiotherapy.
    /// Ordered by patient (study order) then start date.
    /// </summary>
    public static IReadOnlyList<RadiotherapyCourse> Courses(StudyData study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var courses = study.Radiotherapy.ToList();
        foreach (var p in study.Patients)
            if (p.RadiotherapyDate is { } date && !courses.Any(c =>
                    c.PatientId == p.PatientId && c.Target == RadiotherapyTarget.Primary && c.StartDate == date))
                courses.Add(new RadiotherapyCourse { PatientId = p.PatientId, StartDate = date, Target = RadiotherapyTarget.Primary });
        var order = study.Patients.Select((p, i) => (p.PatientId, i)).ToDictionary(x => x.PatientId, x => x.i, StringComparer.Ordinal);
        return courses.OrderBy(c => order.GetValueOrDefault(c.PatientId, int.MaxValue)).ThenBy(c => c.StartDate).ToArray();
    }
}
