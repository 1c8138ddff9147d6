using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Cli.Commands.Serve;

/// <summary>Opens the workstation tables of a store, turning store problems into messages for the user.</summary>
internal static class StoreOpening
{
    /// <summary>
    /// Opens the study store first (it creates its schema in a new file), then the workstation tables beside it.
    /// </summary>
    public static async Task<IWorkstationStore> OpenWorkstationAsync(string spec, bool createIfMissing)
    {
        try
        {
            await using (StudyStores.Open(spec, createIfMissing)) { }
            return await WorkstationStores.OpenAsync(spec);
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
