using Mibg.Cli.Infrastructure;
using Mibg.Core.Plan;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Reads a plan file; any problem becomes one user message naming the file and every field at fault.</summary>
internal static class PlanFile
{
    public static AnalysisPlan Load(string? path)
    {
        if (path is null) return AnalysisPlan.Default;
        if (!File.Exists(path)) throw new UserInputException($"{path}: plan file not found (write one with 'mibg plan --default > {path}')");
        try
        {
            return PlanJson.Parse(File.ReadAllText(path));
        }
        catch (InvalidPlanException e)
        {
            throw new UserInputException($"{path}: invalid analysis plan:" + string.Concat(e.Errors.Select(x => $"{Environment.NewLine}  {x.Field}: {x.Message}")));
        }
    }
}
