using Npgsql;
using NpgsqlTypes;

namespace TthcEngine.Bench.Lookup;

/// <summary>The PostgreSQL bulk path: one binary COPY of every row (Npgsql's binary importer).</summary>
internal static class PostgresBulkLoader
{
    public static async Task<long> LoadAsync(string connectionString, IEnumerable<DossierRow> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = string.Join(", ", DossierRow.Columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY dossiers ({columns}) FROM STDIN (FORMAT BINARY)");
        long loaded = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(row.Code, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.PinHash, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.ProcedureCode, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.ProcedureVersion, NpgsqlDbType.Integer);
            await writer.WriteAsync(DossierRow.Lane, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.ReceivingUnit, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.Channel, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.ApplicantName, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.IdNumber, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.Phone, NpgsqlDbType.Varchar);
            await WriteOrNullAsync(writer, row.Email, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.Address, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.NationalStatus, NpgsqlDbType.Integer);
            await writer.WriteAsync(row.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(row.ClockStartsAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(row.DueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.OpenDueAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.DueSoonAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.DueSoonAnnouncedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.OverdueAnnouncedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.ResultReadyAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.FinishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(writer, row.Outcome, NpgsqlDbType.Varchar);
            await WriteOrNullAsync(writer, row.Timeliness, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.EventCount, NpgsqlDbType.Integer);
            await writer.WriteAsync(row.Version, NpgsqlDbType.Integer);

            // The agency is the receiving unit's in the bench; no apology, no new appointment.
            await writer.WriteAsync(row.ReceivingUnit, NpgsqlDbType.Varchar);
            await writer.WriteAsync(row.ReceivingUnit, NpgsqlDbType.Varchar);
            await writer.WriteNullAsync();
            await writer.WriteNullAsync();
            await writer.WriteNullAsync();
            loaded++;
        }

        await writer.CompleteAsync();
        return loaded;
    }

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, DateTimeOffset? value, NpgsqlDbType type) =>
        value is { } instant ? writer.WriteAsync(instant, type) : writer.WriteNullAsync();
}
