namespace TthcEngine.TestSupport;

/// <summary>
/// A private test server could not be started. The message says why, with the exact command
/// and the last lines of the server's log, so a red test run explains itself.
/// </summary>
public sealed class ServerStartException : Exception
{
    /// <summary>The script that installs the servers' binaries, relative to the repository root.</summary>
    public const string InstallScript = "infra/install-test-deps.sh";

    public ServerStartException(string message)
        : base(message)
    {
    }

    public ServerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static ServerStartException MissingBinaries(string server, string lookedFor) =>
        new($"{server} binaries not found ({lookedFor}). Run `bash {InstallScript}` (as root) to install them.");

    internal static ServerStartException Failed(string summary, ProcessCommand command, string commandOutput, string logPath) =>
        new($"""
            {summary}
            Command: {command}
            Command output (last lines):
            {Indent(commandOutput)}
            Log {logPath} (last lines):
            {Indent(LogTail.Read(logPath))}
            """);

    private static string Indent(string text) =>
        string.IsNullOrWhiteSpace(text)
            ? "    (empty)"
            : string.Join('\n', text.Split('\n').Select(line => "    " + line));
}
