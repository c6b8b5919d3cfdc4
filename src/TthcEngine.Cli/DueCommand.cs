using System.CommandLine;
using System.Globalization;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary><c>tthc due</c>: the due instant (ngày hẹn trả) of a limit counted from an acceptance instant.</summary>
internal static class DueCommand
{
    public static Command Create(Func<ParseResult, WorkingCalendar> calendar)
    {
        var from = InstantOption.Create("--from", "When the complete, valid dossier was accepted (ISO-8601)");
        var workingDays = Count("--working-days", "A limit in working days (ngày làm việc)");
        var workingHours = Count("--working-hours", "A limit in working hours (giờ làm việc)");
        var calendarDays = Count("--calendar-days", "A limit in calendar days, Civil Code 2015 Art. 147-148");
        var sameDay = new Option<bool>("--same-day") { Description = "A same-day procedure (giải quyết trong ngày)" };
        var cutOff = new Option<TimeOnly?>("--cut-off")
        {
            Description = "Apply the cut-off time (e.g. 15:00): accepted later counts from the next working day",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    return time;
                }

                result.AddError($"--cut-off: '{text}' is not a time written HH:mm, such as 15:00.");
                return null;
            },
        };

        var command = new Command("due", "Print the due instant of a time limit counted from acceptance")
        {
            from, workingDays, workingHours, calendarDays, sameDay, cutOff,
        };
        command.Validators.Add(result =>
        {
            var given = new Option[] { workingDays, workingHours, calendarDays, sameDay }.Count(o => result.GetResult(o) is not null);
            if (given != 1)
            {
                result.AddError("Give exactly one limit: --working-days, --working-hours, --calendar-days or --same-day.");
            }
        });
        command.SetAction(TthcCommand.Guarded(parsed =>
        {
            var limit = parsed.GetResult(workingDays) is not null ? TimeLimit.OfWorkingDays(parsed.GetValue(workingDays))
                : parsed.GetResult(workingHours) is not null ? TimeLimit.OfWorkingHours(parsed.GetValue(workingHours))
                : parsed.GetResult(calendarDays) is not null ? TimeLimit.OfCalendarDays(parsed.GetValue(calendarDays))
                : TimeLimit.SameDay;
            var due = calendar(parsed).Due(parsed.GetValue(from), limit, parsed.GetValue(cutOff));
            return IsoText.FormatInstant(due);
        }));
        return command;
    }

    private static Option<int> Count(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }

            result.AddError($"{name}: '{text}' is not a whole number of zero or more.");
            return 0;
        },
    };
}
