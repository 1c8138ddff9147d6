namespace Mibg.Core.Study;

/// <summary>Loss of a chromosome arm in the tumour (patients.chr_11q, patients.chr_1p; docs/data-dictionary.md).</summary>
public enum ChromosomeArmStatus
{
    /// <summary><c>loss</c>: the arm is lost (11q aberration, 1p deletion), a segmental chromosomal alteration.</summary>
    Loss,
    /// <summary><c>no_loss</c></summary>
    NoLoss,
    /// <summary><c>unknown</c>: tested without a conclusive result, or not tested.</summary>
    Unknown,
}

/// <summary>ALK status of the tumour (patients.alk).</summary>
public enum AlkStatus
{
    /// <summary><c>mutated</c>: an activating ALK mutation.</summary>
    Mutated,
    /// <summary><c>amplified</c>: ALK amplification.</summary>
    Amplified,
    /// <summary><c>wild_type</c></summary>
    WildType,
    /// <summary><c>unknown</c></summary>
    Unknown,
}

/// <summary>INPC histology (Shimada et al., Cancer 1999), patients.histology.</summary>
public enum InpcHistology
{
    /// <summary><c>favourable</c></summary>
    Favourable,
    /// <summary><c>unfavourable</c></summary>
    Unfavourable,
}

/// <summary>Site of the primary tumour (patients.primary_site), by the INRG data dictionary's grouping.</summary>
public enum PrimarySite
{
    /// <summary><c>adrenal</c></summary>
    Adrenal,
    /// <summary><c>abdominal_non_adrenal</c>: abdominal or retroperitoneal, not adrenal.</summary>
    AbdominalNonAdrenal,
    /// <summary><c>thoracic</c></summary>
    Thoracic,
    /// <summary><c>cervical</c>: neck.</summary>
    Cervical,
    /// <summary><c>pelvic</c></summary>
    Pelvic,
    /// <summary><c>other</c></summary>
    Other,
    /// <summary><c>unknown</c>: no primary found.</summary>
    Unknown,
}
