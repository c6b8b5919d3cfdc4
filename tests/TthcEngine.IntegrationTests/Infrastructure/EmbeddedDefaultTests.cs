using Microsoft.Extensions.Configuration;
using TthcEngine.Infrastructure.Hosting;

namespace TthcEngine.IntegrationTests.Infrastructure;

/// <summary>Only the embedded default run (SQLite, no connection string) counts as the demo run that seeds accounts.</summary>
public class EmbeddedDefaultTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void NothingConfigured_IsTheEmbeddedDefault() => EngineHosting.IsEmbeddedDefault(Config()).Should().BeTrue();

    [Fact]
    public void SqliteFileConfigured_IsNot() =>
        EngineHosting.IsEmbeddedDefault(Config(("Database:ConnectionString", "Data Source=/srv/tthc.db"))).Should().BeFalse();

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void ServerProvider_IsNot(string provider) =>
        EngineHosting.IsEmbeddedDefault(Config(("Database:Provider", provider), ("Database:ConnectionString", "Host=db"))).Should().BeFalse();
}
