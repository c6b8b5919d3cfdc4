using Xunit;

namespace TthcEngine.TestSupport;

/// <summary>
/// xunit collection fixture: one private RabbitMQ broker for every test class in the collection.
/// The test assembly declares <c>[CollectionDefinition(RabbitMqFixture.CollectionName)]</c>
/// on a class implementing <c>ICollectionFixture&lt;RabbitMqFixture&gt;</c>.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public const string CollectionName = "Private RabbitMQ";

    private RabbitMqServer? server;

    public RabbitMqServer Server => server ?? throw new InvalidOperationException("RabbitMqFixture is not initialized yet.");

    public string Host => Server.Host;

    public int Port => Server.Port;

    public string Username => Server.Username;

    public string Password => Server.Password;

    public Uri AmqpUri => Server.AmqpUri;

    public async Task InitializeAsync() => server = await RabbitMqServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
