using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>
/// The state of one dossier's workflow, folded from its events (<see cref="Apply"/>). Replaying the same events over
/// the same definition version and calendar always gives the same state.
/// </summary>
public sealed class WorkflowState
{
    private readonly Dictionary<string, ActiveStep> active = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> activations = new(StringComparer.Ordinal);
    private readonly List<StepCompleted> completed = [];
    private readonly List<ClockPause> pauses = [];
    private readonly List<DateTimeOffset> earlierDueAts = [];
    private readonly List<WorkflowEvent> history = [];
    private int[]? branchPositions;

    public WorkflowState(ProcedureDefinition definition, WorkingCalendar calendar)
    {
        Definition = definition;
        Calendar = calendar;
    }

    public ProcedureDefinition Definition { get; }

    public WorkingCalendar Calendar { get; }

    public bool Started { get; private set; }

    public Lane Lane { get; private set; }

    /// <summary>When the dossier was accepted as complete and valid.</summary>
    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>When the current statutory count started (again, after a supplement).</summary>
    public DateTimeOffset ClockStartsAt { get; private set; }

    /// <summary>The due instants of earlier counts, restarted by a supplement; the statistics keep them.</summary>
    public IReadOnlyList<DateTimeOffset> EarlierDueAts => earlierDueAts;

    /// <summary>Every wait for the applicant, the open one last.</summary>
    public IReadOnlyList<ClockPause> Pauses => pauses;

    public ClockPause? OpenPause => pauses.Count > 0 && pauses[^1].IsOpen ? pauses[^1] : null;

    /// <summary>The planned pause of the flow the dossier waits at, if any.</summary>
    public string? PlannedPause { get; private set; }

    /// <summary>How many times a supplement was asked; more than one counts the dossier late under Decision 766.</summary>
    public int SupplementRequests { get; private set; }

    public DateTimeOffset LastEventAt { get; private set; }

    /// <summary>Every event folded so far, in order.</summary>
    public IReadOnlyList<WorkflowEvent> History => history;

    public IReadOnlyCollection<ActiveStep> Active => active.Values;

    public IReadOnlyList<StepCompleted> Completed => completed;

    /// <summary>When the result was ready (Đã xử lý xong), once the flow is complete.</summary>
    public FlowCompleted? ResultReady { get; private set; }

    public WorkflowFinished? Finished { get; private set; }

    internal FlowIndex Index { get; private set; } = null!;

    /// <summary>The top-level element the dossier is at; the flow's length once every element is done.</summary>
    internal int Element { get; private set; }

    /// <summary>Whether the branch of the parallel block at <see cref="Element"/> has finished.</summary>
    internal bool BranchDone(int branch) =>
        branchPositions is { } positions && positions[branch] >= ((ParallelBlock)Index.Flow[Element]).Branches[branch].Count;

    /// <summary>Replays a history: the state it leads to.</summary>
    public static WorkflowState Replay(ProcedureDefinition definition, WorkingCalendar calendar, IEnumerable<WorkflowEvent> history)
    {
        var state = new WorkflowState(definition, calendar);
        foreach (var e in history)
        {
            state.Apply(e);
        }

        return state;
    }

    /// <summary>A state of its own with the same history, for deciding without touching this one.</summary>
    public WorkflowState Copy() => Replay(Definition, Calendar, history);

    public ActiveStep? ActiveStep(string stepId) => active.GetValueOrDefault(stepId);

    internal int NextActivation(string stepId) => activations.GetValueOrDefault(stepId) + 1;

    /// <summary>The pauses that stop the clock: every supplement wait, and the excluded phases of the procedure (convention 5).</summary>
    public IEnumerable<ClockPause> ClockStops => pauses.Where(p =>
        p.Reason == PauseReason.AwaitingSupplement || Definition.ExcludedPhases.Contains(p.Reason));

    /// <summary>The dossier's due instant, its waits excluded; <c>null</c> while the clock is stopped before it.</summary>
    public DateTimeOffset? DueAt => DueWith(ClockStops);

    /// <summary>A step's due instant, the dossier's waits since its activation excluded; <c>null</c> while the clock is stopped.</summary>
    public DateTimeOffset? DueOf(ActiveStep step) =>
        Calendar.AddWorkingTime(step.ActivatedAt, Calendar.WorkingTimeOf(step.Budget), ClockStops);

    /// <summary>
    /// When a step comes due soon: the instant at which only <paramref name="margin"/> of working time is left before its
    /// due (at activation if the budget is shorter); <c>null</c> while the clock is stopped.
    /// </summary>
    public DateTimeOffset? DueSoonOf(ActiveStep step, TimeSpan margin) =>
        DueOf(step) is { } due ? DueSoon(step.ActivatedAt, due, margin) : null;

    /// <summary>When the dossier comes due soon (see <see cref="DueSoonOf"/>); <c>null</c> while the clock is stopped.</summary>
    public DateTimeOffset? DueSoonAt(TimeSpan margin) =>
        DueAt is { } due ? DueSoon(ClockStartsAt, due, margin) : null;

    /// <summary>Active steps past their due instant at <paramref name="now"/>: who is late, consulted agencies included.</summary>
    public IReadOnlyList<ActiveStep> OverdueAt(DateTimeOffset now) =>
        [.. active.Values.Where(s => DueOf(s) is { } due && due < now).OrderBy(s => s.Ref.StepId, StringComparer.Ordinal)];

    /// <summary>Folds one event into the state.</summary>
    public void Apply(WorkflowEvent e)
    {
        history.Add(e);
        LastEventAt = e.At;
        switch (e)
        {
            case WorkflowStarted started:
                if (started.ProcedureCode != Definition.Code || started.Version != Definition.Version)
                {
                    // A dossier keeps the version it started with: replaying it over another version is refused.
                    throw new DomainRuleException(
                        "workflow.version-mismatch",
                        $"The dossier started on {started.ProcedureCode} version {started.Version}, not {Definition.Code} version {Definition.Version}.");
                }

                Started = true;
                Lane = started.Lane;
                AcceptedAt = started.At;
                ClockStartsAt = started.ClockStartsAt;
                Index = new FlowIndex(Definition.FlowOf(started.Lane));
                break;
            case StepActivated activated:
                activations[activated.Step.StepId] = activated.Step.Activation;
                var place = Index.Find(activated.Step.StepId)!.Value;
                if (place.Branch is { } branch)
                {
                    if (Element != place.Element || branchPositions is null)
                    {
                        branchPositions = new int[((ParallelBlock)Index.Flow[place.Element]).Branches.Count];
                    }

                    branchPositions[branch] = place.InBranch;
                }
                else
                {
                    branchPositions = null;
                }

                Element = place.Element;
                active[activated.Step.StepId] = new ActiveStep(
                    activated.Step, activated.Unit, activated.Role, Index.StepAt(place).Budget, activated.At, null, null, place.Branch);
                break;
            case ConsultationRequested asked:
                activations[asked.Consultation.StepId] = asked.Consultation.Activation;
                var option = Index.Step(asked.AskedBy.StepId)!.Consults.First(c => c.Unit == asked.Unit);
                active[asked.Consultation.StepId] = new ActiveStep(asked.Consultation, asked.Unit, Role.Specialist, option.Budget, asked.At, null, asked.AskedBy, null);
                break;
            case StepClaimed claimed:
                active[claimed.Step.StepId] = active[claimed.Step.StepId] with { ClaimedBy = claimed.Officer };
                break;
            case StepAssigned assigned:
                active[assigned.Step.StepId] = active[assigned.Step.StepId] with { ClaimedBy = assigned.To };
                break;
            case StepCompleted done:
                var finished = active[done.Step.StepId];
                active.Remove(done.Step.StepId);
                completed.Add(done);
                if (finished.AskedBy is null)
                {
                    var at = Index.Find(done.Step.StepId)!.Value;
                    if (at.Branch is { } b)
                    {
                        branchPositions![b] = at.InBranch + 1;
                    }
                    else
                    {
                        Element = at.Element + 1;
                    }
                }

                break;
            case StepCancelled cancelled:
                active.Remove(cancelled.Step.StepId);
                break;
            case BlockJoined joined:
                Element = Index.Find(joined.BlockId)!.Value.Element + 1;
                branchPositions = null;
                break;
            case WorkflowPaused paused:
                pauses.Add(new ClockPause(paused.At, null, paused.Reason));
                if (paused.Reason == PauseReason.AwaitingSupplement)
                {
                    SupplementRequests++;
                }

                if (paused.ElementId is { } id)
                {
                    PlannedPause = id;
                    Element = Index.Find(id)!.Value.Element;
                }

                break;
            case WorkflowResumed resumed:
                if (resumed.ClockStartsAt != ClockStartsAt)
                {
                    // The count the supplement ends, as it stood when the supplement was asked.
                    earlierDueAts.Add(DueWith(ClockStops.Where(p => !p.IsOpen)) ?? resumed.DueAt);
                    ClockStartsAt = resumed.ClockStartsAt;
                }

                pauses[^1] = pauses[^1] with { EndedAt = resumed.At };

                if (PlannedPause is not null)
                {
                    PlannedPause = null;
                    Element++;
                }

                break;
            case FlowCompleted ready:
                ResultReady = ready;
                break;
            case WorkflowFinished end:
                Finished = end;
                active.Clear();
                break;
            default:
                break;
        }
    }

    private DateTimeOffset DueSoon(DateTimeOffset start, DateTimeOffset due, TimeSpan margin)
    {
        var stops = ClockStops.ToList();
        var running = Calendar.Elapsed(start, due, stops) - margin;
        return running <= TimeSpan.Zero ? start : Calendar.AddWorkingTime(start, running, stops) ?? due;
    }

    private DateTimeOffset? DueWith(IEnumerable<ClockPause> stops)
    {
        var limit = Definition.LimitOf(Lane);
        if (limit.Unit is LimitUnit.WorkingDays or LimitUnit.WorkingHours)
        {
            return Calendar.AddWorkingTime(ClockStartsAt, Calendar.WorkingTimeOf(limit), stops);
        }

        // Calendar-day and same-day limits: the plain due, moved later by the office time the clock was stopped before it.
        var plain = Calendar.DueFrom(ClockStartsAt, limit);
        var list = stops.ToList();
        if (list.Any(p => p.IsOpen && p.StartedAt < plain))
        {
            return null;
        }

        var stopped = Calendar.Elapsed(ClockStartsAt, plain) - Calendar.Elapsed(ClockStartsAt, plain, list);
        return stopped > TimeSpan.Zero ? Calendar.AddWorkingTime(plain, stopped) : plain;
    }
}
