using System.Diagnostics;

namespace TthcEngine.Cli.Tests;

/// <summary>The built <c>tthc</c> program itself: stdout, stderr and exit code as a script sees them.</summary>
public class TthcExecutableTests
{
    [Fact]
    public async Task Executable_Due_PrintsOneLineAndExitsZero()
    {
        var (exitCode, output, _) = await Run("due", "--from", "2026-02-12T09:00:00+07:00", "--working-days", "5");

        exitCode.Should().Be(0);
        output.Should().Be("2026-02-26T09:00:00+07:00\n");
    }

    [Fact]
    public async Task Executable_BadDate_ExitsNonZeroWithMessageOnStderr()
    {
        var (exitCode, output, error) = await Run("is-working-day", "2025-13-40");

        exitCode.Should().NotBe(0);
        output.Should().BeEmpty();
        error.Should().Contain("2025-13-40");
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tthc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
