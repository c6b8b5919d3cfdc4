namespace TthcEngine.National.Tests;

/// <summary>The gateway's credentials reach the gateway and nowhere else.</summary>
public sealed class PortalCredentialsTests
{
    private const string Secret = "s3cret-Portal-Client-Key";

    [Fact]
    public async Task Sync_WithGatewayCredentials_GetsATokenAndNeverLogsTheSecret()
    {
        var logs = new CapturedLogs();
        await using var fake = await FakeNationalServer.StartAsync("--Fake:ClientId=tthc", $"--Fake:ClientSecret={Secret}");
        await using var engine = await PortalHarness.StartAsync(fake.BaseUrl, o => { o.ClientId = "tthc"; o.ClientSecret = Secret; }, logs);

        var dossier = await engine.ReceiveAsync();
        await engine.SyncedAsync(TimeSpan.FromSeconds(30));

        PortalSyncTests.Statuses((await fake.DossierAsync(dossier.Code))!).Should().Equal("2");
        logs.Lines.Should().NotBeEmpty().And.NotContain(line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_WithWrongCredentials_WaitsAndSaysWhy()
    {
        await using var fake = await FakeNationalServer.StartAsync("--Fake:ClientId=tthc", $"--Fake:ClientSecret={Secret}");
        await using var engine = await PortalHarness.StartAsync(fake.BaseUrl, o => { o.ClientId = "tthc"; o.ClientSecret = "wrong"; });

        var dossier = await engine.ReceiveAsync();
        var act = () => engine.SyncedAsync(TimeSpan.FromSeconds(3));

        (await act.Should().ThrowAsync<TimeoutException>()).Which.Message.Should().Contain("could not be reached").And.NotContain("wrong");
        (await fake.DossierAsync(dossier.Code)).Should().BeNull();
    }
}
