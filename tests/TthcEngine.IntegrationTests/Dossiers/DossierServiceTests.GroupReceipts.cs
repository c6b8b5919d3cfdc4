using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>
/// Receipts reaching the write together share a commit, their daily serials taken in it: codes stay unique and
/// contiguous, each receipt's rows added alongside are stored with it, and a receipt that cannot be grouped or fails
/// is stored (or refused) alone without harming the others.
/// </summary>
public abstract partial class DossierServiceTests
{
    private const string OtherUnit = "000.00.13.H56";

    [Fact]
    public async Task Receive_ManyDesksOfTwoUnitsAtOnce_ShareACommit_SerialsContiguousPerUnit_EachWithItsNote()
    {
        var first = await Service().ReceiveAsync(BirthRegistration());
        await Service().ReceiveAsync(BirthRegistration() with { ReceivingUnit = OtherUnit });
        using var groups = new GroupWatch(DatabaseOfGroups());

        var received = await ReceiveWhileSerialsHeldAsync(
            12, (context, record, _) => context.Notes.Add(Note(record.Id, "group:" + record.Code)), i => i % 3 == 0 ? OtherUnit : Unit);

        received.Should().AllSatisfy(r => r.Error.Should().BeNull());
        var codes = received.Select(r => r.Dossier!.Code).ToList();
        codes.Where(c => c.StartsWith(Unit, StringComparison.Ordinal)).Select(c => DossierCode.Parse(c).Serial).Order().Should().Equal(Enumerable.Range(2, 8));
        codes.Where(c => c.StartsWith(OtherUnit, StringComparison.Ordinal)).Select(c => DossierCode.Parse(c).Serial).Order().Should().Equal(Enumerable.Range(2, 4));
        DossierCode.Parse(first.Code).Serial.Should().Be(1);
        await using var db = NewContext();
        (await db.Notes.Where(n => n.Kind.StartsWith("group:")).Select(n => n.Kind).ToListAsync()).Should().BeEquivalentTo(codes.Select(c => "group:" + c));
        foreach (var dossier in received.Select(r => r.Dossier!))
        {
            var row = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossier.Id);
            LookupPin.Matches(row.PinHash, DossierCode.Parse(row.Code), dossier.Pin).Should().BeTrue();
            row.Code.Should().Be(dossier.Code);
            (await db.OpenSteps.CountAsync(s => s.DossierId == dossier.Id)).Should().Be(1);
            (await Service(cache: new DossierStateCache()).LoadStateAsync(dossier.Id)).History.Should().NotBeEmpty();
        }

        groups.Largest.Should().BeGreaterThan(1, "receipts waiting for the serials' row are written together once it is free");
        groups.Failed.Should().Be(0);
    }

    [Fact]
    public async Task Receive_InAGroup_OneChangesARowAlongside_AllStoredInTheGroup_ThatChangeToo()
    {
        await Service().ReceiveAsync(BirthRegistration());
        await using (var seed = NewContext())
        {
            seed.IdempotencyKeys.Add(Key("receipt:group:changed"));
            await seed.SaveChangesAsync();
        }

        using var groups = new GroupWatch(DatabaseOfGroups());
        var received = await ReceiveWhileSerialsHeldAsync(6, (context, record, i) =>
        {
            context.Notes.Add(Note(record.Id, "group:" + record.Code));
            if (i == 3)
            {
                var key = context.IdempotencyKeys.Single(k => k.Key == "receipt:group:changed");
                key.Response = record.Code;
            }
        });

        received.Should().AllSatisfy(r => r.Error.Should().BeNull());
        received.Select(r => DossierCode.Parse(r.Dossier!.Code).Serial).Order().Should().Equal(Enumerable.Range(2, 6));
        await using var db = NewContext();
        (await db.IdempotencyKeys.SingleAsync(k => k.Key == "receipt:group:changed")).Response.Should().Be(received[3].Dossier!.Code);
        (await db.Notes.CountAsync(n => n.Kind.StartsWith("group:"))).Should().Be(6);
        groups.Failed.Should().Be(0, "the changed row is saved by the group's writer, as it was read");
    }

    [Fact]
    public async Task Receive_InAGroup_OnesAlongsideThrows_OnlyThatOneRefused_NoSerialLost()
    {
        await Service().ReceiveAsync(BirthRegistration());

        var received = await ReceiveWhileSerialsHeldAsync(6, (context, record, i) =>
        {
            context.Notes.Add(Note(record.Id, "group:" + record.Code));
            if (i == 2)
            {
                throw new InvalidOperationException("refused alongside");
            }
        });

        received[2].Error.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("refused alongside");
        var stored = received.Where(r => r.Error is null).Select(r => r.Dossier!).ToList();
        stored.Should().HaveCount(5);
        stored.Select(d => DossierCode.Parse(d.Code).Serial).Order().Should().Equal(Enumerable.Range(2, 5));
        await using var db = NewContext();
        (await db.Dossiers.CountAsync()).Should().Be(6);
        (await db.Notes.Where(n => n.Kind.StartsWith("group:")).Select(n => n.Kind).ToListAsync()).Should().BeEquivalentTo(stored.Select(d => "group:" + d.Code));
    }

    /// <summary>
    /// Holds the daily serial rows (a write of another connection, open in a transaction) while
    /// <paramref name="count"/> desks receive at once, then lets go: the first receipt waits on the row, the others
    /// queue behind it and are written as one group.
    /// </summary>
    private async Task<List<(ReceivedDossier? Dossier, Exception? Error)>> ReceiveWhileSerialsHeldAsync(
        int count, Action<TthcDbContext, DossierRecord, int> alongside, Func<int, string>? unit = null)
    {
        await using var holder = NewContext();
        await using var held = await holder.Database.BeginTransactionAsync();
        await holder.DailySerials.ExecuteUpdateAsync(s => s.SetProperty(r => r.Last, r => r.Last));
        var desks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await using var context = NewContext();
            try
            {
                return ((ReceivedDossier?)await Service(context).ReceiveAsync(BirthRegistration() with { ReceivingUnit = unit?.Invoke(i) ?? Unit }, (record, _) => alongside(context, record, i)), (Exception?)null);
            }
            catch (Exception e)
            {
                return (null, e);
            }
        })).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await held.CommitAsync();
        return [.. await Task.WhenAll(desks)];
    }

    /// <summary>The group commit's sizes and failures while it lives.</summary>
    private sealed class GroupWatch : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<int> sizes = [];
        private int largest;
        private int failed;

        public GroupWatch(string database)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == DossierCommitQueue.MeterName && instrument.Name.StartsWith("tthc.dossiers.commit.group.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            // Only this test's database: other tests write groups at the same time.
            listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
            {
                if (Ours(tags, database))
                {
                    InterlockedMax(ref largest, size);
                    lock (sizes)
                    {
                        sizes.Add(size);
                    }
                }
            });
            listener.SetMeasurementEventCallback<long>((_, n, tags, _) =>
            {
                if (Ours(tags, database))
                {
                    Interlocked.Add(ref failed, (int)n);
                }
            });
            listener.Start();
        }

        public int Largest => Volatile.Read(ref largest);

        /// <summary>The changes of each commit, in the order they were stored.</summary>
        public IReadOnlyList<int> Sizes
        {
            get
            {
                lock (sizes)
                {
                    return [.. sizes];
                }
            }
        }

        public int Failed => Volatile.Read(ref failed);

        public void Dispose() => listener.Dispose();

        private static bool Ours(ReadOnlySpan<KeyValuePair<string, object?>> tags, string database)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "tthc.database")
                {
                    return Equals(tag.Value, database);
                }
            }

            return false;
        }
    }

    private string DatabaseOfGroups()
    {
        using var db = NewContext();
        return DossierCommitQueue.For(db)!.Database;
    }
}
