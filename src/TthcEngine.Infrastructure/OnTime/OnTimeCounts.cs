using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>Raises counters in the database, atomically, so consumers running in parallel never lose a count.</summary>
public static class OnTimeCounts
{
    /// <summary>
    /// Raises every counter named by <paramref name="increments"/> by the number of times it is named: one statement
    /// per counter, however many messages of a batch name it. The lines are raised in one fixed order, so that two
    /// batches raising the same lines at once wait for each other instead of deadlocking.
    /// </summary>
    public static async Task RaiseAsync(TthcDbContext db, IEnumerable<OnTimeTally.Increment> increments, CancellationToken cancellationToken)
    {
        var counters = increments.GroupBy(i => i)
            .OrderBy(c => c.Key.Scope, StringComparer.Ordinal).ThenBy(c => c.Key.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Month, StringComparer.Ordinal).ThenBy(c => c.Key.Column);
        foreach (var counter in counters)
        {
            var increment = counter.Key;
            var by = counter.Count();
            var line = db.OnTimeCounts.Where(c => c.Scope == increment.Scope && c.Key == increment.Key && c.Month == increment.Month);
            var raised = increment.Column switch
            {
                OnTimeTally.Column.Received => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Received, c => c.Received + by), cancellationToken),
                OnTimeTally.Column.Early => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Early, c => c.Early + by), cancellationToken),
                OnTimeTally.Column.OnTime => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.OnTime, c => c.OnTime + by), cancellationToken),
                _ => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Late, c => c.Late + by), cancellationToken),
            };
            if (raised == 0)
            {
                // The month's first count of the line; a consumer racing to insert it fails and its messages are retried.
                var record = new OnTimeCountRecord { Scope = increment.Scope, Key = increment.Key, Month = increment.Month };
                Add(record, increment.Column, by);
                db.OnTimeCounts.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>Adds <paramref name="by"/> to the counter of a line held in memory (the rebuild, a new line).</summary>
    public static void Add(OnTimeCountRecord record, OnTimeTally.Column column, int by = 1)
    {
        switch (column)
        {
            case OnTimeTally.Column.Received:
                record.Received += by;
                break;
            case OnTimeTally.Column.Early:
                record.Early += by;
                break;
            case OnTimeTally.Column.OnTime:
                record.OnTime += by;
                break;
            default:
                record.Late += by;
                break;
        }
    }
}
