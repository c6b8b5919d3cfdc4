using CsCheck;
using TthcEngine.Domain.Tests.WorkingTime;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;

namespace TthcEngine.Domain.Tests.Workflows;

/// <summary>Laws of the runtime over random valid definitions and random command sequences.</summary>
public class WorkflowRuntimeProperties
{
    private const int Iterations = 300;

    [Fact]
    public void RandomRuns_NeverCompleteAnActivationTwice() =>
        Gen.Int.Sample(seed =>
        {
            var history = Run(seed).History;

            history.OfType<StepCompleted>().GroupBy(c => c.Step).Where(g => g.Count() > 1).Should().BeEmpty();
        }, iter: Iterations);

    [Fact]
    public void RandomRuns_CompleteOnlyWhatWasActivatedAndNotCancelled() =>
        Gen.Int.Sample(seed =>
        {
            var open = new HashSet<StepRef>();
            foreach (var e in Run(seed).History)
            {
                switch (e)
                {
                    case StepActivated a:
                        open.Add(a.Step).Should().BeTrue();
                        break;
                    case ConsultationRequested c:
                        open.Add(c.Consultation).Should().BeTrue();
                        break;
                    case StepCompleted d:
                        open.Remove(d.Step).Should().BeTrue($"{d.Step} must be active when completed (seed {seed})");
                        break;
                    case StepCancelled x:
                        open.Remove(x.Step).Should().BeTrue();
                        break;
                    default:
                        break;
                }
            }
        }, iter: Iterations);

    [Fact]
    public void RandomRuns_NeverFinishTheFlowBeforeEveryBranchJoined() =>
        Gen.Int.Sample(seed =>
        {
            var state = Run(seed);
            var blocks = state.Index.Flow.OfType<ParallelBlock>().ToDictionary(b => b.Id);
            var pending = new HashSet<string>();
            foreach (var e in state.History)
            {
                if (e is StepActivated a && blocks.Values.FirstOrDefault(b => b.Branches.Any(br => br.Any(s => s.Id == a.Step.StepId))) is { } block)
                {
                    pending.Add(block.Id);
                }

                if (e is BlockJoined joined)
                {
                    pending.Remove(joined.BlockId);
                }

                if (e is FlowCompleted)
                {
                    pending.Should().BeEmpty($"every block must join before the flow completes (seed {seed})");
                    state.Active.Where(s => s.AskedBy is null).Should().BeEmpty();
                }
            }
        }, iter: Iterations);

    [Fact]
    public void RandomRuns_ReplayEqualsLiveState() =>
        Gen.Int.Sample(seed =>
        {
            var live = Run(seed);

            var replayed = WorkflowState.Replay(live.Definition, live.Calendar, live.History);

            Snapshot(replayed).Should().BeEquivalentTo(Snapshot(live), o => o.WithStrictOrdering());
        }, iter: Iterations);

    [Fact]
    public void RandomRuns_OftenReachTheEndAndUseEveryConstruct()
    {
        // The laws above would hold vacuously if random runs stopped early: check that they go deep.
        var runs = Enumerable.Range(0, 200).Select(Run).ToList();

        runs.Count(r => r.ResultReady is not null).Should().BeGreaterThan(60);
        runs.Count(r => r.History.OfType<BlockJoined>().Any()).Should().BeGreaterThan(40);
        runs.Count(r => r.History.OfType<StepReturned>().Any()).Should().BeGreaterThan(10);
        runs.Count(r => r.History.OfType<ConsultationRequested>().Any()).Should().BeGreaterThan(10);
        runs.Count(r => r.EarlierDueAts.Count > 0).Should().BeGreaterThan(10);
    }

    /// <summary>Random commands from 9/3/2026, time moving forward; refused commands must leave the state as it was.</summary>
    private static WorkflowState Run(int seed)
    {
        var random = new Random(seed);
        var definition = RandomWorkflows.Definition(random);
        var state = new WorkflowState(definition, TestCalendars.National);
        var at = TestCalendars.Vn(2026, 3, 9, 8);
        WorkflowRuntime.Execute(state, new StartWorkflow(at, definition.GreenLane is null ? Lane.Standard : Lane.GreenLane));
        for (var i = 0; i < 40 && state.Finished is null; i++)
        {
            at = at.AddMinutes(random.Next(0, 600));
            var before = state.History.Count;
            try
            {
                WorkflowRuntime.Execute(state, RandomWorkflows.Command(random, state, at));
            }
            catch (DomainRuleException)
            {
                state.History.Should().HaveCount(before, "a refused command changes nothing");
            }
        }

        return state;
    }

    private static object Snapshot(WorkflowState state) => new
    {
        Active = state.Active.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal).ToList(),
        state.Completed,
        state.Element,
        state.DueAt,
        state.OpenPause,
        state.PlannedPause,
        state.ResultReady,
        state.Finished,
        state.ClockStartsAt,
        state.EarlierDueAts,
        state.SupplementRequests,
    };
}
