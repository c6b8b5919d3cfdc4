using System.Text.Json;

namespace TthcEngine.IntegrationTests.Infrastructure;

/// <summary>
/// The hosts' runtime settings as built (Directory.Build.targets): the API and the worker run with thread-pool
/// workers that sleep instead of spinning for work, so the database on the same small machine gets the cores.
/// </summary>
public class HostRuntimeConfigTests
{
    [Theory]
    [InlineData("TthcEngine.Api")]
    [InlineData("TthcEngine.Worker")]
    public void RuntimeConfig_Host_ThreadPoolDoesNotSpin(string host)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{host}.runtimeconfig.json")));

        config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties")
            .GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32().Should().Be(0);
    }
}
