using System.CommandLine;
using TthcEngine.Bench.Lookup;
using TthcEngine.Bench.Micro;
using TthcEngine.Bench.Service;
using TthcEngine.Bench.Sweep;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench;

/// <summary>The root of <c>tthc-bench</c>: micro, service, lookup and sweep (docs/benchmarks.md).</summary>
internal static class BenchCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("tthc-bench: benchmarks and load generators of the dossier engine (run with -c Release)");
        root.Subcommands.Add(Micro());
        root.Subcommands.Add(Service());
        root.Subcommands.Add(Lookup());
        root.Subcommands.Add(Sweep());
        return root;
    }

    private static Command Micro()
    {
        var command = new Command("micro", "BenchmarkDotNet (short run, in process): calendar arithmetic, replay and one runtime decision");
        command.SetAction(_ => MicroCommand.Run());
        return command;
    }

    private static Command Service()
    {
        var provider = ProviderOption();
        var dossiers = new Option<int>("--dossiers") { Description = "Dossiers in flight at once: one worker each", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds measured, after the warm-up", DefaultValueFactory = _ => 20 };
        var options = new Option<string>("--connection-options")
        {
            Description = "Appended to the service's connection string (not the floor's), e.g. \"Max Auto Prepare=64;Auto Prepare Min Usages=2\"",
            DefaultValueFactory = _ => "",
        };
        var withWork = new Option<bool>("--with-work")
        {
            Description = "Run the engine's background work in the process meanwhile, as the API does by default: the outbox dispatcher, the consumers on the in-memory bus, the deadline watcher",
        };
        var portalQueue = new Option<bool>("--portal-queue")
        {
            Description = "With --with-work: also queue the national portal's events (PortalSyncConsumer), as a host does when National:Portal:BaseUrl is set; nothing is sent",
        };
        var warmUp = new Option<int>("--warm-up")
        {
            Description = "Seconds of load before the measured window (JIT tiering, caches); default 5, or 30 with --with-work, whose bus and consumers take longer to reach their optimized code",
        };
        var rawRows = new Option<string>("--raw-rows")
        {
            Description = "PostgreSQL: after the load, write a transition's rows raw (no engine) to show what the database charges for them: "
                + "all (default), without-outbox, without-steps, dossier-and-history, or skip",
            DefaultValueFactory = _ => "all",
        };
        var command = new Command("service", "Step transitions per second through the dossier service, against the database's single-row commit floor")
        {
            provider, dossiers, seconds, options, withWork, portalQueue, warmUp, rawRows,
        };
        command.SetAction((parsed, _) => ServiceCommand.RunAsync(
            ReadProvider(parsed.GetRequiredValue(provider)), Math.Max(1, parsed.GetValue(dossiers)), Math.Max(1, parsed.GetValue(seconds)), parsed.GetValue(options) ?? "",
            parsed.GetValue(withWork),
            parsed.GetValue(portalQueue),
            parsed.GetValue(warmUp) is > 0 and var given ? given : parsed.GetValue(withWork) ? 30 : 5,
            TransitionRows.Parse(parsed.GetValue(rawRows) ?? "all")));
        return command;
    }

    private static Command Lookup()
    {
        var provider = ProviderOption();
        var rows = new Option<int>("--rows") { Description = "Dossier rows to bulk-load", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("lookup", "Bulk-load dossier rows, then time the public lookup by code and PIN (p50/p99) and report memory")
        {
            provider, rows,
        };
        command.SetAction((parsed, _) => LookupCommand.RunAsync(ReadProvider(parsed.GetRequiredValue(provider)), Math.Max(1, parsed.GetValue(rows))));
        return command;
    }

    private static Command Sweep()
    {
        var provider = ProviderOption();
        var open = new Option<int>("--open") { Description = "Dossiers to bulk-load, each with one open step", DefaultValueFactory = _ => 1_000_000 };
        var due = new Option<int>("--due") { Description = "Open steps whose due instant has just passed", DefaultValueFactory = _ => 1_000 };
        var command = new Command("sweep", "Bulk-load open steps, a few of them just due, then time the deadline watcher's sweep and one with nothing due")
        {
            provider, open, due,
        };
        command.SetAction((parsed, _) => SweepCommand.RunAsync(
            ReadProvider(parsed.GetRequiredValue(provider)), Math.Max(1, parsed.GetValue(open)), Math.Max(0, parsed.GetValue(due))));
        return command;
    }

    private static Option<string> ProviderOption()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite (a temporary file) or postgres (a private server started for the run)", Required = true };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        return provider;
    }

    private static DatabaseProvider ReadProvider(string name) => name == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
}
