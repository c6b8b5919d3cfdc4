using Microsoft.Data.Sqlite;

namespace TthcEngine.Bench.Lookup;

/// <summary>
/// The SQLite bulk path: one prepared INSERT, 100,000 rows per transaction. Values are written as EF Core's SQLite
/// mapping stores them: Guid as upper-case text, instants as UTC ticks (SqliteTthcDbContext).
/// </summary>
internal static class SqliteBulkLoader
{
    private const int RowsPerTransaction = 100_000;

    public static long Load(string connectionString, IEnumerable<DossierRow> rows)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO dossiers ({string.Join(", ", DossierRow.Columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", DossierRow.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = DossierRow.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();

        long loaded = 0;
        var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        foreach (var row in rows)
        {
            object?[] values =
            [
                row.Id.ToString().ToUpperInvariant(), row.Code, row.PinHash, row.ProcedureCode, row.ProcedureVersion, DossierRow.Lane,
                row.ReceivingUnit, row.Channel, row.ApplicantName, row.IdNumber, row.Phone, row.Email, row.Address,
                row.NationalStatus, row.ReceivedAt.UtcTicks, row.ClockStartsAt.UtcTicks, row.DueAt.UtcTicks,
                row.OpenDueAt?.UtcTicks, row.DueSoonAt?.UtcTicks, row.DueSoonAnnouncedAt?.UtcTicks, row.OverdueAnnouncedAt?.UtcTicks,
                row.ResultReadyAt?.UtcTicks, row.FinishedAt?.UtcTicks, row.Outcome, row.Timeliness, row.EventCount, row.Version,

                // The agency is the receiving unit's in the bench; no apology, no new appointment.
                row.ReceivingUnit, row.ReceivingUnit, null, null, null,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            if (++loaded % RowsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        return loaded;
    }
}
