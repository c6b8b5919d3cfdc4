using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests;

/// <summary>Test classes in this collection share one private PostgreSQL (xunit wants this in the test assembly).</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
