using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
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
public sealed class DossierService(
    TthcDbContext db, ProcedureVersions procedures, WorkingCalendar calendar, TimeProvider time, DeadlineOptions? deadlines = null)
{
    private readonly TimeSpan dueSoonMargin = (deadlines ?? new DeadlineOptions()).DueSoonMargin;

    private const int Attempts = 8;

    /// <summary>Accepts a complete, valid dossier: gives it its code and PIN and starts its workflow (the clock starts).</summary>
    /// <param name="alongside">
    /// Called with the new dossier's row before it is saved: whatever it adds to the context (papers, notes, the
    /// idempotency record of the request) is stored in the same transaction.
    /// </param>
    public async Task<ReceivedDossier> ReceiveAsync(
        ReceiveDossier request, Action<DossierRecord, ReceivedDossier>? alongside = null, CancellationToken cancellationToken = default)
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
    }

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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var serial = await NextSerialAsync(request.ReceivingUnit, now, cancellationToken);
        var code = DossierCode.Create(request.ReceivingUnit, now, serial);
        var pin = LookupPin.FromRandomBytes(RandomNumberGenerator.GetBytes(LookupPin.RandomBytesNeeded));
        var record = new DossierRecord
        {
            Id = Guid.CreateVersion7(now),
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
        db.Dossiers.Add(record);
        Store(record, state, [], firstSequence: 0);
        var received = new ReceivedDossier(record.Id, record.Code, pin.Value, now, record.DueAt!.Value, record.NationalStatus);
        alongside?.Invoke(record, received);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return received;
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
    /// the state and events after the commands, before the save, and what it adds to the context is stored in the same transaction.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowEvent>> ExecuteAsync(
        Guid dossierId,
        Func<DateTimeOffset, WorkflowState, IReadOnlyList<WorkflowCommand>> commands,
        Action<DossierRecord, WorkflowState, IReadOnlyList<WorkflowEvent>>? alongside,
        CancellationToken cancellationToken = default)
    {
        var record = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new DossierNotFoundException(dossierId);
        var state = await ReplayAsync(record, cancellationToken);
        var now = time.GetUtcNow();
        var events = new List<WorkflowEvent>();
        foreach (var command in commands(now, state))
        {
            events.AddRange(WorkflowRuntime.Execute(state, command));
        }

        var open = await db.OpenSteps.Where(s => s.DossierId == dossierId).ToListAsync(cancellationToken);
        var versionRead = record.Version;
        Store(record, state, open, record.EventCount);
        alongside?.Invoke(record, state, events);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The row's version token, or the (dossier, sequence) key of the history, caught a writer that came first.
            db.ChangeTracker.Clear();
            var versionNow = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Version).SingleAsync(cancellationToken);
            if (versionNow != versionRead)
            {
                throw new ConcurrentChangeException(record.Code);
            }

            throw;
        }

        return events;
    }

    /// <summary>The workflow state of a dossier, replayed from its stored history over its pinned definition.</summary>
    public async Task<WorkflowState> LoadStateAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        var record = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new DossierNotFoundException(dossierId);
        return await ReplayAsync(record, cancellationToken);
    }

    private async Task<WorkflowState> ReplayAsync(DossierRecord record, CancellationToken cancellationToken)
    {
        var definition = await procedures.PinnedAsync(db, record.ProcedureCode, record.ProcedureVersion, cancellationToken);
        var history = await db.DossierEvents.AsNoTracking()
            .Where(e => e.DossierId == record.Id)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Type, e.Payload })
            .ToListAsync(cancellationToken);
        return WorkflowState.Replay(definition, calendar, history.Select(e => WorkflowEventJson.Read(e.Type, e.Payload)));
    }

    /// <summary>
    /// Appends the events not yet stored, with the integration message each announces in the outbox (same
    /// transaction), and rewrites the dossier row and its open steps from the state.
    /// </summary>
    private void Store(DossierRecord record, WorkflowState state, List<OpenStepRecord> open, int firstSequence)
    {
        record.Version++;
        if (record.ClockStartsAt != state.ClockStartsAt)
        {
            // A new statutory count (after a supplement) is announced afresh.
            record.DueSoonAnnouncedAt = null;
            record.OverdueAnnouncedAt = null;
            record.ApologyPreparedAt = null;

            // The one new appointment of an apology belonged to the count that ended.
            record.ExtendedDueAt = null;
        }

        var judged = state.ResultReady is not null || state.Finished is not null;
        record.OpenDueAt = judged ? null : state.DueAt;
        record.DueSoonAt = judged ? null : state.DueSoonAt(dueSoonMargin);
        record.ApologyDueAt = judged || state.DueAt is not { } due || state.OpenPause is not null
            ? null
            : ApologySchedule.PrepareAt(calendar, state.ClockStartsAt, due);
        record.NationalStatus = (int)NationalStatusMapping.Of(state, resultReturned: state.Finished is { Outcome: Outcome.Granted });
        record.ClockStartsAt = state.ClockStartsAt;
        record.DueAt = state.DueAt;
        record.ResultReadyAt = state.ResultReady?.At;
        record.FinishedAt = state.Finished?.At;
        record.Outcome = state.Finished?.Outcome.ToString();
        record.Timeliness = (state.Finished?.Timeliness ?? state.ResultReady?.Timeliness)?.ToString();

        var sequence = firstSequence;
        foreach (var e in state.History.Skip(firstSequence))
        {
            var (type, payload) = WorkflowEventJson.Write(e);
            db.DossierEvents.Add(new DossierEventRecord { DossierId = record.Id, Sequence = sequence, Type = type, Payload = payload, OccurredAt = e.At });
            if (IntegrationEvents.From(e, record.Id, record.Code, record.NationalStatus) is { } message)
            {
                db.Outbox.Add(OutboxMessages.Create(message, record.Id, sequence, state.LastEventAt));
            }

            sequence++;
        }

        record.EventCount = sequence;

        var active = state.Active.ToDictionary(a => a.Ref.StepId, StringComparer.Ordinal);
        foreach (var gone in open.Where(o => !active.ContainsKey(o.StepId)))
        {
            db.OpenSteps.Remove(gone);
        }

        foreach (var step in active.Values)
        {
            var row = open.FirstOrDefault(o => o.StepId == step.Ref.StepId);
            if (row is null)
            {
                row = new OpenStepRecord { DossierId = record.Id, StepId = step.Ref.StepId, Unit = step.Unit, Role = step.Role.ToString() };
                db.OpenSteps.Add(row);
            }

            if (row.Activation != step.Ref.Activation)
            {
                // Rework activated the step again: its deadlines are announced afresh.
                row.DueSoonAnnouncedAt = null;
                row.OverdueAnnouncedAt = null;
            }

            row.Activation = step.Ref.Activation;
            row.DueSoonAt = state.DueSoonOf(step, dueSoonMargin);
            row.Unit = step.Unit;
            row.Role = step.Role.ToString();
            row.ActivatedAt = step.ActivatedAt;
            row.DueAt = state.DueOf(step);
            row.ClaimedBy = step.ClaimedBy;
            row.AskedBy = step.AskedBy?.StepId;
        }
    }

    /// <summary>
    /// The next daily serial of a receiving unit, counted on the Vietnam civil date (convention 8). The increment is one
    /// UPDATE inside the receiving transaction, so desks receiving at the same moment queue on the row instead of
    /// colliding; only the day's first serial is an INSERT that may race (and is retried).
    /// </summary>
    private async Task<int> NextSerialAsync(string unitCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var date = WorkingCalendar.ToVietnam(now).Date;
        var raised = await db.DailySerials
            .Where(s => s.UnitCode == unitCode && s.Date == date)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Last, r => r.Last + 1), cancellationToken);
        if (raised == 0)
        {
            db.DailySerials.Add(new DailySerialRecord { UnitCode = unitCode, Date = date, Last = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        return await db.DailySerials.AsNoTracking()
            .Where(s => s.UnitCode == unitCode && s.Date == date)
            .Select(s => s.Last)
            .SingleAsync(cancellationToken);
    }
}
