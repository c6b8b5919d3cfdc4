using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Deadlines;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// Makes the runtime's decisions durable: receives dossiers (code, PIN, workflow start) and runs commands on them,
/// storing each change (history, dossier row, open steps) in one transaction. Two changes racing on one dossier:
/// one wins, the other gets <see cref="ConcurrentChangeException"/>.
/// </summary>
/// <remarks>
/// With a <see cref="DossierStateCache"/> (the hosts register one per process), a change starts from the state this
/// process stored last when the row still has that version, instead of reading and replaying the history.
/// </remarks>
public sealed class DossierService(
    TthcDbContext db,
    ProcedureVersions procedures,
    WorkingCalendar calendar,
    TimeProvider time,
    DeadlineOptions? deadlines = null,
    DossierStateCache? states = null)
{
    private readonly TimeSpan dueSoonMargin = (deadlines ?? new DeadlineOptions()).DueSoonMargin;

    private const int Attempts = 8;

    /// <summary>Accepts a complete, valid dossier: gives it its code and PIN and starts its workflow (the clock starts).</summary>
    /// <param name="alongside">
    /// Called with the new dossier's row before it is saved: whatever it adds to the context (papers, notes, the
    /// idempotency record of the request) is stored in the same transaction.
    /// </param>
    public Task<ReceivedDossier> ReceiveAsync(
        ReceiveDossier request, Action<DossierRecord, ReceivedDossier>? alongside = null, CancellationToken cancellationToken = default) =>
        OnOneConnectionAsync(
            async () =>
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await TryReceiveAsync(request, alongside, cancellationToken);
                    }
                    catch (DbUpdateException) when (attempt < Attempts)
                    {
                        // Another desk created the unit's first serial of the day, or this version's record, at the same moment.
                        db.ChangeTracker.Clear();
                    }
                }
            },
            cancellationToken);

    private async Task<ReceivedDossier> TryReceiveAsync(ReceiveDossier request, Action<DossierRecord, ReceivedDossier>? alongside, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var definition = await procedures.CurrentAsync(db, request.ProcedureCode, now, cancellationToken);
        var state = new WorkflowState(definition, calendar);
        WorkflowRuntime.Execute(state, new StartWorkflow(now, request.Lane));
        if (request.ReceivedBy is { } officer && state.Active.Count == 1 && state.Active.First() is { Role: Role.Desk } receipt)
        {
            WorkflowRuntime.Execute(state, new ClaimStep(now, receipt.Ref.StepId, officer));
            WorkflowRuntime.Execute(state, new CompleteStep(now, receipt.Ref.StepId, officer, "Tiếp nhận hồ sơ"));
        }

        var pin = LookupPin.FromRandomBytes(RandomNumberGenerator.GetBytes(LookupPin.RandomBytesNeeded));
        var id = Guid.CreateVersion7(now);
        var date = WorkingCalendar.ToVietnam(now).Date;
        DossierRecord? record = null;
        ReceivedDossier? received = null;
        DossierChange Complete(int serial)
        {
            var code = DossierCode.Create(request.ReceivingUnit, now, serial);
            record = new DossierRecord
            {
                Id = id,
                Code = code.ToString(),
                PinHash = pin.Hash(code),
                ProcedureCode = definition.Code,
                ProcedureVersion = definition.Version,
                Lane = request.Lane.ToString(),
                ReceivingUnit = request.ReceivingUnit,
                Agency = request.Agency ?? request.ReceivingUnit,
                ReceivingAgency = request.ReceivingAgency ?? request.Agency ?? request.ReceivingUnit,
                Channel = request.Channel,
                Applicant = new ApplicantRecord
                {
                    Name = request.Applicant.Name,
                    IdNumber = request.Applicant.IdNumber,
                    Phone = request.Applicant.Phone,
                    Email = request.Applicant.Email,
                    Address = request.Applicant.Address,
                },
                ReceivedAt = now,
            };
            var change = DossierChange.Of(record, null, state, [], firstSequence: 0, dueSoonMargin);
            received = new ReceivedDossier(record.Id, record.Code, pin.Value, now, record.DueAt!.Value, record.NationalStatus);
            alongside?.Invoke(record, received);
            return change;
        }

        // The procedure version's first record, when this dossier is its first, is saved with the receipt, alone.
        if (!db.ChangeTracker.HasChanges() && DossierCommitQueue.For(db) is { } queue)
        {
            var grouped = new DossierCommitQueue.Receipt(id, request.ReceivingUnit, date, serial => DossierChangeWriter.Plan(db, Complete(serial)));
            if (await queue.ReceiveAsync(db, grouped))
            {
                states?.Put(record!.Id, record.Version, state);
                return received!;
            }

            // Its group failed: what the caller added alongside is dropped, and the receipt is stored alone.
            db.ChangeTracker.Clear();
        }

        using var turn = await db.WriteTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var serial = await DailySerials.NextAsync(db, request.ReceivingUnit, date, cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            // The procedure version's first record, when this dossier is its first.
            await db.SaveChangesAsync(cancellationToken);
        }

        var change = Complete(serial);
        await using var writes = DossierChangeWriter.Prepare(db, change);
        await writes.ExecuteAsync(transaction.GetDbTransaction(), cancellationToken);
        await SaveAlongsideAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        states?.Put(record!.Id, record.Version, state);
        return received!;
    }

    /// <summary>
    /// Runs one command on a dossier, built from the instant it happens (read once from the clock), and stores its
    /// events. A refused command stores nothing and throws the runtime's reason.
    /// </summary>
    public Task<IReadOnlyList<WorkflowEvent>> ExecuteAsync(Guid dossierId, Func<DateTimeOffset, WorkflowCommand> command, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, (now, _) => [command(now)], alongside: null, cancellationToken);

    /// <summary>
    /// Runs several commands, chosen on the dossier's current state, as one change (all stored, or none if one is refused), e.g. the hand-over's
    /// completion of the last step and the end of the dossier; <paramref name="alongside"/> is called with the row and
    /// the state and events after the commands, before the save: the row's columns it changes are written with the
    /// change, and what it adds to the context is stored in the same transaction. With no command, the change is the
    /// row's alone (its version still raised).
    /// </summary>
    public Task<IReadOnlyList<WorkflowEvent>> ExecuteAsync(
        Guid dossierId,
        Func<DateTimeOffset, WorkflowState, IReadOnlyList<WorkflowCommand>> commands,
        Action<DossierRecord, WorkflowState, IReadOnlyList<WorkflowEvent>>? alongside,
        CancellationToken cancellationToken = default) =>
        OnOneConnectionAsync(() => TryExecuteAsync(dossierId, commands, alongside, cancellationToken), cancellationToken);

    /// <summary>The workflow state of a dossier, replayed from its stored history over its pinned definition.</summary>
    public Task<WorkflowState> LoadStateAsync(Guid dossierId, CancellationToken cancellationToken = default) =>
        OnOneConnectionAsync(
            async () => await TryLoadStateAsync(
                await DossierQueries.RowAsync(db, dossierId, cancellationToken) ?? throw new DossierNotFoundException(dossierId), cancellationToken),
            cancellationToken);

    /// <summary>
    /// The workflow state of a dossier whose row the caller has just read, as of that row: its history up to the row's
    /// event count, so that the row and the state agree even if another change was stored since the read. The row is
    /// not read again.
    /// </summary>
    public Task<WorkflowState> LoadStateAsync(DossierRecord row, CancellationToken cancellationToken = default) =>
        OnOneConnectionAsync(() => TryLoadStateAsync(row, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs the reads and the write of one call on one open connection: EF Core's SQLite provider registers its SQL
    /// functions on the connection at every open, and a pooled PostgreSQL connection is reset at every return.
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<WorkflowEvent>> TryExecuteAsync(
        Guid dossierId,
        Func<DateTimeOffset, WorkflowState, IReadOnlyList<WorkflowCommand>> commands,
        Action<DossierRecord, WorkflowState, IReadOnlyList<WorkflowEvent>>? alongside,
        CancellationToken cancellationToken)
    {
        var record = await DossierQueries.RowAsync(db, dossierId, cancellationToken)
            ?? throw new DossierNotFoundException(dossierId);
        var read = DossierChangeWriter.Snapshot(db, record);
        var state = Cached(states?.Take(dossierId, record.Version, record.EventCount), record) ?? await ReplayAsync(record, cancellationToken);
        var wasActive = state.Active.ToList();
        var versionRead = record.Version;
        var now = time.GetUtcNow();
        var events = new List<WorkflowEvent>();
        try
        {
            foreach (var command in commands(now, state))
            {
                events.AddRange(WorkflowRuntime.Execute(state, command));
            }
        }
        catch when (state.History.Count == record.EventCount)
        {
            // Refused before any command was applied: the state is as it was read, still good for the next command.
            states?.Put(dossierId, versionRead, state);
            throw;
        }

        var change = DossierChange.Of(record, read, state, wasActive, record.EventCount, dueSoonMargin);
        alongside?.Invoke(record, state, events);
        if (DossierCommitQueue.For(db) is { } queue && await queue.StoreAsync(db, DossierChangeWriter.Plan(db, change)))
        {
            states?.Put(dossierId, record.Version, state);
            return events;
        }

        // Stored alone: where changes are not grouped, or when the change's group failed (this change may be the one at fault).
        bool stored;
        try
        {
            await using var writes = DossierChangeWriter.Prepare(db, change);
            using (await db.WriteTurnAsync(cancellationToken))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                stored = await writes.ExecuteAsync(transaction.GetDbTransaction(), cancellationToken);
                if (stored)
                {
                    await SaveAlongsideAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            // The (dossier, sequence) key of the history may catch a writer that came first before the version does.
            // Otherwise (e.g. an idempotency key added alongside that is already stored) the failure is the caller's.
            stored = false;
            db.ChangeTracker.Clear();
            if (await VersionAsync(dossierId, cancellationToken) == versionRead)
            {
                throw;
            }
        }

        if (!stored)
        {
            // The row's version token: another change of the dossier was stored after this one read it. What the
            // caller added alongside is dropped with it.
            db.ChangeTracker.Clear();
            throw new ConcurrentChangeException(record.Code);
        }

        states?.Put(dossierId, record.Version, state);
        return events;
    }

    /// <summary>Saves what the caller's <c>alongside</c> added to the context, in the change's transaction.</summary>
    private async Task SaveAlongsideAsync(CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<int> VersionAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Version).SingleAsync(cancellationToken);

    private async Task<WorkflowState> TryLoadStateAsync(DossierRecord record, CancellationToken cancellationToken)
    {
        if (Cached(states?.Copy(record.Id, record.Version, record.EventCount), record) is { } known)
        {
            return known;
        }

        var state = await ReplayAsync(record, cancellationToken);
        states?.Put(record.Id, record.Version, state.Copy());
        return state;
    }

    /// <summary>A cached state, if it was made over this service's calendar and the dossier's pinned version.</summary>
    private WorkflowState? Cached(WorkflowState? state, DossierRecord record) =>
        state is not null && state.Calendar == calendar && state.Definition.Code == record.ProcedureCode && state.Definition.Version == record.ProcedureVersion
            ? state
            : null;

    /// <summary>The state as of <paramref name="record"/>: its history up to the row's event count, the events stored with the row's version.</summary>
    private async Task<WorkflowState> ReplayAsync(DossierRecord record, CancellationToken cancellationToken)
    {
        var definition = await procedures.PinnedAsync(db, record.ProcedureCode, record.ProcedureVersion, cancellationToken);
        var state = new WorkflowState(definition, calendar);
        await foreach (var e in DossierQueries.History(db, record.Id, record.EventCount).WithCancellation(cancellationToken))
        {
            state.Apply(WorkflowEventJson.Read(e.Type, e.Payload));
        }

        return state;
    }
}
