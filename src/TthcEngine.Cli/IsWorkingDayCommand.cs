using System.CommandLine;
using System.Globalization;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary><c>tthc is-working-day</c>: whether the office works on a date.</summary>
internal static class IsWorkingDayCommand
{
    public static Command Create(Func<ParseResult, WorkingCalendar> calendar)
    {
        var date = new Argument<DateOnly>("date")
        {
            Description = "The date, written yyyy-MM-dd",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                {
                    return value;
                }

                result.AddError($"'{text}' is not a date written yyyy-MM-dd, such as 2025-04-26.");
                return default;
            },
        };
        var command = new Command("is-working-day", "Print true if the office works on the date, false otherwise") { date };
        command.SetAction(TthcCommand.Guarded(parsed =>
            calendar(parsed).IsWorkingDay(parsed.GetValue(date)) ? "true" : "false"));
        return command;
    }
}
