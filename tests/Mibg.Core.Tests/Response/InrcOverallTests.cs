using Mibg.Core.Response;
using static Mibg.Core.Response.InrcComponentResponse;

namespace Mibg.Core.Tests.Response;

/// <summary>
/// INRC 2017 overall response (Park et al., J Clin Oncol 2017;35:2580, Table 5; docs/domain.md "INRC 2017"). The
/// paper's table text could not be retrieved; each case quotes the overall criteria as the NCI PDQ Neuroblastoma
/// Treatment summary (Health Professional Version, "Revised International Neuroblastoma Response Criteria (INRC)",
/// public domain) restates them from Park et al. 2017, marked [PDQ], and says which row decides it.
/// </summary>
public class InrcOverallTests
{
    [Theory]
    // [PDQ] CR: "No evidence of disease, including resolution of MIBG uptake … with less than 10 mm remaining on 3-D
    // imaging of primary tumor … and no histological tumor in two bone marrow biopsies": every component CR.
    [InlineData(CR, CR, CR, InrcOverallResponse.CR)]
    // CR with a component not involved at entry (NI): every involved component is CR.
    [InlineData(CR, NI, CR, InrcOverallResponse.CR)]
    // [PDQ] PD: "Any new lesion; increase in longest diameter …; previous negative bone marrow now positive …; a new avid
    // bone site": any one component progressing is PD overall, even when the others responded completely.
    [InlineData(CR, CR, PD, InrcOverallResponse.PD)]
    [InlineData(CR, PD, CR, InrcOverallResponse.PD)]
    [InlineData(PD, NI, PR, InrcOverallResponse.PD)]
    // [PDQ] PR: "30% or more decrease in longest diameter of primary site and at least 30% decrease in sum of diameters
    // of nonprimary soft tissue metastases …; and at least a 50% reduction in absolute MIBG bone score …; and bone marrow
    // with 0% to 5% tumor; and no new lesions": every involved component at least PR, the marrow at most 5% (MD).
    [InlineData(PR, CR, PR, InrcOverallResponse.PR)]
    [InlineData(CR, MD, PR, InrcOverallResponse.PR)]
    [InlineData(PR, NI, CR, InrcOverallResponse.PR)]
    // Marrow MD with every other component CR: not CR ([PDQ] CR needs "no histological tumor" in the marrow); [PDQ] PR
    // allows "bone marrow with 0% to 5% tumor" → PR.
    [InlineData(CR, MD, CR, InrcOverallResponse.PR)]
    // [PDQ] MR: "Partial response or complete response of at least one component of disease, but at least one other
    // component with stable disease and no component with progressive disease".
    [InlineData(PR, SD, CR, InrcOverallResponse.MR)]
    [InlineData(SD, CR, CR, InrcOverallResponse.MR)]
    [InlineData(CR, SD, NI, InrcOverallResponse.MR)]
    // Marrow MD beside an SD: the quoted MR names PR or CR only; MD (a reduction to ≤ 5%) is read as a response here,
    // so → MR (domain.md reading, where the text leaves room).
    [InlineData(SD, MD, NI, InrcOverallResponse.MR)]
    // [PDQ] SD: "Stable disease in one component with no better than stable disease or no involvement at other two
    // components. No components meet criteria for progressive disease or partial response".
    [InlineData(SD, SD, SD, InrcOverallResponse.SD)]
    [InlineData(SD, NI, NI, InrcOverallResponse.SD)]
    [InlineData(NI, SD, SD, InrcOverallResponse.SD)]
    public void Table_5(InrcComponentResponse primary, InrcComponentResponse marrow, InrcComponentResponse metastases, InrcOverallResponse expected) =>
        Assert.Equal(expected, InrcOverall.Combine(primary, marrow, metastases));

    [Fact]
    public void Minimal_disease_is_a_marrow_response_only()
    {
        var e = Assert.Throws<ArgumentException>(() => InrcOverall.Combine(MD, CR, CR));
        Assert.Contains("bone-marrow response only", e.Message);
        Assert.Throws<ArgumentException>(() => InrcOverall.Combine(CR, CR, MD));
    }

    [Fact]
    public void The_marrow_has_no_partial_response()
    {
        // Table 4 lists CR, MD, SD and PD for the marrow; a PR there is a data-entry error, not a response.
        var e = Assert.Throws<ArgumentException>(() => InrcOverall.Combine(CR, PR, CR));
        Assert.Contains("no PR", e.Message);
    }

    [Fact]
    public void Nothing_involved_is_refused()
    {
        Assert.Throws<ArgumentException>(() => InrcOverall.Combine(NI, NI, NI));
    }

    [Fact]
    public void Every_allowed_combination_has_one_answer_and_PD_dominates()
    {
        // Exhaustive over the 5 × 5 × 5 allowed values: never throws except all-NI, and PD in any component is PD overall.
        InrcComponentResponse[] primaryValues = [CR, PR, SD, PD, NI], marrowValues = [CR, MD, SD, PD, NI];
        foreach (var p in primaryValues)
            foreach (var m in marrowValues)
                foreach (var x in primaryValues)
                {
                    if (p == NI && m == NI && x == NI) continue;
                    var overall = InrcOverall.Combine(p, m, x);
                    Assert.Equal(p == PD || m == PD || x == PD, overall == InrcOverallResponse.PD);
                    var involved = new[] { p, m, x }.Where(r => r != NI).ToArray();
                    Assert.Equal(involved.All(r => r == CR), overall == InrcOverallResponse.CR);
                }
    }
}
