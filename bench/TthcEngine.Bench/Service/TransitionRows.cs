using System.Diagnostics;
using Npgsql;
using TthcEngine.Bench.Databases;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Service;

/// <summary>
/// The rows of a step transition written raw on PostgreSQL, with no engine: what the database itself charges for the
/// rows the service stores, next to the floor's single-row commit. Each transition of a dossier is what the service
/// writes when a step of a sequential flow is completed and the next one activated: the version-checked
/// <c>UPDATE</c> of the dossier's row (columns outside every index, as most of the service's updates), two history
/// rows, two outbox messages, the closed step's <c>DELETE</c> and the next one's <c>INSERT</c>. A group is several
/// transitions of different dossiers in one transaction, as the service's group commit writes them: one batch, then
/// the <c>COMMIT</c>. Nothing is read first (the service reads the dossier's row before deciding). Leaving
/// <see cref="Parts"/> out shows what each costs. A group's rows go one statement each, as the service writes them, or
/// <c>perTable</c>: each dossier's version-checked <c>UPDATE</c> on its own and one statement for all the group's rows
/// of each other table, its columns' values in arrays that <c>unnest</c> turns back into rows.
/// </summary>
internal static class TransitionRows
{
    /// <summary>The rows of a transition besides the dossier's row and its two history rows, which are always written.</summary>
    [Flags]
    public enum Parts
    {
        None = 0,

        /// <summary>The two outbox messages.</summary>
        Outbox = 1,

        /// <summary>The closed step's <c>DELETE</c> and the next one's <c>INSERT</c>.</summary>
        OpenSteps = 2,

        All = Outbox | OpenSteps,
    }

    private const string EventPayload =
        """{"step":{"stepId":"tham-dinh","activation":1},"officer":"cb.bench.1","opinion":"Đủ điều kiện","at":"2026-11-24T12:46:40.4062206+00:00","next":{"stepId":"phe-duyet","activation":1},"unit":"lanh-dao-xa"}""";

    private const string MessagePayload =
        """{"DossierId":"01a20d98-1516-7054-862c-5bfb039ef64b","OccurredAt":"2026-11-24T12:46:40.4062206+00:00","DossierCode":"000.00.12.H56-261124-0001","NationalStatus":2,"StepId":"tham-dinh","Activation":1,"Unit":"mot-cua-xa","Role":"Specialist","DueAt":"2026-11-25T08:30:00+07:00"}""";

    /// <summary>Transitions a second and the machine's busy cores, with <paramref name="connections"/> each committing groups of <paramref name="group"/>.</summary>
    public static async Task<CommitFloor.Floor> MeasureAsync(BenchDatabase database, int connections, int group, Parts parts, bool perTable, TimeSpan duration)
    {
        var connectionString = DatabaseRegistration.WithAutoPrepare(database.ConnectionString);
        var dossiers = await CreateDossiersAsync(connectionString, connections * group);
        return await CommitFloor.TogetherAsync(
            connections, (c, ready, start) => Task.Run(() => LoopAsync(connectionString, dossiers.Skip(c * group).Take(group).ToArray(), parts, perTable, ready, start, duration)));
    }

    /// <summary>Copies of a stored dossier's row under new keys, each with an open step: the dossiers the loops change.</summary>
    private static async Task<Guid[]> CreateDossiersAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var columns = new NpgsqlCommand(
            """SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'dossiers' AND column_name NOT IN ('Id', 'Code', 'Version', 'EventCount')""",
            connection);
        var others = (string)(await columns.ExecuteScalarAsync())!;
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var insert = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(
                    $"""
                    INSERT INTO dossiers ("Id", "Code", "Version", "EventCount", {others})
                    SELECT id, 'ROWS-' || id, 0, 1000000, {others} FROM (SELECT * FROM dossiers LIMIT 1) s, unnest($1::uuid[]) id
                    """) { Parameters = { new NpgsqlParameter { Value = ids } } },
                new NpgsqlBatchCommand(
                    """
                    INSERT INTO open_steps ("DossierId", "StepId", "Activation", "Unit", "Role", "ActivatedAt")
                    SELECT id, 's', 1, 'mot-cua-xa', 'Specialist', now() FROM unnest($1::uuid[]) id
                    """) { Parameters = { new NpgsqlParameter { Value = ids } } },
            },
        };
        await insert.ExecuteNonQueryAsync();
        return ids;
    }

    private static async Task<long> LoopAsync(string connectionString, Guid[] dossiers, Parts parts, bool perTable, TaskCompletionSource ready, Task start, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var versions = new int[dossiers.Length];
        var sequences = Enumerable.Repeat(1_000_000, dossiers.Length).ToArray();
        ready.SetResult();
        await start;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long transitions = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction);
            var now = TimeProvider.System.GetUtcNow();
            if (perTable)
            {
                AddPerTable(batch, dossiers, versions, sequences, parts, now);
            }

            for (var d = 0; d < dossiers.Length && !perTable; d++)
            {
                var id = dossiers[d];
                Add(batch, """UPDATE dossiers SET "EventCount" = $1, "Version" = $2 WHERE "Id" = $3 AND "Version" = $4""", sequences[d] + 2, versions[d] + 1, id, versions[d]);
                for (var e = 0; e < 2; e++)
                {
                    Add(batch, """INSERT INTO dossier_events ("DossierId", "Sequence", "Type", "Payload", "OccurredAt") VALUES ($1, $2, $3, $4, $5)""", id, sequences[d] + e, "StepCompleted", EventPayload, now);
                    if (parts.HasFlag(Parts.Outbox))
                    {
                        Add(batch, """INSERT INTO outbox_messages ("Id", "DossierId", "Sequence", "Type", "Payload", "CreatedAt") VALUES ($1, $2, $3, $4, $5, $6)""", Guid.CreateVersion7(now), id, sequences[d] + e, "TthcEngine.Contracts.StepCompleted", MessagePayload, now);
                    }
                }

                if (parts.HasFlag(Parts.OpenSteps))
                {
                    Add(batch, """DELETE FROM open_steps WHERE "DossierId" = $1 AND "StepId" = $2""", id, "s");
                    Add(batch, """INSERT INTO open_steps ("DossierId", "StepId", "Activation", "Unit", "Role", "ActivatedAt", "DueAt", "DueSoonAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""", id, "s", 1, "mot-cua-xa", "Specialist", now, now.AddDays(1), now.AddHours(20));
                }

                versions[d]++;
                sequences[d] += 2;
            }

            if (perTable)
            {
                for (var d = 0; d < dossiers.Length; d++)
                {
                    versions[d]++;
                    sequences[d] += 2;
                }
            }

            var written = await batch.ExecuteNonQueryAsync();
            if (written != dossiers.Length * RowsPerTransition(parts))
            {
                throw new InvalidOperationException($"A group of {dossiers.Length} transitions wrote {written} rows, not {dossiers.Length * RowsPerTransition(parts)}: a version did not match.");
            }

            await transaction.CommitAsync();
            transitions += dossiers.Length;
        }

        return transitions;
    }

    /// <summary>
    /// A group's rows with one statement per table besides the dossiers' rows: the history, the outbox, the closed steps'
    /// <c>DELETE</c> and the next steps' <c>INSERT</c>, each over arrays of the group's values.
    /// </summary>
    private static void AddPerTable(NpgsqlBatch batch, Guid[] dossiers, int[] versions, int[] sequences, Parts parts, DateTimeOffset now)
    {
        var n = dossiers.Length;
        for (var d = 0; d < n; d++)
        {
            Add(batch, """UPDATE dossiers SET "EventCount" = $1, "Version" = $2 WHERE "Id" = $3 AND "Version" = $4""", sequences[d] + 2, versions[d] + 1, dossiers[d], versions[d]);
        }

        T[] Each<T>(T value, int count) => Enumerable.Repeat(value, count).ToArray();
        var twice = dossiers.SelectMany(d => new[] { d, d }).ToArray();
        var sequence = sequences.SelectMany(s => new[] { s, s + 1 }).ToArray();
        Add(
            batch,
            """INSERT INTO dossier_events ("DossierId", "Sequence", "Type", "Payload", "OccurredAt") SELECT * FROM unnest($1, $2, $3, $4, $5)""",
            twice, sequence, Each("StepCompleted", 2 * n), Each(EventPayload, 2 * n), Each(now, 2 * n));
        if (parts.HasFlag(Parts.Outbox))
        {
            Add(
                batch,
                """INSERT INTO outbox_messages ("Id", "DossierId", "Sequence", "Type", "Payload", "CreatedAt") SELECT * FROM unnest($1, $2, $3, $4, $5, $6)""",
                twice.Select(_ => Guid.CreateVersion7(now)).ToArray(), twice, sequence, Each("TthcEngine.Contracts.StepCompleted", 2 * n), Each(MessagePayload, 2 * n), Each(now, 2 * n));
        }

        if (parts.HasFlag(Parts.OpenSteps))
        {
            Add(batch, """DELETE FROM open_steps AS o USING unnest($1, $2) AS u(id, step) WHERE o."DossierId" = u.id AND o."StepId" = u.step""", dossiers, Each("s", n));
            Add(
                batch,
                """INSERT INTO open_steps ("DossierId", "StepId", "Activation", "Unit", "Role", "ActivatedAt", "DueAt", "DueSoonAt") SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8)""",
                dossiers, Each("s", n), Each(1, n), Each("mot-cua-xa", n), Each("Specialist", n), Each(now, n), Each(now.AddDays(1), n), Each(now.AddHours(20), n));
        }
    }

    /// <summary>The rows one transition's statements touch: the dossier's, two history rows, the outbox's two, the open steps' two.</summary>
    private static int RowsPerTransition(Parts parts) => 3 + (parts.HasFlag(Parts.Outbox) ? 2 : 0) + (parts.HasFlag(Parts.OpenSteps) ? 2 : 0);

    /// <summary>The parts named by the bench's <c>--raw-rows</c> option; null for <c>skip</c>.</summary>
    public static Parts? Parse(string name) => name switch
    {
        "all" => Parts.All,
        "without-outbox" => Parts.OpenSteps,
        "without-steps" => Parts.Outbox,
        "dossier-and-history" => Parts.None,
        "skip" => null,
        _ => throw new ArgumentException($"--raw-rows: all, without-outbox, without-steps, dossier-and-history or skip, not '{name}'."),
    };

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }
}
