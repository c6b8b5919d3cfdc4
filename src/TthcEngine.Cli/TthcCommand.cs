using System.CommandLine;
using TthcEngine.Domain;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;

namespace TthcEngine.Cli;

/// <summary>The root of the <c>tthc</c> command: working-time arithmetic for offices and scripts, and a client of a running service.</summary>
public static class TthcCommand
{
    /// <summary>Exit code of input the command understood but a rule refused (a year missing from the calendar, a reversed interval).</summary>
    public const int RuleBroken = 2;

    /// <summary>Builds the command; <paramref name="calendarsFolder"/> holds the calendars named by <c>--calendar</c>.</summary>
    public static RootCommand Create(string calendarsFolder)
    {
        var calendar = new Option<string>("--calendar")
        {
            Description = "Calendar name (vn, or a province calendar), a calendar file, or a folder of calendar files",
            DefaultValueFactory = _ => CalendarDirectory.National,
            Recursive = true,
        };

        WorkingCalendar LoadCalendar(ParseResult parsed) =>
            CalendarDirectory.Resolve(parsed.GetRequiredValue(calendar), calendarsFolder);

        var root = new RootCommand("tthc: thời hạn giải quyết thủ tục hành chính theo lịch làm việc Việt Nam (deadlines on the Vietnamese working calendar)")
        {
            calendar,
        };
        root.Subcommands.Add(DueCommand.Create(LoadCalendar));
        root.Subcommands.Add(ElapsedCommand.Create(LoadCalendar));
        root.Subcommands.Add(IsWorkingDayCommand.Create(LoadCalendar));
        root.Subcommands.Add(CalendarCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create(LoadCalendar));
        root.Subcommands.Add(LoginCommand.Create());
        root.Subcommands.Add(DossierCommand.Create());
        root.Subcommands.Add(CatalogueCommand.Create());
        return root;
    }

    /// <summary>
    /// Runs <c>tthc</c>. A parse error prints only its message on stderr (no help text on stdout, which a script would
    /// read as a value) and exits 1.
    /// </summary>
    public static int Run(string[] args, string calendarsFolder, InvocationConfiguration? configuration = null)
    {
        var parsed = Create(calendarsFolder).Parse(args);
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction onError)
        {
            onError.ShowHelp = false;
        }

        return parsed.Invoke(configuration ?? new InvocationConfiguration());
    }

    /// <summary>Runs an action, turning a broken rule into a one-line message on stderr and a non-zero exit code.</summary>
    internal static Func<ParseResult, int> Guarded(Func<ParseResult, string> action) => parsed =>
    {
        try
        {
            parsed.InvocationConfiguration.Output.WriteLine(action(parsed));
            return 0;
        }
        catch (DomainRuleException e)
        {
            parsed.InvocationConfiguration.Error.WriteLine($"tthc: {e.Message}");
            return RuleBroken;
        }
    };
}
