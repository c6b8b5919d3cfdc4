using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.OnTime;

/// <summary>Raises counters in the database, atomically, so consumers running in parallel never lose a count.</summary>
public static class OnTimeCounts
{
    public static async Task RaiseAsync(TthcDbContext db, IEnumerable<OnTimeTally.Increment> increments, CancellationToken cancellationToken)
    {
        foreach (var increment in increments)
        {
            var line = db.OnTimeCounts.Where(c => c.Scope == increment.Scope && c.Key == increment.Key && c.Month == increment.Month);
            var raised = increment.Column switch
            {
                OnTimeTally.Column.Received => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Received, c => c.Received + 1), cancellationToken),
                OnTimeTally.Column.Early => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Early, c => c.Early + 1), cancellationToken),
                OnTimeTally.Column.OnTime => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.OnTime, c => c.OnTime + 1), cancellationToken),
                _ => await line.ExecuteUpdateAsync(s => s.SetProperty(c => c.Late, c => c.Late + 1), cancellationToken),
            };
            if (raised == 0)
            {
                // The month's first count of the line; a consumer racing to insert it fails and its message is retried.
                var record = new OnTimeCountRecord { Scope = increment.Scope, Key = increment.Key, Month = increment.Month };
                Add(record, increment.Column);
                db.OnTimeCounts.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>Adds one to the counter of a line held in memory (the rebuild).</summary>
    public static void Add(OnTimeCountRecord record, OnTimeTally.Column column)
    {
        switch (column)
        {
            case OnTimeTally.Column.Received:
                record.Received++;
                break;
            case OnTimeTally.Column.Early:
                record.Early++;
                break;
            case OnTimeTally.Column.OnTime:
                record.OnTime++;
                break;
            default:
                record.Late++;
                break;
        }
    }
}
