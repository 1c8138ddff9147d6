using Microsoft.AspNetCore.Authorization;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Security;

/// <summary>Authorization policies: which roles reach which pages and endpoints.</summary>
public static class Policies
{
    /// <summary>Readers only.</summary>
    public const string Readers = "readers";
    /// <summary>Adjudicators only.</summary>
    public const string Adjudicators = "adjudicators";
    /// <summary>Readers and adjudicators (worklist, scans, images).</summary>
    public const string ScanViewers = "scan-viewers";
    /// <summary>Admins only (audit log, assignments).</summary>
    public const string Admins = "admins";
    /// <summary>Analysts and admins (agreement dashboard).</summary>
    public const string Dashboard = "dashboard";

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Readers, p => p.RequireRole(WorkstationRole.Reader.Code()));
        o.AddPolicy(Adjudicators, p => p.RequireRole(WorkstationRole.Adjudicator.Code()));
        o.AddPolicy(ScanViewers, p => p.RequireRole(WorkstationRole.Reader.Code(), WorkstationRole.Adjudicator.Code()));
        o.AddPolicy(Admins, p => p.RequireRole(WorkstationRole.Admin.Code()));
        o.AddPolicy(Dashboard, p => p.RequireRole(WorkstationRole.Analyst.Code(), WorkstationRole.Admin.Code()));
    }
}
