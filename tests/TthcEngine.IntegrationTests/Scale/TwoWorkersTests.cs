using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;
using Xunit.Abstractions;

namespace TthcEngine.IntegrationTests.Scale;

/// <summary>
/// The scale and fault run: two worker processes share one PostgreSQL database and one RabbitMQ broker while desks drive
/// 1,000 dossiers to their end; the broker is restarted and a worker killed half-way. Every dossier must finish once,
/// every step end once, every message be dispatched and counted once, and the live figures equal a recount.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed partial class TwoWorkersTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int DossierCount = 1000;
    private const int ParallelDesks = 8;
    private const int RestartWhenFinished = 400;
    private const int KillWhenFinished = 700;
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task ThousandDossiers_BrokerRestartedAndWorkerKilled_EverythingDoneAndCountedOnce()
    {
        var connectionString = await postgres.CreateDatabaseAsync($"scale_{Guid.NewGuid():N}");
        await using (var db = Database(connectionString))
        {
            await db.Database.MigrateAsync();
        }

        // A broker of its own: the test restarts it.
        await using var broker = await RabbitMqServer.StartAsync(new RabbitMqServerOptions { ExternalAmqpUri = null });
        using var doomed = WorkerProcess.Start("A", connectionString, broker);
        using var survivor = WorkerProcess.Start("B", connectionString, broker);
        var timer = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(doomed.WaitUntilBusStartedAsync(StartBound), survivor.WaitUntilBusStartedAsync(StartBound));
            Log(timer, "both workers' buses started");

            var desks = new Desks(connectionString);
            using var driving = new CancellationTokenSource();
            // Two faults, each at its own mark: under load a restart takes 10 to 20 s, so the kill may come while the
            // broker is still down.
            var restart = RestartBrokerAsync(desks, broker, connectionString, timer, driving.Token);
            var kill = KillWorkerAsync(desks, doomed, connectionString, timer, driving.Token);
            try
            {
                await desks.RunAsync(DossierCount, ParallelDesks);
                Log(timer, $"{desks.Finished} dossiers driven to their end");
            }
            finally
            {
                // Never leave a restart running behind the test: the broker is disposed next.
                await driving.CancelAsync();
                await Task.WhenAny(Task.WhenAll(restart, kill));
            }

            var restartedAt = await restart;
            var (killedAt, leftBehind) = await kill;

            var settled = await SettleAsync(connectionString);
            Log(timer, settled ? "outbox dispatched and figures settled" : $"NOT settled within {SettleBound.TotalSeconds:0} s");

            restartedAt.Should().BeLessThan(DossierCount, "the broker restarts while the desks still work");
            killedAt.Should().BeLessThan(DossierCount, "a worker dies while the desks still work");
            leftBehind.Should().BePositive("the killed worker leaves work behind for the other");
            survivor.HasExited.Should().BeFalse();
            await AssertEverythingOnceAsync(connectionString);
            await LogTotalsAsync(connectionString, timer);
            Log(timer, "checked");
        }
        catch
        {
            output.WriteLine(await OutboxStateAsync(connectionString));
            foreach (var worker in new[] { doomed, survivor })
            {
                output.WriteLine($"--- worker {worker.Name} (last lines) ---\n{worker.Output()}");
            }

            throw;
        }
    }

    private static TthcDbContext Database(string connectionString) => DatabaseRegistration.Create(DatabaseProvider.Postgres, connectionString);

    /// <summary>Restarts the broker once 40 % of the dossiers are finished; the number finished then.</summary>
    private async Task<int> RestartBrokerAsync(Desks desks, RabbitMqServer broker, string connectionString, Stopwatch timer, CancellationToken driving)
    {
        await WhenFinishedAsync(desks, RestartWhenFinished, driving);
        var restartedAt = desks.Finished;
        Log(timer, $"restarting the broker at {restartedAt} dossiers finished, {await PendingAsync(connectionString)} messages not yet dispatched");
        await broker.RestartAsync(CancellationToken.None);
        Log(timer, $"broker back at {desks.Finished} dossiers finished");
        return restartedAt;
    }

    /// <summary>Kills a worker once 70 % of the dossiers are finished; the number finished then, and the messages not yet dispatched.</summary>
    private async Task<(int KilledAt, int Pending)> KillWorkerAsync(
        Desks desks, WorkerProcess victim, string connectionString, Stopwatch timer, CancellationToken driving)
    {
        await WhenFinishedAsync(desks, KillWhenFinished, driving);
        var killedAt = desks.Finished;
        victim.Kill();
        var pending = await PendingAsync(connectionString);
        Log(timer, $"killed worker {victim.Name} at {killedAt} dossiers finished, {pending} messages not yet dispatched");
        return (killedAt, pending);
    }

    private static async Task<int> PendingAsync(string connectionString)
    {
        await using var db = Database(connectionString);
        return await db.Outbox.CountAsync(m => m.DispatchedAt == null);
    }

    private static async Task WhenFinishedAsync(Desks desks, int count, CancellationToken driving)
    {
        while (desks.Finished < count && !driving.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private void Log(Stopwatch timer, string what) => output.WriteLine($"{timer.Elapsed.TotalSeconds,6:0.0} s  {what}");
}
