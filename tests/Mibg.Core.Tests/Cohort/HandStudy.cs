using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Tests.Cohort;

/// <summary>
/// Builds tiny studies by hand. A standard patient (diagnosed 2010-01-01, over 1 year, stage M) has:
/// induction end 2010-05-01, HDC 2010-06-10, maintenance start 2010-09-01, end of treatment 2011-03-01,
/// last contact 2018-01-01, alive. Windows (domain.md defaults): diagnosis 2009-12-02..2010-01-31;
/// post_hdc 2010-07-10 (HDC + 30) .. 2010-10-01 (maintenance start + 30); end_of_treatment 2010-12-31..2011-04-30 (± 60).
/// </summary>
public sealed class HandStudy
{
    public static readonly DateOnly Dx = new(2010, 1, 1);
    public static readonly DateOnly InductionEnd = new(2010, 5, 1);
    public static readonly DateOnly Hdc = new(2010, 6, 10);
    public static readonly DateOnly MaintenanceStart = new(2010, 9, 1);
    public static readonly DateOnly Eot = new(2011, 3, 1);
    public static readonly DateOnly LastContact = new(2018, 1, 1);
    /// <summary>A date in the post-HDC window.</summary>
    public static readonly DateOnly PostHdcDate = new(2010, 8, 15);
    /// <summary>A date in the diagnosis window.</summary>
    public static readonly DateOnly DxScanDate = new(2010, 1, 5);

    private readonly List<Patient> _patients = [];
    private readonly List<Scan> _scans = [];
    private readonly List<Read> _reads = [];
    private readonly List<StudyEvent> _events = [];

    /// <summary>Adds a standard patient, optionally edited.</summary>
    public HandStudy Patient(string id, Func<Patient, Patient>? edit = null)
    {
        var p = new Patient
        {
            PatientId = id, AgeAtDiagnosisDays = 1000, DiagnosisDate = Dx, InrgStage = "M", Mycn = "not_amplified",
            InductionEndDate = InductionEnd, HdcDate = Hdc, MaintenanceStartDate = MaintenanceStart, EndOfTreatmentDate = Eot,
            LastContactDate = LastContact, VitalStatus = "alive",
        };
        _patients.Add(edit is null ? p : edit(p));
        return this;
    }

    /// <summary>
    /// Adds a scan with a consensus read (<paramref name="consensus"/> null = pending: reader reads only) and two reader
    /// reads equal to the consensus (or to <paramref name="readers"/> when given).
    /// </summary>
    public HandStudy Scan(string patientId, string scanId, DateOnly date, int[]? consensus, TimePoint? tp = null, (int[] R1, int[] R2)? readers = null)
    {
        _scans.Add(new Scan { ScanId = scanId, PatientId = patientId, ScanDate = date, TimePoint = tp });
        var r = readers ?? (consensus is null ? (Seg(("skull", 1)), Seg(("skull", 1))) : (consensus, consensus));
        _reads.Add(new Read { ScanId = scanId, Reader = "R1", Siopen = new SiopenScore(r.R1) });
        _reads.Add(new Read { ScanId = scanId, Reader = "R2", Siopen = new SiopenScore(r.R2) });
        if (consensus is not null) _reads.Add(new Read { ScanId = scanId, Reader = "consensus", Siopen = new SiopenScore(consensus) });
        return this;
    }

    /// <summary>Adds an event.</summary>
    public HandStudy Event(string patientId, DateOnly date, EventType type, params string[] sites)
    {
        _events.Add(new StudyEvent { PatientId = patientId, EventDate = date, EventType = type, Sites = sites });
        return this;
    }

    /// <summary>The study.</summary>
    public StudyData Build() => new() { Patients = [.. _patients], Scans = [.. _scans], Reads = [.. _reads], Events = [.. _events] };

    /// <summary>12 segment values from (code, score) pairs; other segments 0.</summary>
    public static int[] Seg(params (string Code, int Score)[] values)
    {
        var v = new int[12];
        foreach (var (code, score) in values) v[SiopenSegments.FindByCode(code)!.Number - 1] = score;
        return v;
    }

    /// <summary>No lesion.</summary>
    public static int[] Zero => new int[12];
}
