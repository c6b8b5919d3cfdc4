using System.Net;
using System.Net.Http.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>Demo accounts exist only in the embedded default run: a configured database gets none.</summary>
public class DemoAccountsTests(TthcApiFactory api) : IClassFixture<TthcApiFactory>
{
    [Fact]
    public async Task ConfiguredDatabase_WithoutDemoSeed_HasNoDemoAccounts()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = OfficeApiFactory.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
