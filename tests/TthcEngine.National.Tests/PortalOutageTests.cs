using System.Diagnostics;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.FakeNational;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.National.Tests;

/// <summary>
/// Many dossiers through their life while 30% of the portal's calls fail (500 after the work, 503 before it, timeouts
/// after the work, slow answers, "already exists") and the portal is down for a while in the middle.
/// By default the size (issue 7: 500 dossiers, a 120 s outage; about 4 minutes); <c>TTHC_NATIONAL_DOSSIERS</c> and
/// <c>TTHC_NATIONAL_OUTAGE_SECONDS</c> change it (e.g. 100 and 8 for a quick run while working on the sync).
/// </summary>
public sealed class PortalOutageTests : IAsyncLifetime
{
    private static readonly int Dossiers = int.TryParse(Environment.GetEnvironmentVariable("TTHC_NATIONAL_DOSSIERS"), out var n) ? n : 500;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("TTHC_NATIONAL_OUTAGE_SECONDS"), out var s) ? s : 120);

    private FakeNationalServer fake = null!;
    private PortalHarness engine = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeNationalServer.StartAsync();
        engine = await PortalHarness.StartAsync(fake.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Sync_ThroughFailuresAndAnOutage_DeliversEveryRecordOnceInOrder()
    {
        await fake.FaultsAsync(new FaultSettings
        {
            FailureRate = 0.3, Failures = ["500", "503", "timeout"], SlowRate = 0.1, SlowDelay = TimeSpan.FromMilliseconds(50),
            Hang = TimeSpan.FromSeconds(5), AlreadyExistsRate = 0.1, Seed = 7,
        });
        var dossiers = new List<ReceivedDossier>();
        var before = new List<TimeSpan>();
        for (var i = 0; i < Dossiers; i++)
        {
            var dossier = await engine.ReceiveAsync($"Người nộp {i}", $"0380900{i:00000}", i % 3 == 0 ? "inPerson" : "online");
            dossiers.Add(dossier);
            before.Add(await TimedAsync(dossier.Id, at => new CompleteStep(at, "tiep-nhan", "cb.desk")));
            before.Add(await TimedAsync(dossier.Id, at => i % 10 == 3 ? new PauseWorkflow(at, PauseReason.AwaitingSupplement) : new CompleteStep(at, "tham-dinh", "cv.tu-phap")));
        }

        // The portal goes down (for at least the outage's length, and until the officers' work below is done); they go
        // on working, and none of them waits for it.
        await fake.OutageAsync(TimeSpan.FromHours(1));
        var outageStarted = Stopwatch.GetTimestamp();
        var outageFrom = engine.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var during = new List<TimeSpan>();
        for (var i = 0; i < Dossiers; i++)
        {
            var id = dossiers[i].Id;
            if (i % 10 == 3)
            {
                during.Add(await TimedAsync(id, at => new ResumeWorkflow(at)));
                during.Add(await TimedAsync(id, at => new CompleteStep(at, "tham-dinh", "cv.tu-phap")));
            }

            during.Add(await TimedAsync(id, at => i % 7 == 0
                ? new FinishWorkflow(at, Outcome.Refused, "ld.xa", "Không đủ điều kiện")
                : new CompleteStep(at, "ky-duyet", "ld.xa")));
        }

        await Task.Delay(Max(TimeSpan.Zero, Outage - Stopwatch.GetElapsedTime(outageStarted)));
        (await fake.Control.DeleteAsync("_fake/outage")).EnsureSuccessStatusCode();
        var outageTo = engine.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var i = 0; i < Dossiers; i++)
        {
            if (i % 7 != 0)
            {
                var id = dossiers[i].Id;
                await engine.RunAsync(id, at => new CompleteStep(at, "tra-ket-qua", "cb.desk"));
                await engine.RunAsync(id, at => new FinishWorkflow(at, Outcome.Granted, "cb.desk"));
            }
        }

        await engine.SyncedAsync(TimeSpan.FromMinutes(5));

        foreach (var dossier in dossiers)
        {
            var held = (await fake.DossierAsync(dossier.Code))!;
            var expected = await engine.ExpectedAsync(dossier.Id);
            PortalSyncTests.Statuses(held).Should().Equal(expected.Statuses, "dossier {0} gets each status change once, in order", dossier.Code);
            PortalSyncTests.History(held).Should().Equal(expected.History, "dossier {0} gets each history record once, in order", dossier.Code);
        }

        // A change never calls the portal: during the outage it takes what it took before (the median, against the
        // noise of a shared machine), far below the portal's 1 s attempt timeout.
        Median(during).Should().BeLessThan(Median(before) * 2 + TimeSpan.FromMilliseconds(20), "no change of a dossier waits for the portal");
        Median(during).Should().BeLessThan(TimeSpan.FromSeconds(1));
        var faults = (await fake.StatsAsync())["faults"]!;
        foreach (var fault in new[] { "ErrorAfterWork", "Unavailable", "TimeoutAfterWork", "Slow", "Outage", "AlreadyExists" })
        {
            faults[fault]!.GetValue<int>().Should().BePositive("the run met {0}", fault);
        }

        var circuit = engine.Monitor.Circuit;
        circuit.Transitions.Should().Contain(t => t.State == "Open" && t.At >= outageFrom && t.At <= outageTo, "the circuit opens during the outage");
        circuit.Transitions.Should().Contain(t => t.State == "Closed" && t.At > outageTo, "and closes after it");
        circuit.State.Should().Be("Closed");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    private async Task<TimeSpan> TimedAsync(Guid dossierId, Func<DateTimeOffset, WorkflowCommand> command)
    {
        var started = Stopwatch.GetTimestamp();
        await engine.RunAsync(dossierId, command);
        return Stopwatch.GetElapsedTime(started);
    }
}
