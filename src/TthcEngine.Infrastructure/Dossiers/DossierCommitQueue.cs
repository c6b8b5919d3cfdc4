using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// Group commit of dossier changes: the changes of one process that are ready to be stored at the same moment share
/// one transaction and one commit (one flush of the write-ahead log), instead of one each.
/// </summary>
/// <remarks>
/// <para>
/// No thread of its own: the first caller that finds no group being written leads. The leader takes its own change
/// and every change waiting (at most <see cref="MaxGroup"/>, and at most one per dossier: a second change of a dossier
/// waits for the next group), writes all their statements in one transaction on its own connection (one batch on
/// PostgreSQL), then takes in the same way the changes that came to wait meanwhile and writes theirs, until none waits.
/// It saves the rows each caller added or changed alongside (moved into its own context for the save), commits, and
/// only then tells each caller that its change is stored. Then it hands the lead to the oldest change still waiting,
/// whose caller writes the next group, so that no caller writes more than one group.
/// </para>
/// <para>
/// If anything in a group fails (a row's version moved, an open step not where it was left, a key added alongside
/// already stored, a lost connection), the whole group is rolled back and every caller stores its change alone, as
/// without grouping: exactly the change at fault gets its conflict or error, the others are stored. A crash before
/// the commit loses only changes no caller was told were stored.
/// </para>
/// <para>
/// A caller's cancellation is not observed once its change is queued: the group it is in is written (or fails) for
/// all, and the leader's writes run uncancelled for the same reason.
/// </para>
/// <para>
/// Receipts group too. A received dossier's code holds its daily serial, so its change can only be made inside the
/// group's transaction: the leader first raises each receiving unit's serial of the day by the number of its receipts in
/// the group (one upsert per unit and day, which on PostgreSQL also locks the row against other processes until the
/// commit), then has each receipt make its change with its serial, calling its caller's alongside on the caller's
/// context. A receipt whose alongside deletes rows, or throws, fails the group like any other fault.
/// </para>
/// <para>
/// Only SQLite files and PostgreSQL group; SQL Server, in-memory SQLite and changes whose caller deleted rows alongside
/// store alone.
/// </para>
/// </remarks>
internal sealed class DossierCommitQueue(int maxLeaders, string database)
{
    /// <summary>The most changes one commit stores.</summary>
    public const int MaxGroup = 64;

    /// <summary>
    /// The meter of the group commit: <c>tthc.dossiers.commit.group.size</c> (changes per commit),
    /// <c>tthc.dossiers.commit.group.failed</c> (groups rolled back); each measurement is tagged <c>tthc.database</c> with <see cref="Database"/>.
    /// </summary>
    public const string MeterName = "TthcEngine.Dossiers";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> GroupSize = Meter.CreateHistogram<int>("tthc.dossiers.commit.group.size", "{change}", "Changes stored by one commit of the group commit");
    private static readonly Counter<long> GroupFailed = Meter.CreateCounter<long>("tthc.dossiers.commit.group.failed", "{group}", "Groups rolled back, their changes then stored alone");

    private static readonly ConcurrentDictionary<(string Provider, string Connection), DossierCommitQueue?> ByDatabase = new();

    private readonly KeyValuePair<string, object?> tag = new("tthc.database", database);

    private readonly Lock gate = new();

    /// <summary>The database the queue writes to (a SQLite file's full path, a PostgreSQL database's name), the measurements' tag.</summary>
    public string Database { get; } = database;
    private readonly List<Pending> waiting = [];
    private int leaders;

    /// <summary>What a waiting caller is told.</summary>
    private enum Outcome
    {
        /// <summary>Committed with its group.</summary>
        Stored,

        /// <summary>Not stored: its group failed; the caller stores its change alone.</summary>
        Alone,

        /// <summary>Not stored yet: the caller leads the next group, its own change first.</summary>
        Lead,
    }

    /// <summary>The queue of <paramref name="db"/>'s database, or null where changes are stored alone.</summary>
    public static DossierCommitQueue? For(TthcDbContext db)
    {
        var provider = db.Database.ProviderName ?? "";
        var connection = db.Database.GetConnectionString() ?? "";
        return ByDatabase.GetOrAdd((provider, connection), static key => key.Provider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => SqliteFile(key.Connection) is { } file
                ? (DossierCommitQueue?)ByDatabase.GetOrAdd(("file", file), _ => new DossierCommitQueue(maxLeaders: 1, file))
                : null,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => new DossierCommitQueue(maxLeaders: 1, PostgresDatabase(key.Connection)),
            _ => null,
        });
    }

    /// <summary>
    /// Stores <paramref name="change"/>, decided on <paramref name="db"/>, with the rows added to or changed in
    /// <paramref name="db"/> alongside, in a group. False when the caller must store it alone (its group failed, or it
    /// cannot be grouped): nothing of it is stored then, and the rows added alongside are still in the context.
    /// </summary>
    public Task<bool> StoreAsync(TthcDbContext db, DossierChangeWriter.PlannedChange change) =>
        db.Database.CurrentTransaction is null && Alongside(db) is { } added
            ? JoinAsync(db, new Pending(db, change.DossierId) { Change = change, Alongside = added })
            : Task.FromResult(false);

    /// <summary>
    /// Stores a dossier being received in a group: its daily serial is taken in the group's transaction and then
    /// <see cref="Receipt.Complete"/> is called (by whichever caller writes the group) to make its change, with the rows
    /// it adds to <paramref name="db"/>. False when the caller must store it alone: nothing of it is stored then, but
    /// <see cref="Receipt.Complete"/> may have run and added rows to <paramref name="db"/>.
    /// </summary>
    public Task<bool> ReceiveAsync(TthcDbContext db, Receipt receipt) =>
        db.Database.CurrentTransaction is null && Alongside(db) is []
            ? JoinAsync(db, new Pending(db, receipt.DossierId) { Receipt = receipt })
            : Task.FromResult(false);

    private async Task<bool> JoinAsync(TthcDbContext db, Pending mine)
    {
        bool lead;
        lock (gate)
        {
            lead = leaders < maxLeaders;
            if (lead)
            {
                leaders++;
            }
            else
            {
                waiting.Add(mine);
            }
        }

        if (!lead && await mine.Told.Task is var told && told != Outcome.Lead)
        {
            if (told == Outcome.Stored)
            {
                db.ChangeTracker.AcceptAllChanges();
            }

            return told == Outcome.Stored;
        }

        return await LeadAsync(db, mine);
    }

    /// <summary>
    /// The entries the caller added or changed alongside, all of which a leader can save in its own context; null if the
    /// context holds other changes (deleted rows, changed owned parts, keys the database makes).
    /// </summary>
    private static List<EntityEntry>? Alongside(TthcDbContext db)
    {
        var added = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                case EntityState.Added when !entry.Properties.Any(p => p.IsTemporary):
                case EntityState.Modified when !entry.Metadata.IsOwned():
                    added.Add(entry);
                    continue;
                default:
                    return null;
            }
        }

        return added;
    }

    /// <summary>Writes one group, <paramref name="mine"/> first, on the leader's context; true if it was stored.</summary>
    private async Task<bool> LeadAsync(TthcDbContext db, Pending mine)
    {
        List<Pending> group = [mine];
        var dossiers = new HashSet<Guid> { mine.DossierId };
        TakeWaiting(group, dossiers);
        var stored = false;
        try
        {
            stored = await WriteAsync(db, group, dossiers);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Each caller stores its change alone and meets the fault itself.
        }
        finally
        {
            PassTheLead();
        }

        if (stored)
        {
            GroupSize.Record(group.Count, tag);
        }
        else
        {
            GroupFailed.Add(1, tag);
        }

        foreach (var other in group.Skip(1))
        {
            other.Told.SetResult(stored ? Outcome.Stored : Outcome.Alone);
        }

        return stored;
    }

    /// <summary>
    /// Moves the changes waiting into <paramref name="group"/>, oldest first, up to <see cref="MaxGroup"/> and at most
    /// one per dossier (a second change of a dossier waits for the next group); the changes taken.
    /// </summary>
    private List<Pending> TakeWaiting(List<Pending> group, HashSet<Guid> dossiers)
    {
        var taken = new List<Pending>();
        lock (gate)
        {
            for (var i = 0; i < waiting.Count && group.Count < MaxGroup; i++)
            {
                if (dossiers.Add(waiting[i].DossierId))
                {
                    group.Add(waiting[i]);
                    taken.Add(waiting[i]);
                    waiting.RemoveAt(i--);
                }
            }
        }

        return taken;
    }

    /// <summary>
    /// Writes <paramref name="group"/> in one transaction. The changes that come to wait while its statements run join
    /// it before the commit (their statements run in the same transaction), since the commit, not the statements, is
    /// what a change costs the database most.
    /// </summary>
    private async Task<bool> WriteAsync(TthcDbContext db, List<Pending> group, HashSet<Guid> dossiers)
    {
        // The group's statements are bound (on SQLite compiled) before the turn, so the file is held only while they
        // run; a receipt's are bound once its serial is known.
        await using var writes = DossierChangeWriter.Prepare(db, [.. group.Where(p => p.Change is not null).Select(p => p.Change!)]);
        var receipts = group.Where(p => p.Receipt is not null).ToList();
        var moved = new HashSet<object>(ReferenceEqualityComparer.Instance);
        try
        {
            using (await db.WriteTurnAsync(CancellationToken.None))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                if (receipts.Count > 0)
                {
                    await CompleteReceiptsAsync(db, transaction.GetDbTransaction(), receipts);
                    writes.Add([.. receipts.Select(p => p.Change!)]);
                }

                if (!await writes.ExecuteAsync(transaction.GetDbTransaction(), CancellationToken.None))
                {
                    return false;
                }

                while (TakeWaiting(group, dossiers) is { Count: > 0 } late)
                {
                    if (late.Where(p => p.Receipt is not null).ToList() is { Count: > 0 } lateReceipts)
                    {
                        await CompleteReceiptsAsync(db, transaction.GetDbTransaction(), lateReceipts);
                    }

                    writes.Add([.. late.Select(p => p.Change!)]);
                    if (!await writes.ExecuteAsync(transaction.GetDbTransaction(), CancellationToken.None))
                    {
                        return false;
                    }
                }

                foreach (var entry in group.Where(p => p.Owner != db).SelectMany(p => p.Alongside))
                {
                    moved.Add(entry.Entity);
                    MoveTo(db, entry);
                }

                if (db.ChangeTracker.HasChanges())
                {
                    await db.SaveChangesAsync(CancellationToken.None);
                }

                await transaction.CommitAsync(CancellationToken.None);
                return true;
            }
        }
        finally
        {
            // The other callers' rows go back to being theirs alone; the leader's stay, saved or still to save.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => moved.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Tracks another caller's row in the leader's context as it is in the caller's: added (an owned part goes with its
    /// owner), or changed, with the values it was read with (concurrency tokens included) and the same columns marked.
    /// </summary>
    private static void MoveTo(TthcDbContext db, EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            if (!entry.Metadata.IsOwned())
            {
                db.Add(entry.Entity);
            }

            return;
        }

        var copy = db.Entry(entry.Entity);
        copy.State = EntityState.Unchanged;
        foreach (var property in entry.Properties)
        {
            var target = copy.Property(property.Metadata.Name);
            target.OriginalValue = property.OriginalValue;
            target.IsModified = property.IsModified;
        }
    }

    /// <summary>
    /// Takes the daily serials of the group's receipts (one statement per receiving unit and day, in a fixed order so
    /// that two processes' groups cannot wait on each other), then has each receipt make its change with its serial.
    /// </summary>
    /// <exception cref="InvalidOperationException">A receipt's caller deleted rows alongside: the group fails, each stores alone.</exception>
    private static async Task CompleteReceiptsAsync(TthcDbContext db, System.Data.Common.DbTransaction transaction, List<Pending> receipts)
    {
        var days = receipts.GroupBy(p => (p.Receipt!.UnitCode, p.Receipt.Date))
            .OrderBy(d => d.Key.UnitCode, StringComparer.Ordinal).ThenBy(d => d.Key.Date)
            .Select(d => (d.Key.UnitCode, d.Key.Date, Count: d.Count()))
            .ToList();
        var lasts = await DossierChangeWriter.TakeSerialsAsync(db, transaction, days);
        var next = days.Zip(lasts).ToDictionary(d => (d.First.UnitCode, d.First.Date), d => d.Second - d.First.Count + 1);
        foreach (var pending in receipts)
        {
            var day = (pending.Receipt!.UnitCode, pending.Receipt.Date);
            pending.Change = pending.Receipt.Complete(next[day]++);
            pending.Alongside = Alongside(pending.Owner)
                ?? throw new InvalidOperationException($"The receipt of dossier {pending.DossierId} deleted rows alongside: it is stored alone.");
        }
    }

    /// <summary>Hands the lead to the oldest change waiting, or gives it up when none waits.</summary>
    private void PassTheLead()
    {
        Pending? next = null;
        lock (gate)
        {
            if (waiting.Count > 0)
            {
                next = waiting[0];
                waiting.RemoveAt(0);
            }
            else
            {
                leaders--;
            }
        }

        next?.Told.SetResult(Outcome.Lead);
    }

    /// <summary>The SQLite file a connection string names, or null for an in-memory database (never shared by two contexts' connections).</summary>
    private static string? SqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    private static string PostgresDatabase(string connectionString) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.TryGetValue("Database", out var name) && name is string database
            ? database
            : "";

    /// <summary>A dossier to receive in a group.</summary>
    /// <param name="Complete">
    /// Makes the receipt's change from its daily serial (the dossier code follows from it), calling the caller's
    /// alongside; it runs on the thread of the group's writer while the caller waits.
    /// </param>
    internal sealed record Receipt(Guid DossierId, string UnitCode, DateOnly Date, Func<int, DossierChangeWriter.PlannedChange> Complete);

    /// <summary>A change waiting for its group: a change of a stored dossier, or a receipt whose change is made in the group.</summary>
    private sealed class Pending(TthcDbContext owner, Guid dossierId)
    {
        /// <summary>The caller's context, where its rows added alongside are.</summary>
        public TthcDbContext Owner { get; } = owner;

        public Guid DossierId { get; } = dossierId;

        public DossierChangeWriter.PlannedChange? Change { get; set; }

        public Receipt? Receipt { get; init; }

        public List<EntityEntry> Alongside { get; set; } = [];

        public TaskCompletionSource<Outcome> Told { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
