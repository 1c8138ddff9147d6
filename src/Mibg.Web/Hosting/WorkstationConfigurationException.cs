namespace Mibg.Web.Hosting;

/// <summary>The workstation cannot start with these settings; the message names the setting and the fix.</summary>
public sealed class WorkstationConfigurationException(string message) : Exception(message);
