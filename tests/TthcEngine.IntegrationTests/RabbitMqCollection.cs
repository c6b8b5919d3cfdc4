using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests;

/// <summary>Test classes in this collection share one private RabbitMQ broker (xunit wants this in the test assembly).</summary>
[CollectionDefinition(RabbitMqFixture.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqFixture>;
