using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Persistence;

/// <summary>The PostgreSQL connection string the engine uses: automatic statement preparation unless the operator chose.</summary>
public class ConnectionStringTests
{
    [Fact]
    public void WithAutoPrepare_NotSet_PreparesStatementsUsedTwice()
    {
        var result = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithAutoPrepare("Host=127.0.0.1;Port=5433;Database=tthc;Username=tthc"));

        result.MaxAutoPrepare.Should().Be(64);
        result.AutoPrepareMinUsages.Should().Be(2);
        result.Host.Should().Be("127.0.0.1");
        result.Database.Should().Be("tthc");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=10")]
    public void WithAutoPrepare_SetByTheOperator_Untouched(string connectionString) =>
        DatabaseRegistration.WithAutoPrepare(connectionString).Should().Be(connectionString);
}
