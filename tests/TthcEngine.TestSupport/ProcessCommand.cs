using System.Diagnostics;

namespace TthcEngine.TestSupport;

/// <summary>A command line with its own environment, kept whole so a failure message can show it exactly.</summary>
internal sealed class ProcessCommand
{
    public ProcessCommand(string fileName, IReadOnlyList<string> arguments)
    {
        FileName = fileName;
        Arguments = arguments;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Variables set on the child only: the test process's own environment stays untouched.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// PostgreSQL refuses to run as root, so as root the command goes through runuser;
    /// as any other user it runs directly.
    /// </summary>
    public static ProcessCommand AsUser(string user, string fileName, IReadOnlyList<string> arguments, string workingDirectory) =>
        System.Environment.IsPrivilegedProcess
            ? new ProcessCommand("runuser", ["-u", user, "--", fileName, .. arguments]) { WorkingDirectory = workingDirectory }
            : new ProcessCommand(fileName, arguments) { WorkingDirectory = workingDirectory };

    public ProcessStartInfo ToStartInfo()
    {
        var info = new ProcessStartInfo(FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>A shell line that reproduces the command by hand.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (WorkingDirectory is not null)
        {
            parts.Add($"cd {Quote(WorkingDirectory)} &&");
        }

        parts.AddRange(Environment.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={Quote(pair.Value)}"));
        parts.Add(Quote(FileName));
        parts.AddRange(Arguments.Select(Quote));
        return string.Join(' ', parts);
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@,+%".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
