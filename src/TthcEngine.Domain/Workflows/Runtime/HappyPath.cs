using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>
/// Walks a dossier through its flow with every step completed exactly at the end of its budget and no wait for the
/// applicant: what the internal process promises when everything goes to plan.
/// </summary>
public static class HappyPath
{
    /// <summary>The finished run: every step in the order completed, and when the result was ready.</summary>
    public sealed record Run(WorkflowStarted Started, IReadOnlyList<(StepActivated Activated, StepCompleted Completed)> Steps, FlowCompleted Ready);

    public static Run Simulate(ProcedureDefinition definition, WorkingCalendar calendar, DateTimeOffset acceptedAt, Lane lane)
    {
        var state = new WorkflowState(definition, calendar);
        WorkflowRuntime.Execute(state, new StartWorkflow(acceptedAt, lane));
        var activations = new Dictionary<StepRef, StepActivated>();
        var steps = new List<(StepActivated, StepCompleted)>();
        while (state.ResultReady is null)
        {
            foreach (var activated in state.History.OfType<StepActivated>())
            {
                activations[activated.Step] = activated;
            }

            if (state.OpenPause is not null)
            {
                // A planned wait for the applicant takes no time on the happy path.
                WorkflowRuntime.Execute(state, new ResumeWorkflow(state.LastEventAt));
                continue;
            }

            var next = state.Active.Select(a => (Step: a, Due: state.DueOf(a)!.Value))
                .OrderBy(a => a.Due).ThenBy(a => a.Step.Ref.StepId, StringComparer.Ordinal).First();
            var done = WorkflowRuntime.Execute(state, new CompleteStep(next.Due, next.Step.Ref.StepId, "simulation"))
                .OfType<StepCompleted>().Single();
            steps.Add((activations[done.Step], done));
        }

        return new Run(state.History.OfType<WorkflowStarted>().Single(), steps, state.ResultReady);
    }
}
