using System.CommandLine;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary><c>tthc elapsed</c>: the working time between two instants.</summary>
internal static class ElapsedCommand
{
    public static Command Create(Func<ParseResult, WorkingCalendar> calendar)
    {
        var from = InstantOption.Create("--from", "Start instant (ISO-8601)");
        var to = InstantOption.Create("--to", "End instant (ISO-8601), not before --from");
        var command = new Command("elapsed", "Print the working time elapsed between two instants, as an ISO-8601 duration of working hours (e.g. PT12H)")
        {
            from, to,
        };
        command.SetAction(TthcCommand.Guarded(parsed =>
            IsoText.FormatWorkingTime(calendar(parsed).Elapsed(parsed.GetValue(from), parsed.GetValue(to)))));
        return command;
    }
}
