using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Cli.Commands.Serve;

/// <summary>Opens the workstation tables of a store, turning store problems into messages for the user.</summary>
internal static class StoreOpening
{
    /// <summary>Opens the study database (one store: study and workstation tables).</summary>
    public static async Task<IWorkstationStore> OpenWorkstationAsync(StoreSettings settings, bool createIfMissing)
    {
        try
        {
            return await WorkstationStores.OpenAsync(settings.Store, StoreOptions.Default with { CreateIfMissing = createIfMissing, AuditDirectory = settings.AuditDir });
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException($"--store: {e.Message}");
        }
        catch (WorkstationStoreException e)
        {
            throw new UserInputException($"--store: {e.Message}");
        }
    }
}
