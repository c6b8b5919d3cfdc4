using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.IntegrationTests.Scale;

public sealed partial class TwoWorkersTests
{
    private static readonly string[] ReceivingUnits = ["000.00.12.H56", "000.00.31.H56", "000.17.22.H56"];

    /// <summary>
    /// The mix the desks receive, dossier i taking plan i mod 7: same-day and working-day procedures, two green lanes
    /// (parallel branches, focal point), a planned pause for the financial obligation, and consultations.
    /// </summary>
    private static readonly Plan[] Plans =
    [
        new("1.001193", Lane.Standard, Consult: false),
        new("1.004873", Lane.Standard, Consult: false),
        new("2.001610", Lane.Standard, Consult: false),
        new("1.009645", Lane.GreenLane, Consult: true),
        new("1.009974", Lane.GreenLane, Consult: false),
        new("1.013831", Lane.Standard, Consult: false),
        new("1.009646", Lane.Standard, Consult: true),
    ];

    /// <summary>Every 25th dossier (from the 8th) is refused after one to three completed steps: 40 refusals.</summary>
    private static int? RefuseAfterSteps(int index) => index % 25 == 7 ? 1 + (index % 3) : null;

    private sealed record Plan(string Procedure, Lane Lane, bool Consult);

    /// <summary>
    /// The desks and officers: receives dossiers and drives each to its end, every operation with a dossier service and
    /// a database context of its own, as the API does per request. The clock is the real one, because the worker
    /// processes' deadline watchers and leases run on it too.
    /// </summary>
    private sealed class Desks(string connectionString)
    {
        private const int MaxCommandsPerDossier = 60;

        private readonly ProcedureVersions versions = new(ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures")));
        private readonly WorkingCalendar calendar =
            CalendarDirectory.Resolve(CalendarDirectory.National, Path.Combine(AppContext.BaseDirectory, "calendars"));

        private int finished;

        /// <summary>Dossiers driven to their end so far.</summary>
        public int Finished => Volatile.Read(ref finished);

        /// <summary>Dossiers 0 to count-1, taken in turn by <paramref name="parallel"/> desks.</summary>
        public async Task RunAsync(int count, int parallel)
        {
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                {
                    await DriveAsync(index);
                    Interlocked.Increment(ref finished);
                }
            })));
        }

        private async Task DriveAsync(int index)
        {
            var plan = Plans[index % Plans.Length];
            var receipt = await WithServiceAsync(s => s.ReceiveAsync(new ReceiveDossier(
                plan.Procedure, ReceivingUnits[index % ReceivingUnits.Length], new ApplicantData($"Người nộp {index}"), "online", plan.Lane)));
            // The state is loaded once, then kept in step by folding in the events each command stored.
            var state = await WithServiceAsync(s => s.LoadStateAsync(receipt.Id));
            for (var commands = 0; state.Finished is null; commands++)
            {
                if (commands == MaxCommandsPerDossier)
                {
                    throw new InvalidOperationException($"Dossier {receipt.Code} ({plan}) did not finish after {commands} commands.");
                }

                var command = Next(state, plan, index);
                foreach (var e in await WithServiceAsync(s => s.ExecuteAsync(receipt.Id, command)))
                {
                    state.Apply(e);
                }
            }
        }

        /// <summary>What an officer does next: refuse, resume a planned pause, grant, consult, or complete an active step.</summary>
        private static Func<DateTimeOffset, WorkflowCommand> Next(WorkflowState state, Plan plan, int index)
        {
            var officer = $"cb.{index % 9}";
            if (RefuseAfterSteps(index) is { } limit && state.Completed.Count >= limit)
            {
                return at => new FinishWorkflow(at, Outcome.Refused, "ld.scale", "Hồ sơ không đủ điều kiện cấp phép");
            }

            if (state.OpenPause is not null)
            {
                return at => new ResumeWorkflow(at);
            }

            if (state.ResultReady is not null)
            {
                return at => new FinishWorkflow(at, Outcome.Granted, "cb.mot-cua");
            }

            foreach (var step in state.Active.OrderBy(s => s.Ref.StepId, StringComparer.Ordinal))
            {
                if (state.Active.Any(a => a.AskedBy == step.Ref))
                {
                    continue;
                }

                var stepId = step.Ref.StepId;
                if (plan.Consult && step.AskedBy is null && ConsultOptions(state, stepId) is [var option, ..]
                    && !state.History.OfType<ConsultationRequested>().Any(q => q.AskedBy.StepId == stepId))
                {
                    return at => new ConsultAgencies(at, stepId, [option.Unit], officer);
                }

                return at => new CompleteStep(at, stepId, officer);
            }

            throw new InvalidOperationException($"Nothing to do on a dossier of {plan}: no active step, no pause, no result.");
        }

        private static IReadOnlyList<ConsultOption> ConsultOptions(WorkflowState state, string stepId) =>
            state.Definition.FlowOf(state.Lane)
                .SelectMany(e => e switch
                {
                    StepDefinition s => [s],
                    ParallelBlock b => b.Branches.SelectMany(branch => branch),
                    _ => [],
                })
                .FirstOrDefault(s => s.Id == stepId)?.Consults ?? [];

        private async Task<T> WithServiceAsync<T>(Func<DossierService, Task<T>> work)
        {
            await using var db = DatabaseRegistration.Create(DatabaseProvider.Postgres, connectionString);
            return await work(new DossierService(db, versions, calendar, TimeProvider.System));
        }
    }
}
