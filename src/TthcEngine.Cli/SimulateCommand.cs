using System.CommandLine;
using System.Text;
using TthcEngine.Domain;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Cli;

/// <summary><c>tthc simulate</c>: the happy path of a procedure, each step completed at the end of its budget.</summary>
internal static class SimulateCommand
{
    public static Command Create(Func<ParseResult, WorkingCalendar> calendar)
    {
        var file = new Argument<string>("file") { Description = "The procedure file, e.g. workflows/procedures/1.001193.json" };
        var from = InstantOption.Create("--from", "When the complete, valid dossier is accepted (ISO-8601)");
        var greenLane = new Option<bool>("--green-lane") { Description = "Run the green-lane variant (luồng xanh)" };
        var command = new Command("simulate", "Walk a dossier through the happy path and print each step's due instant and the finish")
        {
            file, from, greenLane,
        };
        command.SetAction(TthcCommand.Guarded(parsed =>
        {
            var checkedFile = ProcedureFiles.Check(parsed.GetRequiredValue(file));
            var definition = checkedFile.Definition ?? throw new DomainRuleException(
                "procedure.invalid", string.Join(Environment.NewLine, checkedFile.Errors));
            var lane = parsed.GetValue(greenLane) ? Lane.GreenLane : Lane.Standard;
            var run = HappyPath.Simulate(definition, calendar(parsed), parsed.GetValue(from), lane);
            var text = Describe(definition, run, lane);
            if (lane == Lane.GreenLane)
            {
                var standard = HappyPath.Simulate(definition, calendar(parsed), parsed.GetValue(from), Lane.Standard);
                text.AppendLine(InvariantCulture($"standard path\t{IsoText.FormatInstant(standard.Ready.At)}\t(statutory due {IsoText.FormatInstant(standard.Ready.DueAt)})"));
            }

            return text.ToString().TrimEnd();
        }));
        return command;
    }

    private static StringBuilder Describe(ProcedureDefinition definition, HappyPath.Run run, Lane lane)
    {
        var text = new StringBuilder();
        text.AppendLine(InvariantCulture($"procedure\t{definition.Code} v{definition.Version} {definition.Name} ({(lane == Lane.GreenLane ? "green lane" : "standard")}, limit {definition.LimitOf(lane)})"));
        text.AppendLine(InvariantCulture($"accepted\t{IsoText.FormatInstant(run.Started.At)}"));
        text.AppendLine(InvariantCulture($"clock starts\t{IsoText.FormatInstant(run.Started.ClockStartsAt)}"));
        foreach (var (activated, completed) in run.Steps)
        {
            text.AppendLine(InvariantCulture($"step {completed.Step.StepId}\t{completed.Unit}\tactivated {IsoText.FormatInstant(activated.At)}\tdue {IsoText.FormatInstant(completed.DueAt)}"));
        }

        text.AppendLine(InvariantCulture($"finish\t{IsoText.FormatInstant(run.Ready.At)}\t{run.Ready.Timeliness} against due {IsoText.FormatInstant(run.Ready.DueAt)}"));
        return text;
    }

    private static string InvariantCulture(FormattableString text) => FormattableString.Invariant(text);
}
