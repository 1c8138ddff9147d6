using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; pick with --filter, e.g. `dotnet run -c Release --project bench/Mibg.Bench -- --filter '*KaplanMeier*'`.
// `-- viewer` instead measures the scan viewer's windowing in Chromium (bench/imaging/README.md).
if (args is ["viewer"]) return await Mibg.Bench.Imaging.ViewerWindowingBench.RunAsync();
// `-- render-cpu`: the server's cold image request, wall and CPU time per request (bench/imaging/README.md).
if (args is ["render-cpu"]) return Mibg.Bench.Imaging.RenderCpuBench.Run();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
