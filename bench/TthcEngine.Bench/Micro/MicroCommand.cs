using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TthcEngine.Bench.Micro;

/// <summary><c>micro</c>: BenchmarkDotNet over the in-process parts, a short run of each.</summary>
internal static class MicroCommand
{
    public static int Run()
    {
        // In process: no second build of the engine projects, which would race any build running beside it. ShortRun's
        // launch and warm-up, with 10 measured iterations instead of 3: these shared machines are noisy, and the run still
        // ends within a minute.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .WithOptions(ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run([typeof(CalendarBenchmarks), typeof(WorkflowBenchmarks)], config);
        return summary.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
