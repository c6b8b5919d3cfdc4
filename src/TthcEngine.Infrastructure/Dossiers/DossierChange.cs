using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// What one change of a dossier stores: the row rewritten from the state (on <see cref="Record"/>, its version raised),
/// the events not yet stored with the integration message each announces, and the open steps that close, open or are
/// rewritten.
/// </summary>
internal sealed class DossierChange
{
    private DossierChange(DossierRecord record, DossierRow? read)
    {
        Record = record;
        Read = read;
        VersionRead = record.Version;
    }

    public DossierRecord Record { get; }

    /// <summary>
    /// The row's columns as they were read (null for a dossier being received): only the columns that differ from them
    /// are written, as SaveChanges would, so a column another writer set meanwhile without raising the version (the
    /// apology sweep's claim, the watcher's announcements) is not put back to what was read.
    /// </summary>
    public DossierRow? Read { get; }

    /// <summary>The version the change was decided on: the row must still have it when the change is stored.</summary>
    public int VersionRead { get; }

    /// <summary>A dossier being received: its row is inserted, not updated.</summary>
    public bool IsNew => Read is null;

    /// <summary>
    /// A new statutory count started (after a supplement): the dossier's announcements, its prepared apology and the
    /// apology's new appointment are cleared, whatever the row holds by then.
    /// </summary>
    public bool AnnouncedAnew { get; private set; }

    public List<DossierEventRecord> Events { get; } = [];

    public List<OutboxMessageRecord> Messages { get; } = [];

    public List<OpenStepRecord> Closed { get; } = [];

    public List<OpenStepRecord> Opened { get; } = [];

    /// <summary>Steps still open, rewritten; <c>ActivatedAgain</c> when rework activated the step again (its announcements cleared).</summary>
    public List<(OpenStepRecord Row, bool ActivatedAgain)> Rewritten { get; } = [];

    /// <summary>
    /// The change from the state the dossier was at (<paramref name="wasActive"/>, its history up to
    /// <paramref name="firstSequence"/>) to <paramref name="state"/>. The open steps stored are those the previous
    /// change stored from the state it left, so the rows to close, open or rewrite follow from the two states.
    /// </summary>
    public static DossierChange Of(
        DossierRecord record, DossierRow? read, WorkflowState state, IReadOnlyCollection<ActiveStep> wasActive, int firstSequence, TimeSpan dueSoonMargin)
    {
        var change = new DossierChange(record, read);
        record.Version++;
        if (record.ClockStartsAt != state.ClockStartsAt)
        {
            // A new statutory count (after a supplement) is announced afresh.
            change.AnnouncedAnew = true;
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
            : ApologySchedule.PrepareAt(state.Calendar, state.ClockStartsAt, due);
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
            change.Events.Add(new DossierEventRecord { DossierId = record.Id, Sequence = sequence, Type = type, Payload = payload, OccurredAt = e.At });
            if (IntegrationEvents.From(e, record.Id, record.Code, record.NationalStatus, record.Agency, record.ProcedureCode) is { } message)
            {
                change.Messages.Add(OutboxMessages.Create(message, record.Id, sequence, state.LastEventAt));
            }

            sequence++;
        }

        record.EventCount = sequence;

        foreach (var gone in wasActive.Where(a => state.ActiveStep(a.Ref.StepId) is null))
        {
            change.Closed.Add(new OpenStepRecord { DossierId = record.Id, StepId = gone.Ref.StepId, Unit = gone.Unit, Role = gone.Role.ToString() });
        }

        foreach (var step in state.Active)
        {
            var row = new OpenStepRecord
            {
                DossierId = record.Id,
                StepId = step.Ref.StepId,
                Activation = step.Ref.Activation,
                Unit = step.Unit,
                Role = step.Role.ToString(),
                ActivatedAt = step.ActivatedAt,
                DueAt = state.DueOf(step),
                DueSoonAt = state.DueSoonOf(step, dueSoonMargin),
                ClaimedBy = step.ClaimedBy,
                AskedBy = step.AskedBy?.StepId,
            };
            var was = wasActive.FirstOrDefault(a => a.Ref.StepId == step.Ref.StepId);
            if (was is null)
            {
                change.Opened.Add(row);
            }
            else
            {
                // The announcement marks are the watcher's: kept, unless rework activated the step again.
                change.Rewritten.Add((row, was.Ref.Activation != step.Ref.Activation));
            }
        }

        return change;
    }
}
