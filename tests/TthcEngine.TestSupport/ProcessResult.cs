namespace TthcEngine.TestSupport;

/// <summary>How a bounded run ended: ExitCode is null when it was killed for taking too long.</summary>
internal sealed record ProcessResult(int? ExitCode, string Output)
{
    public bool TimedOut => ExitCode is null;

    public bool Succeeded => ExitCode == 0;
}
