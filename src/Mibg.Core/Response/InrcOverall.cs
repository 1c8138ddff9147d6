namespace Mibg.Core.Response;

/// <summary>
/// Combines the three INRC 2017 component responses into the overall response.
/// Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177), Table 5; docs/domain.md "INRC 2017".
/// </summary>
public static class InrcOverall
{
    /// <summary>
    /// The overall response. Rules, in order (Table 5):
    /// PD if any component is PD; CR if every involved component is CR;
    /// PR if at least one component is PR (or bone-marrow MD) and every other is CR, MD, PR or NI;
    /// MR if at least one component is CR, PR or MD and at least one other is SD;
    /// SD otherwise (at least one SD, none better, the rest NI).
    /// Where Table 5 leaves room, the reading taken is stated in docs/domain.md: marrow MD with every other
    /// component CR is PR (MD is listed among the components a PR allows and is not CR), and marrow MD beside an
    /// SD is MR (MD is a reduction to minimal disease, better than SD).
    /// </summary>
    /// <param name="primary">Primary tumour: CR, PR, SD, PD or NI.</param>
    /// <param name="marrow">Bone marrow: CR, MD, SD, PD or NI.</param>
    /// <param name="metastases">Soft-tissue and bone metastases: CR, PR, SD, PD or NI.</param>
    /// <exception cref="ArgumentException">A value the component cannot take (MD outside the marrow, PR in the marrow),
    /// or every component NI (nothing to assess).</exception>
    public static InrcOverallResponse Combine(InrcComponentResponse primary, InrcComponentResponse marrow, InrcComponentResponse metastases)
    {
        Check(InrcComponent.Primary, primary);
        Check(InrcComponent.Marrow, marrow);
        Check(InrcComponent.Metastases, metastases);
        InrcComponentResponse[] all = [primary, marrow, metastases];
        var involved = all.Where(r => r != InrcComponentResponse.NI).ToArray();
        if (involved.Length == 0)
            throw new ArgumentException("INRC 2017: every component is NI (not involved); there is no disease to assess");
        if (involved.Contains(InrcComponentResponse.PD)) return InrcOverallResponse.PD;
        if (involved.All(r => r == InrcComponentResponse.CR)) return InrcOverallResponse.CR;
        var responding = involved.Count(IsResponse);
        var stable = involved.Count(r => r == InrcComponentResponse.SD);
        if (stable == 0) return InrcOverallResponse.PR;              // all involved are CR/PR/MD and not all CR
        if (responding > 0) return InrcOverallResponse.MR;
        return InrcOverallResponse.SD;
    }

    /// <summary>Whether <paramref name="response"/> is one a component can take (Tables 2–4).</summary>
    public static bool IsAllowed(InrcComponent component, InrcComponentResponse response) => response switch
    {
        InrcComponentResponse.MD => component == InrcComponent.Marrow,
        InrcComponentResponse.PR => component != InrcComponent.Marrow,
        _ => true,
    };

    private static bool IsResponse(InrcComponentResponse r) =>
        r is InrcComponentResponse.CR or InrcComponentResponse.PR or InrcComponentResponse.MD;

    private static void Check(InrcComponent component, InrcComponentResponse response)
    {
        if (!IsAllowed(component, response))
            throw new ArgumentException(response == InrcComponentResponse.MD
                ? $"INRC 2017: MD (minimal disease) is a bone-marrow response only (Table 4), not a {Name(component)} response"
                : $"INRC 2017: the bone marrow has no PR; it is CR, MD, SD or PD (Table 4)");
    }

    /// <summary>The component's name as a clinician writes it.</summary>
    public static string Name(InrcComponent component) => component switch
    {
        InrcComponent.Primary => "primary tumour",
        InrcComponent.Marrow => "bone marrow",
        _ => "metastases",
    };
}
