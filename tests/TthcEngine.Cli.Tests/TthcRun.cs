using System.CommandLine;

namespace TthcEngine.Cli.Tests;

/// <summary>The outcome of one <c>tthc</c> invocation.</summary>
internal sealed record TthcRun(int ExitCode, string Output, string Error)
{
    public static string CalendarsFolder => Path.Combine(AppContext.BaseDirectory, "calendars");

    /// <summary>Runs the command in-process with captured output, as the executable would.</summary>
    public static TthcRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = TthcCommand.Run(args, CalendarsFolder, new InvocationConfiguration { Output = output, Error = error });
        return new TthcRun(exitCode, output.ToString().TrimEnd(), error.ToString().Trim());
    }
}
