using System.Diagnostics;

namespace TthcEngine.IntegrationTests.Infrastructure;

/// <summary>
/// docker-compose.yml is valid and runs the expected services, checked by Debian's docker-compose (installed by
/// infra/install-test-deps.sh), which reads the file without a Docker engine.
/// </summary>
public class DockerComposeTests
{
    private static readonly string ComposeFile = Path.Combine(RepositoryRoot(), "docker-compose.yml");

    [Fact]
    public async Task Config_ComposeFile_IsValid()
    {
        var (exitCode, output) = await DockerCompose("config", "-q");

        output.Should().BeEmpty();
        exitCode.Should().Be(0);
    }

    [Fact]
    public async Task Config_ListedServices_AreSqlServerRabbitMqAndApi()
    {
        var (exitCode, output) = await DockerCompose("config", "--services");

        exitCode.Should().Be(0, output);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Should().BeEquivalentTo("sqlserver", "rabbitmq", "api", "worker-1", "worker-2");
    }

    private static async Task<(int ExitCode, string Output)> DockerCompose(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add(ComposeFile);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The file's own defaults, whatever the machine's environment holds.
        start.Environment.Remove("MSSQL_SA_PASSWORD");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output + await error).Trim());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TthcEngine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TthcEngine.sln above {AppContext.BaseDirectory}.");
    }
}
