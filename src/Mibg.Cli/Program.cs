using Mibg.Cli;

return MibgApp.Run(args);
