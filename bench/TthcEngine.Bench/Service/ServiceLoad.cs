using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.Bench.Service;

/// <summary>
/// Officers at work: each worker receives a dossier at its own desk and takes it through every step to the end, then
/// the next one. Every call runs in its own DI scope (a context and a <see cref="DossierService"/>), as a request to
/// the API would. One <see cref="DossierService.ExecuteAsync"/> is one transition; only calls that end inside the
/// measured window count.
/// </summary>
internal static class ServiceLoad
{
    public const string Procedure = "1.001193";

    public static async Task<ServiceLoadResult> RunAsync(IServiceProvider services, int workers, TimeSpan warmUp, TimeSpan measured)
    {
        var window = new Window(warmUp, measured);
        var cpu = Task.Run(() => ProcessorTimeAsync(warmUp, measured));
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(i => Task.Run(() => WorkAsync(services, $"000.00.{i + 10:00}.H56", $"cb.bench.{i + 1}", window))));
        var (processorTime, machineBusyCores) = await cpu;
        return ServiceLoadResult.Combine(results, measured, processorTime, machineBusyCores);
    }

    /// <summary>One officer at one desk of its own unit, taking dossier after dossier to the end.</summary>
    private static async Task<ServiceLoadResult.Worker> WorkAsync(IServiceProvider services, string unit, string officer, Window window)
    {
        var result = new ServiceLoadResult.Worker();
        var request = new ReceiveDossier(Procedure, unit, new ApplicantData("Nguyễn Thị Hoa", "038190001234", "0912000000"), "inPerson");
        while (!window.Over)
        {
            try
            {
                var received = await InScope(services, s => s.ReceiveAsync(request));
                if (window.Counting)
                {
                    result.Receives++;
                }

                var state = await InScope(services, s => s.LoadStateAsync(received.Id));
                while (state.Finished is null && !window.Over)
                {
                    var next = Next(state, officer);
                    var began = Stopwatch.GetTimestamp();
                    var events = await InScope(services, s => s.ExecuteAsync(received.Id, next));
                    if (window.Counting)
                    {
                        result.Transitions++;
                        result.LatenciesMs.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                    }

                    foreach (var e in events)
                    {
                        state.Apply(e);
                    }
                }

                if (state.Finished is not null && window.Counting)
                {
                    result.Finished++;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Errors++;
                result.FirstError ??= $"{e.GetType().Name}: {e.Message}";
            }
        }

        return result;
    }

    /// <summary>What the officer does next: answer a wait, hand over the result once the flow is done, or complete a step.</summary>
    private static Func<DateTimeOffset, WorkflowCommand> Next(WorkflowState state, string officer)
    {
        if (state.OpenPause is not null)
        {
            return at => new ResumeWorkflow(at);
        }

        if (state.ResultReady is not null)
        {
            return at => new FinishWorkflow(at, Outcome.Granted, officer);
        }

        var step = state.Active.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal).First().Ref.StepId;
        return at => new CompleteStep(at, step, officer);
    }

    /// <summary>
    /// The processor time this process (not the database server) used in the measured window, and the cores the whole
    /// machine kept busy meanwhile (the database server and the kernel included).
    /// </summary>
    private static async Task<(TimeSpan Process, double MachineBusyCores)> ProcessorTimeAsync(TimeSpan warmUp, TimeSpan measured)
    {
        using var process = Process.GetCurrentProcess();
        await Task.Delay(warmUp);
        process.Refresh();
        var start = process.TotalProcessorTime;
        var machine = MachineCpu.Read();
        var timer = Stopwatch.StartNew();
        await Task.Delay(measured);
        var busy = MachineCpu.Read().BusyCoresSince(machine, timer.Elapsed);
        process.Refresh();
        return (process.TotalProcessorTime - start, busy);
    }

    private static async Task<T> InScope<T>(IServiceProvider services, Func<DossierService, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<DossierService>());
    }

    /// <summary>The warm-up (JIT, EF model and query compilation, first pages) and then the measured window.</summary>
    private sealed class Window(TimeSpan warmUp, TimeSpan measured)
    {
        private readonly long start = Stopwatch.GetTimestamp() + Ticks(warmUp);
        private readonly long end = Stopwatch.GetTimestamp() + Ticks(warmUp + measured);

        public bool Counting => Stopwatch.GetTimestamp() is var now && now >= start && now < end;

        public bool Over => Stopwatch.GetTimestamp() >= end;

        private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
    }
}
