using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; pick with --filter, e.g. `dotnet run -c Release --project bench/Mibg.Bench -- --filter '*KaplanMeier*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
