using System.Diagnostics;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Infrastructure;

/// <summary>A server that cannot start must fail fast with a message that says what to do, never hang.</summary>
public sealed class ServerStartFailureTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task PostgresServer_MissingBinDirectory_ThrowsQuicklyWithInstallHint()
    {
        var options = new PostgresServerOptions { ExternalConnectionString = null, BinDirectory = "/nonexistent/postgresql/bin" };
        var timer = Stopwatch.StartNew();

        var start = () => PostgresServer.StartAsync(options);

        (await start.Should().ThrowAsync<ServerStartException>())
            .Which.Message.Should().Contain("infra/install-test-deps.sh").And.Contain("/nonexistent/postgresql/bin");
        timer.Elapsed.Should().BeLessThan(Quickly);
    }

    [Fact]
    public async Task RabbitMqServer_MissingSbinDirectory_ThrowsQuicklyWithInstallHint()
    {
        var options = new RabbitMqServerOptions { ExternalAmqpUri = null, SbinDirectory = "/nonexistent/rabbitmq/sbin" };
        var timer = Stopwatch.StartNew();

        var start = () => RabbitMqServer.StartAsync(options);

        (await start.Should().ThrowAsync<ServerStartException>())
            .Which.Message.Should().Contain("infra/install-test-deps.sh").And.Contain("/nonexistent/rabbitmq/sbin");
        timer.Elapsed.Should().BeLessThan(Quickly);
    }

    [Fact]
    public async Task PostgresServer_InitdbHangs_ThrowsAtStartupTimeoutWithCommand()
    {
        using var fakeBin = new HangingPostgresBin();
        var options = new PostgresServerOptions
        {
            ExternalConnectionString = null,
            BinDirectory = fakeBin.Path,
            StartupTimeout = TimeSpan.FromSeconds(2),
        };
        var timer = Stopwatch.StartNew();

        var start = () => PostgresServer.StartAsync(options);

        (await start.Should().ThrowAsync<ServerStartException>())
            .Which.Message.Should().Contain("did not start within 2 s").And.Contain(fakeBin.Path + "/initdb");
        timer.Elapsed.Should().BeLessThan(Quickly + TimeSpan.FromSeconds(2));
    }
}
