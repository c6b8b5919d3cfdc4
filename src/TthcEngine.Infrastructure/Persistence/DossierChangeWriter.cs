using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// Stores a <see cref="DossierChange"/> of an existing dossier in the context's current transaction, as plain
/// statements: in one batch where the provider batches (PostgreSQL: one round trip), one after another on the open
/// connection otherwise (SQLite runs in the process). Their text is made once per model from EF Core's mapping, and each
/// value goes through its property's type mapping and converter, so the rows are exactly those SaveChanges would write;
/// what SaveChanges spends on change tracking, command ordering and SQL generation at every call is not spent.
/// </summary>
internal static class DossierChangeWriter
{
    private static readonly ConcurrentDictionary<IModel, Statements> ByModel = new();

    /// <summary>
    /// The statements of <paramref name="change"/> bound to their values, ready to run in a transaction. On SQLite they
    /// are compiled here, before the writer's turn, so the file is held only while they run.
    /// </summary>
    public static PreparedChange Prepare(TthcDbContext db, DossierChange change) => Prepare(db, [Plan(db, change)]);

    /// <summary>The statements of several changes (a group commit), bound on <paramref name="db"/>'s connection, in order.</summary>
    public static PreparedChange Prepare(TthcDbContext db, IReadOnlyList<PlannedChange> changes) =>
        new(db.Database.GetDbConnection(), changes);

    /// <summary>
    /// The statements of <paramref name="change"/> with their values, not yet bound to a connection: a change decided
    /// on one context may be written on another's connection (the group commit's leader).
    /// </summary>
    public static PlannedChange Plan(TthcDbContext db, DossierChange change)
    {
        var statements = For(db);
        var record = change.Record;
        List<(Statement Statement, object?[] Values)> writes = [change.IsNew ? statements.Insert(record) : statements.Update(change)];
        writes.AddRange(change.Events.Select(e => (statements.InsertEvent, new object?[] { e.DossierId, e.Sequence, e.Type, e.Payload, e.OccurredAt })));
        writes.AddRange(change.Messages.Select(m => (statements.InsertMessage, new object?[] { m.Id, m.DossierId, m.Sequence, m.Type, m.Payload, m.CreatedAt })));
        writes.AddRange(change.Closed.Select(s => (statements.DeleteOpenStep, new object?[] { s.DossierId, s.StepId })));
        writes.AddRange(change.Opened.Select(s => (statements.InsertOpenStep, OpenStepValues(s))));
        writes.AddRange(change.Rewritten.Select(r => (r.ActivatedAgain ? statements.UpdateOpenStepAnew : statements.UpdateOpenStep, OpenStepValues(r.Row))));
        return new PlannedChange(record.Id, writes, $"The open steps of dossier {record.Code} are not those its version {change.VersionRead} left.");
    }

    /// <summary>
    /// Raises the daily serials of several receiving units and days at once, in <paramref name="transaction"/>, by the
    /// number of dossiers each receives, creating the day's row where there is none; each day's last serial after
    /// the raise, in order. The rows stay locked (PostgreSQL) or the file written (SQLite) until the transaction ends,
    /// so the serials from the last minus the count plus one to the last are this transaction's. Where the provider
    /// batches (PostgreSQL) all the units' statements go in one round trip.
    /// </summary>
    public static async Task<int[]> TakeSerialsAsync(TthcDbContext db, DbTransaction transaction, IReadOnlyList<(string UnitCode, DateOnly Date, int Count)> days)
    {
        var statement = For(db).TakeSerials;
        var connection = transaction.Connection!;
        void Bind(DbParameterCollection parameters, DbCommand factory, (string UnitCode, DateOnly Date, int Count) day)
        {
            parameters.Add(statement.Parameter(factory, 0, day.UnitCode));
            parameters.Add(statement.Parameter(factory, 1, day.Date));
            parameters.Add(statement.Parameter(factory, 2, day.Count));
        }

        var lasts = new int[days.Count];
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            await using var factory = connection.CreateCommand();
            batch.Transaction = transaction;
            foreach (var day in days)
            {
                // A statement of its own for each unit: one command run again with its parameters replaced kept, on
                // Npgsql, the values it had when it was prepared automatically (the units' serials went to one row).
                var command = batch.CreateBatchCommand();
                command.CommandText = statement.Sql;
                Bind(command.Parameters, factory, day);
                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None);
            for (var i = 0; i < days.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(CancellationToken.None) || !await reader.ReadAsync(CancellationToken.None))
                {
                    throw new InvalidOperationException($"The daily serial of {days[i].UnitCode} on {days[i].Date} was not returned.");
                }

                lasts[i] = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            }

            return lasts;
        }

        for (var i = 0; i < days.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            command.Transaction = transaction;
            Bind(command.Parameters, command, days[i]);
            lasts[i] = Convert.ToInt32(await command.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture);
        }

        return lasts;
    }

    /// <summary>The dossier row's columns as read, for the change to write only those it changes.</summary>
    public static DossierRow Snapshot(TthcDbContext db, DossierRecord record) => For(db).Dossiers.Read(record);

    private static Statements For(TthcDbContext db) =>
        ByModel.GetOrAdd(db.Model, static (model, helper) => new Statements(model, helper), db.GetService<ISqlGenerationHelper>());

    private static object?[] OpenStepValues(OpenStepRecord s) =>
        [s.Activation, s.Unit, s.Role, s.ActivatedAt, s.DueAt, s.DueSoonAt, s.ClaimedBy, s.AskedBy, s.DossierId, s.StepId];

    /// <summary>A change's statements with their values, before they are bound to a connection.</summary>
    internal sealed record PlannedChange(Guid DossierId, List<(Statement Statement, object?[] Values)> Writes, string Misplaced);

    /// <summary>
    /// The statements of one change, or of several (a group commit), with their values: one batch where the provider
    /// batches, else one command each.
    /// </summary>
    internal sealed class PreparedChange : IAsyncDisposable
    {
        private readonly DbConnection connection;
        private readonly DbBatch? batch;
        private readonly DbCommand? factory;
        private readonly Dictionary<Statement, DbCommand> byStatement = new(ReferenceEqualityComparer.Instance);
        private readonly List<(DbCommand Command, DbParameter[] Parameters)> commands = [];
        private readonly List<PlannedChange> changes = [];
        private int run;
        private int commandsRun;

        public PreparedChange(DbConnection connection, IReadOnlyList<PlannedChange> changes)
        {
            this.connection = connection;
            if (connection.CanCreateBatch)
            {
                batch = connection.CreateBatch();
                factory = connection.CreateCommand();
            }

            Add(changes);
        }

        /// <summary>
        /// Adds the statements of more changes, after those already there (receipts whose serial is known only in the
        /// transaction, changes that join a group after its first statements ran); the next <see cref="ExecuteAsync"/> runs them.
        /// </summary>
        public void Add(IReadOnlyList<PlannedChange> more)
        {
            changes.AddRange(more);
            var writes = more.SelectMany(c => c.Writes);
            if (batch is not null)
            {
                foreach (var (statement, values) in writes)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = statement.Sql;
                    for (var i = 0; i < values.Length; i++)
                    {
                        command.Parameters.Add(statement.Parameter(factory!, i, values[i]));
                    }

                    batch.BatchCommands.Add(command);
                }

                return;
            }

            // One command per statement text, compiled once (SQLite) and bound again for each row: a group repeats the
            // same few statements for every change.
            foreach (var (statement, values) in writes)
            {
                if (!byStatement.TryGetValue(statement, out var command))
                {
                    command = connection.CreateCommand();
                    command.CommandText = statement.Sql;
                    byStatement.Add(statement, command);
                    if (connection is SqliteConnection)
                    {
                        command.Prepare();
                    }
                }

                var parameters = new DbParameter[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i] = statement.Parameter(command, i, values[i]);
                }

                commands.Add((command, parameters));
            }
        }

        /// <summary>
        /// Runs the statements not run yet (those added since the last call) in <paramref name="transaction"/>. False,
        /// with nothing to keep, when a dossier row no longer has the version its change was decided on (another change
        /// came first); the caller rolls back.
        /// </summary>
        /// <exception cref="DbUpdateConcurrencyException">An open step row was not where the previous change left it.</exception>
        public async Task<bool> ExecuteAsync(DbTransaction transaction, CancellationToken cancellationToken)
        {
            var pending = changes.Skip(run).ToList();
            run = changes.Count;
            int[] affected;
            if (batch is not null)
            {
                batch.Transaction = transaction;
                await batch.ExecuteNonQueryAsync(cancellationToken);
                affected = [.. batch.BatchCommands.Select(c => c.RecordsAffected)];

                // The next statements added go in a batch of their own.
                batch.BatchCommands.Clear();
            }
            else
            {
                affected = new int[commands.Count - commandsRun];
                var first = 0;
                foreach (var change in pending)
                {
                    for (var w = first; w < first + change.Writes.Count; w++)
                    {
                        var (command, parameters) = commands[commandsRun + w];
                        command.Transaction = transaction;
                        command.Parameters.Clear();
                        command.Parameters.AddRange(parameters);
                        affected[w] = await command.ExecuteNonQueryAsync(cancellationToken);
                        if (affected[first] != 1)
                        {
                            return false;
                        }
                    }

                    first += change.Writes.Count;
                }

                commandsRun = commands.Count;
            }

            var start = 0;
            foreach (var change in pending)
            {
                var mine = affected.AsSpan(start, change.Writes.Count);
                if (mine[0] != 1)
                {
                    return false;
                }

                foreach (var n in mine)
                {
                    if (n != 1)
                    {
                        throw new DbUpdateConcurrencyException(change.Misplaced);
                    }
                }

                start += change.Writes.Count;
            }

            return true;
        }

        public async ValueTask DisposeAsync()
        {
            if (batch is not null)
            {
                await batch.DisposeAsync();
                await factory!.DisposeAsync();
            }

            foreach (var command in byStatement.Values)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>One statement's text and the properties its parameters <c>@p0</c>, <c>@p1</c>… stand for, in order.</summary>
    internal sealed class Statement(string sql, IProperty[] parameters)
    {
        public string Sql { get; } = sql;

        public DbParameter Parameter(DbCommand factory, int index, object? value)
        {
            var property = parameters[index];
            return property.GetRelationalTypeMapping().CreateParameter(factory, $"@p{index}", value, property.IsNullable);
        }
    }

    /// <summary>The statements of one model (one provider), made once.</summary>
    private sealed class Statements
    {
        private static readonly string[] OpenStepColumns =
        [
            nameof(OpenStepRecord.Activation), nameof(OpenStepRecord.Unit), nameof(OpenStepRecord.Role), nameof(OpenStepRecord.ActivatedAt),
            nameof(OpenStepRecord.DueAt), nameof(OpenStepRecord.DueSoonAt), nameof(OpenStepRecord.ClaimedBy), nameof(OpenStepRecord.AskedBy),
        ];

        private static readonly string[] OpenStepKey = [nameof(OpenStepRecord.DossierId), nameof(OpenStepRecord.StepId)];

        private static readonly string[] Announcements = [nameof(OpenStepRecord.DueSoonAnnouncedAt), nameof(OpenStepRecord.OverdueAnnouncedAt)];

        private readonly IModel model;
        private readonly ISqlGenerationHelper sql;
        private readonly ConcurrentDictionary<ulong, Statement> dossierUpdates = new();
        private readonly ulong clearedAnew;
        private readonly Statement insertDossier;

        public Statements(IModel model, ISqlGenerationHelper sql)
        {
            this.model = model;
            this.sql = sql;
            Dossiers = new DossierColumns(model);
            clearedAnew = Dossiers.Bits(
                nameof(DossierRecord.DueSoonAnnouncedAt), nameof(DossierRecord.OverdueAnnouncedAt),
                nameof(DossierRecord.ApologyPreparedAt), nameof(DossierRecord.ExtendedDueAt));
            insertDossier = Insert<DossierRecord>(Map<DossierRecord>([]).Table, [Dossiers.Key, .. Dossiers.Properties], []);
            InsertEvent = Insert<DossierEventRecord>(
                [
                    nameof(DossierEventRecord.DossierId), nameof(DossierEventRecord.Sequence), nameof(DossierEventRecord.Type),
                    nameof(DossierEventRecord.Payload), nameof(DossierEventRecord.OccurredAt),
                ],
                []);
            InsertMessage = Insert<OutboxMessageRecord>(
                [
                    nameof(OutboxMessageRecord.Id), nameof(OutboxMessageRecord.DossierId), nameof(OutboxMessageRecord.Sequence),
                    nameof(OutboxMessageRecord.Type), nameof(OutboxMessageRecord.Payload), nameof(OutboxMessageRecord.CreatedAt),
                ],
                [nameof(OutboxMessageRecord.DispatchedAt), nameof(OutboxMessageRecord.LeaseId), nameof(OutboxMessageRecord.LeaseUntil)]);
            DeleteOpenStep = Delete<OpenStepRecord>(OpenStepKey);
            InsertOpenStep = Insert<OpenStepRecord>([.. OpenStepColumns, .. OpenStepKey], Announcements);
            UpdateOpenStep = Update<OpenStepRecord>(OpenStepColumns, [], OpenStepKey);
            UpdateOpenStepAnew = Update<OpenStepRecord>(OpenStepColumns, Announcements, OpenStepKey);
            var (serials, serialColumns) = Map<DailySerialRecord>([nameof(DailySerialRecord.UnitCode), nameof(DailySerialRecord.Date), nameof(DailySerialRecord.Last)]);
            var last = Column(serialColumns[2]);
            TakeSerials = new Statement(
                $"INSERT INTO {serials} ({string.Join(", ", serialColumns.Select(Column))}) VALUES (@p0, @p1, @p2) "
                + $"ON CONFLICT ({Column(serialColumns[0])}, {Column(serialColumns[1])}) DO UPDATE SET {last} = {serials}.{last} + excluded.{last} RETURNING {last}",
                serialColumns);
        }

        /// <summary>Parameters: the unit, the day, how many serials to take; returns the day's last serial after the raise.</summary>
        public Statement TakeSerials { get; }

        public DossierColumns Dossiers { get; }

        public Statement InsertEvent { get; }

        public Statement InsertMessage { get; }

        public Statement DeleteOpenStep { get; }

        /// <summary>Parameters: the open step's columns, then its key; its announcements are left empty.</summary>
        public Statement InsertOpenStep { get; }

        /// <summary>Parameters as <see cref="InsertOpenStep"/>; its announcements are kept.</summary>
        public Statement UpdateOpenStep { get; }

        /// <summary>As <see cref="UpdateOpenStep"/>, and its announcements cleared.</summary>
        public Statement UpdateOpenStepAnew { get; }

        /// <summary>The INSERT of a received dossier's row: every column.</summary>
        public (Statement, object?[]) Insert(DossierRecord record) =>
            (insertDossier, [record.Id, .. Dossiers.Properties.Select((_, c) => Dossiers.Value(c, record))]);

        /// <summary>
        /// The version-checked UPDATE of a changed dossier's row: the columns that differ from the row read (the
        /// version always does), and on a new count those it clears; one statement per set of columns, made once.
        /// </summary>
        public (Statement, object?[]) Update(DossierChange change)
        {
            var record = change.Record;
            var columns = Dossiers.Changed(change.Read!, record) | (change.AnnouncedAnew ? clearedAnew : 0);
            var statement = dossierUpdates.GetOrAdd(columns, static (set, statements) => statements.UpdateDossier(set), this);
            var values = new List<object?>();
            for (var c = 0; c < Dossiers.Properties.Length; c++)
            {
                if ((columns & (1UL << c)) != 0)
                {
                    values.Add(Dossiers.Value(c, record));
                }
            }

            values.Add(record.Id);
            values.Add(change.VersionRead);
            return (statement, [.. values]);
        }

        /// <summary>
        /// An INSERT of <paramref name="columns"/>; every other column of the table must be one of
        /// <paramref name="leftEmpty"/>, so a column added to the model cannot be left out unnoticed.
        /// </summary>
        private Statement Insert<T>(string[] columns, string[] leftEmpty)
        {
            var (table, properties) = Map<T>(columns);
            return Insert<T>(table, properties, leftEmpty);
        }

        private Statement Insert<T>(string table, IProperty[] properties, string[] leftEmpty)
        {
            var written = properties.Concat(Map<T>(leftEmpty).Properties).Select(ColumnName).ToHashSet(StringComparer.Ordinal);
            var type = model.FindEntityType(typeof(T))!;
            var missing = type.GetProperties().Concat(type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).SelectMany(n => n.TargetEntityType.GetProperties()))
                .Select(ColumnName).Where(c => !written.Contains(c)).Distinct().ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"The insert into {table} leaves out {string.Join(", ", missing)}: write them in {nameof(DossierChangeWriter)}.");
            }

            var names = string.Join(", ", properties.Select(Column));
            var values = string.Join(", ", properties.Select((_, i) => $"@p{i}"));
            return new Statement($"INSERT INTO {table} ({names}) VALUES ({values})", properties);
        }

        /// <summary>Parameters: the columns in <paramref name="set"/>, in their order, then the row's key and the version read.</summary>
        private Statement UpdateDossier(ulong set)
        {
            var (table, _) = Map<DossierRecord>([]);
            var columns = Dossiers.Properties.Where((_, c) => (set & (1UL << c)) != 0).ToList();
            var assignments = columns.Select((p, i) => $"{Column(p)} = @p{i}");
            var conditions = $"{Column(Dossiers.Key)} = @p{columns.Count} AND {Column(Dossiers.Version)} = @p{columns.Count + 1}";
            return new Statement($"UPDATE {table} SET {string.Join(", ", assignments)} WHERE {conditions}", [.. columns, Dossiers.Key, Dossiers.Version]);
        }

        private Statement Update<T>(string[] set, string[] cleared, string[] where)
        {
            var (table, properties) = Map<T>([.. set, .. where]);
            var assignments = properties.Take(set.Length).Select((p, i) => $"{Column(p)} = @p{i}")
                .Concat(Map<T>(cleared).Properties.Select(p => $"{Column(p)} = NULL"));
            var conditions = properties.Skip(set.Length).Select((p, i) => $"{Column(p)} = @p{set.Length + i}");
            return new Statement($"UPDATE {table} SET {string.Join(", ", assignments)} WHERE {string.Join(" AND ", conditions)}", properties);
        }

        private Statement Delete<T>(string[] where)
        {
            var (table, properties) = Map<T>(where);
            return new Statement($"DELETE FROM {table} WHERE {string.Join(" AND ", properties.Select((p, i) => $"{Column(p)} = @p{i}"))}", properties);
        }

        private (string Table, IProperty[] Properties) Map<T>(string[] names)
        {
            var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
            return (table, [.. names.Select(n => Find(type, n) ?? throw new InvalidOperationException($"{typeof(T).Name}.{n} is not mapped."))]);
        }

        /// <summary>A property, or one of an owned type stored in the same row (<c>Applicant.Name</c>).</summary>
        private static IProperty? Find(IEntityType type, string name) =>
            name.Split('.') is [var owner, var property]
                ? type.FindNavigation(owner)?.TargetEntityType.FindProperty(property)
                : type.FindProperty(name);

        private string Column(IProperty property) => sql.DelimitIdentifier(ColumnName(property));

        /// <summary>The column in the entity's own table (an owned type's key is the owner's key column there).</summary>
        private static string ColumnName(IProperty property) =>
            property.GetColumnName(StoreObjectIdentifier.Table(property.DeclaringType.ContainingEntityType.GetTableName()!, property.DeclaringType.ContainingEntityType.GetSchema()))
            ?? throw new InvalidOperationException($"{property.Name} has no column.");
    }
}
