using Mibg.Core.Response;
using static Mibg.Core.Response.InrcComponentResponse;

namespace Mibg.Core.Tests.Response;

/// <summary>
/// INRC 2017 overall response, worked from Park et al., J Clin Oncol 2017;35:2580, Table 5 (docs/domain.md "INRC 2017").
/// Each case states the row of Table 5 that decides it.
/// </summary>
public class InrcOverallTests
{
    [Theory]
    // Table 5 CR: "all components meet criteria for CR".
    [InlineData(CR, CR, CR, InrcOverallResponse.CR)]
    // CR with a component not involved at entry (NI): every involved component is CR.
    [InlineData(CR, NI, CR, InrcOverallResponse.CR)]
    // PD: "any component with PD", even when the others responded completely.
    [InlineData(CR, CR, PD, InrcOverallResponse.PD)]
    [InlineData(CR, PD, CR, InrcOverallResponse.PD)]
    [InlineData(PD, NI, PR, InrcOverallResponse.PD)]
    // PR: "PR in at least one component and all other components are either CR, MD (bone marrow), PR or NI".
    [InlineData(PR, CR, PR, InrcOverallResponse.PR)]
    [InlineData(CR, MD, PR, InrcOverallResponse.PR)]
    [InlineData(PR, NI, CR, InrcOverallResponse.PR)]
    // Marrow MD with every other component CR: not CR (marrow not CR), no SD anywhere → PR (domain.md reading of Table 5).
    [InlineData(CR, MD, CR, InrcOverallResponse.PR)]
    // MR: "PR or CR in at least one component but at least one other component with SD; no component with PD".
    [InlineData(PR, SD, CR, InrcOverallResponse.MR)]
    [InlineData(SD, CR, CR, InrcOverallResponse.MR)]
    [InlineData(CR, SD, NI, InrcOverallResponse.MR)]
    // Marrow MD beside an SD: MD is a response below SD → MR (domain.md reading).
    [InlineData(SD, MD, NI, InrcOverallResponse.MR)]
    // SD: "SD in one component with no better than SD or NI in any other component".
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
