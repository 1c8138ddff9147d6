namespace Mibg.Storage.Tests.Treatment;

/// <summary>
/// <see cref="TestStudy"/> with the optional tables and the biology columns filled in validly, to be broken one cell
/// at a time. Spreadsheet rows: header 1, first data row 2.
/// </summary>
internal static class TreatmentTestStudy
{
    public static TestStudy Create()
    {
        var s = new TestStudy();
        s.AddColumn("patients", "chr_11q", "loss", "unknown");
        s.AddColumn("patients", "chr_1p", "no_loss", "loss");
        s.AddColumn("patients", "alk", "wild_type", "mutated");
        s.AddColumn("patients", "histology", "unfavourable", "favourable");
        s.AddColumn("patients", "primary_site", "adrenal", "thoracic");
        s.AddColumn("patients", "ldh_u_per_l", "850", "420.5");
        s.Tables["radiotherapy"] =
        [
            ["patient_id", "start_date", "end_date", "target", "sites", "dose_gy", "fractions", "comment"],
            ["P1", "2015-08-10", "2015-08-25", "metastasis", "spine;skull", "21.6", "12", null],
            ["P1", "2015-07-20", "2015-08-05", "primary", null, "21.6", "12", "tumour bed"],
            ["P2", "2016-08-01", null, "metastasis", "soft_tissue", "30", "10", null],
        ];
        s.Tables["assessments"] =
        [
            ["patient_id", "assessment_date", "timepoint", "primary_longest_diameter_mm", "primary_mibg_avid", "marrow_tumour_percent", "soft_tissue_metastases_sum_mm", "comment"],
            ["P1", "2015-01-12", "diagnosis", "62.5", "yes", "30", "0", null],
            ["P1", "2015-08-01", "post_hdc", "8", "no", "0", "0", null],
            ["P2", "2016-02-03", null, "40", null, null, "25", "marrow not sampled"],
        ];
        return s;
    }
}
