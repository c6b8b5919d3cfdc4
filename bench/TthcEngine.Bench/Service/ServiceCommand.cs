using TthcEngine.Bench.Databases;
using TthcEngine.Infrastructure.Persistence;
using static TthcEngine.Bench.Percentiles;

namespace TthcEngine.Bench.Service;

/// <summary>
/// <c>service</c>: step transitions per second through the dossier service, against the database's own floor measured
/// in the same run, before and after the load (these machines are noisy).
/// </summary>
internal static class ServiceCommand
{
    private static readonly TimeSpan FloorTime = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(DatabaseProvider provider, int workers, int seconds, string connectionOptions, bool withWork, bool portalQueue, int warmUpSeconds, TransitionRows.Parts? rawRows)
    {
        var warmUp = TimeSpan.FromSeconds(warmUpSeconds);
        Console.WriteLine(MachineLoad.Describe());
        var calendar = Repository.Calendar();
        var catalog = Repository.Procedures();
        await using var database = await BenchDatabase.CreateAsync(provider, "tthc_bench_service");
        Console.WriteLine($"database: {database.Description}");
        if (provider == DatabaseProvider.Sqlite)
        {
            Console.WriteLine($"sqlite settings of the service's connections: {await CommitFloor.SqliteSynchronousAsync(database)}");
        }

        if (connectionOptions.Length > 0)
        {
            Console.WriteLine($"the service's connection string ends with: {connectionOptions}");
        }

        Console.WriteLine($"load: {Count(workers, "worker")}{(withWork ? " with the engine's background work in process" : "")}, procedure {ServiceLoad.Procedure}, {warmUp.TotalSeconds:0} s warm-up then {seconds} s measured; floor: {FloorTime.TotalSeconds:0} s per measurement");
        await CommitFloor.CreateTableAsync(database, workers);
        var before = await FloorAsync(database, workers);

        ServiceLoadResult load;
        string? work = null;
        using var groups = new CommitGroups();
        if (withWork)
        {
            await using var engine = await EngineWork.StartAsync(database, connectionOptions, portalQueue);
            load = await ServiceLoad.RunAsync(engine.Services, workers, warmUp, TimeSpan.FromSeconds(seconds));
            var backlog = await engine.BacklogAsync();
            var drained = await engine.DrainAsync();
            var (messages, consumed) = await engine.CountsAsync();
            work = $"the engine's work in process (outbox dispatcher, consumers on the in-memory bus{(portalQueue ? " including the portal's queue" : "")}, deadline watcher): {messages:N0} messages written, "
                + $"{backlog.Unpublished:N0} not yet published, {backlog.Uncounted:N0} not yet counted by the on-time figures"
                + (portalQueue ? $" and {backlog.Unqueued:N0} not yet queued for the portal" : "") + " when the load ended, "
                + (drained is { } took ? $"all published and consumed {took.TotalSeconds:0.0} s later" : "some still unpublished or unconsumed two minutes later")
                + $"; {consumed:N0} inbox rows (one per message and consumer)";
        }
        else
        {
            await using var services = database.Services(calendar, catalog, connectionOptions);
            load = await ServiceLoad.RunAsync(services, workers, warmUp, TimeSpan.FromSeconds(seconds));
        }

        var after = await FloorAsync(database, workers);
        var floorOne = (before.One.Rate + after.One.Rate) / 2;
        var floorMany = (before.Many.Rate + after.Many.Rate) / 2;
        var floorBusy = (before.Many.BusyCores + after.Many.BusyCores) / 2;
        var rows = new List<string>();
        if (provider == DatabaseProvider.Postgres && rawRows is { } parts)
        {
            // One transition per transaction on as many connections as workers; then grouped as the service's commit
            // groups them: one writer with every worker's transition, or two with half each; then one writer again
            // with one statement per table for the group's rows.
            foreach (var (connections, group, perTable) in new[] { (workers, 1, false), (1, workers, false), (2, Math.Max(1, workers / 2), false), (1, workers, true) })
            {
                var raw = await TransitionRows.MeasureAsync(database, connections, group, parts, perTable, FloorTime);
                rows.Add($"| {Count(connections, "connection")}, {(group == 1 ? "one transition per commit" : $"groups of {group}")}{(perTable ? ", one statement per table" : "")} | {Rate(raw.Rate)} "
                    + $"| {Ratio(raw.Rate / floorMany)} | {raw.BusyCores:0.00} | {Ms(raw.BusyCores / raw.Rate * 1000)} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| {provider}, {Count(workers, "worker")} | per second |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| transitions (ExecuteAsync calls) | {Rate(load.TransitionsPerSecond)} |");
        Console.WriteLine($"| receipts (ReceiveAsync calls) | {Rate(load.ReceivesPerSecond)} |");
        Console.WriteLine($"| all service commits (transitions + receipts) | {Rate(load.TransitionsPerSecond + load.ReceivesPerSecond)} |");
        Console.WriteLine($"| floor, 1 connection: before / after / mean | {Rate(before.One.Rate)} / {Rate(after.One.Rate)} / {Rate(floorOne)} |");
        if (workers > 1)
        {
            Console.WriteLine($"| floor, {Count(workers, "connection")}: before / after / mean | {Rate(before.Many.Rate)} / {Rate(after.Many.Rate)} / {Rate(floorMany)} |");
            Console.WriteLine($"| ratio transitions / floor ({Count(workers, "connection")}) | {Ratio(load.TransitionsPerSecond / floorMany)} |");
        }

        Console.WriteLine($"| ratio transitions / floor (1 connection) | {Ratio(load.TransitionsPerSecond / floorOne)} |");
        Console.WriteLine();
        Console.WriteLine($"ExecuteAsync latency under load: p50 {Ms(Of(load.LatenciesMs, 50))} ms, p99 {Ms(Of(load.LatenciesMs, 99))} ms ({load.LatenciesMs.Count} calls)");
        Console.WriteLine($"bench process CPU in the window: {load.ProcessorTime.TotalSeconds:0.0} s in {seconds} s ({load.ProcessorTime.TotalSeconds / seconds:0.00} of {Environment.ProcessorCount} cores), "
            + $"{Ms(load.ProcessorTime.TotalMilliseconds / Math.Max(1, load.Transitions))} ms per transition (its receipt's share included)");
        if (load.MachineBusyCores > 0 && load.Transitions > 0)
        {
            // The whole machine's processor time per transition (its receipt's share included) bounds what the cores
            // can make at this cost, whatever the waits: the ceiling below is that bound, not a measurement.
            var perTransition = load.MachineBusyCores / load.TransitionsPerSecond;
            var ceiling = Environment.ProcessorCount / perTransition;
            Console.WriteLine($"machine CPU in the window: {load.MachineBusyCores:0.00} of {Environment.ProcessorCount} cores busy (the database server and the kernel included), "
                + $"{Ms(perTransition * 1000)} ms per transition; at that cost {Environment.ProcessorCount} cores make at most {Rate(ceiling)} transitions/s "
                + $"({Ratio(ceiling / floorMany)} of the floor at {Count(workers, "connection")})");
            Console.WriteLine($"machine CPU of the floor at {Count(workers, "connection")}: {floorBusy:0.00} cores busy, {Ms(floorBusy / floorMany * 1000)} ms per commit");
        }

        Console.WriteLine(groups.Describe());
        if (rows.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"The rows of a transition written raw, after the load (no engine, nothing read first; parts: {rawRows}):");
            Console.WriteLine();
            Console.WriteLine($"| raw transitions | per second | of the floor at {Count(workers, "connection")} | machine cores busy | machine ms per transition |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
            Console.WriteLine();
        }

        if (work is not null)
        {
            Console.WriteLine(work);
        }

        Console.WriteLine($"dossiers finished in the window: {load.Finished}; errors: {load.Errors}{(load.FirstError is null ? string.Empty : $" (first: {load.FirstError})")}");
        Console.WriteLine($"target (half the floor at {Count(workers, "connection")}): {Rate(floorMany / 2)} transitions/s: {(load.TransitionsPerSecond >= floorMany / 2 ? "met" : "not met")}");
        Console.WriteLine(ProcessMemory.Describe());
        Console.WriteLine(MachineLoad.Describe());
        return load.Errors == 0 ? 0 : 1;
    }

    /// <summary>The floor on one connection and on as many connections as workers (the same measurement when there is one).</summary>
    private static async Task<(CommitFloor.Floor One, CommitFloor.Floor Many)> FloorAsync(BenchDatabase database, int workers)
    {
        var one = await CommitFloor.MeasureAsync(database, 1, FloorTime);
        return (one, workers == 1 ? one : await CommitFloor.MeasureAsync(database, workers, FloorTime));
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
