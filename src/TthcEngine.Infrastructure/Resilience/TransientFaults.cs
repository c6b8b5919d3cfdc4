using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Polly;
using Polly.Retry;

namespace TthcEngine.Infrastructure.Resilience;

/// <summary>
/// The retry policies (Polly 8) of the engine's own background work, in one place: what counts as a passing fault of
/// the database or the broker, and how often and how long to try again. Work retried here must be safe to repeat:
/// the outbox dispatcher (a repeat is dropped by the consumers' inboxes) and the deadline watcher (its claims are
/// conditional). A desk's request is never retried blindly: a commit whose answer was lost could be doubled.
/// </summary>
public static class TransientFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>A lost or refused connection, a timeout, a busy SQLite file, a PostgreSQL deadlock or lock wait given up: worth trying again.</summary>
    public static bool IsTransientDatabaseFault(Exception exception) => exception switch
    {
        TimeoutException => true,

        // A deadlock's victim, a serialization failure, a lock not granted within lock_timeout: the transaction was
        // rolled back whole, so repeating it is safe for the work this policy retries.
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable } => true,
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        DbUpdateException { InnerException: { } inner } => IsTransientDatabaseFault(inner),
        InvalidOperationException { InnerException: { } inner } => IsTransientDatabaseFault(inner),
        _ => false,
    };

    /// <summary>Retries transient database faults: 5 times, from 100 ms doubling, with jitter.</summary>
    public static ResiliencePipeline Database { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransientDatabaseFault),
            MaxRetryAttempts = 5,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    /// <summary>
    /// Retries a publish that failed (the broker restarting, a channel closed): 4 times, from 250 ms doubling, with
    /// jitter, each attempt given at most 10 s: after a broker restart a publish awaiting its confirm can hang (seen in
    /// the two-worker fault test; RabbitMQ .NET client issue #1930), and one hung publish must not stop a dispatcher for
    /// good. Past that the message stays in the outbox for the next round.
    /// </summary>
    public static ResiliencePipeline Broker { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = 4,
            Delay = TimeSpan.FromMilliseconds(250),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();
}
