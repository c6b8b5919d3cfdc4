using System.CommandLine;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;

namespace TthcEngine.Cli;

/// <summary><c>tthc calendar provisional</c>: forecast a year's schedule from the Labour Code, as a calendar file.</summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "The year to forecast", Required = true };
        year.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1900 or > 2199)
            {
                result.AddError($"--year: {value} is outside 1900-2199, where the lunar calendar is computed.");
            }
        });
        var provisional = new Command(
            "provisional",
            "Write the provisional schedule of a year (Labour Code 2019 Art. 111-112, lunar dates for UTC+07:00) as a calendar file on stdout")
        {
            year,
        };
        provisional.SetAction(TthcCommand.Guarded(parsed =>
            CalendarDocument.Serialize(CalendarDirectory.National, ProvisionalSchedule.For(parsed.GetValue(year))).TrimEnd()));
        return new Command("calendar", "Calendar data files") { provisional };
    }
}
