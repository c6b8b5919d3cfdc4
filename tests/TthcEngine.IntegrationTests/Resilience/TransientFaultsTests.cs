using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.IntegrationTests.Resilience;

public class TransientFaultsTests
{
    public static TheoryData<Exception, bool> Faults => new()
    {
        { new SqliteException("database is locked", 5), true },
        { new SqliteException("UNIQUE constraint failed", 19), false },
        { new NpgsqlException("connection reset", new IOException("reset by peer")), true },
        { new NpgsqlException("syntax error"), false },
        { new TimeoutException(), true },
        { new DbUpdateException("save failed", new SqliteException("database is locked", 5)), true },
        { new DbUpdateConcurrencyException("changed by someone else"), false },
        { new ArgumentException("bug"), false },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void IsTransientDatabaseFault_ClassifiesByCause(Exception fault, bool transient) =>
        TransientFaults.IsTransientDatabaseFault(fault).Should().Be(transient);

    [Fact]
    public async Task Database_BusyTwiceThenFree_SucceedsOnTheThirdAttempt()
    {
        var attempts = 0;

        var result = await TransientFaults.Database.ExecuteAsync(_ =>
        {
            attempts++;
            return attempts < 3 ? throw new SqliteException("database is locked", 5) : ValueTask.FromResult(42);
        });

        result.Should().Be(42);
        attempts.Should().Be(3);
    }

    [Fact]
    public async Task Database_ConstraintViolation_NotRetried()
    {
        var attempts = 0;

        var act = async () => await TransientFaults.Database.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new SqliteException("UNIQUE constraint failed", 19);
        });

        await act.Should().ThrowAsync<SqliteException>();
        attempts.Should().Be(1);
    }
}
