using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// The daily serials of the receiving units (convention 8): the last part of every dossier code a desk issues, counted
/// per unit and Vietnam civil date, for receipts and for applications refused at receipt alike, so no two codes meet.
/// </summary>
public static class DailySerials
{
    /// <summary>
    /// The next serial of <paramref name="unitCode"/> on <paramref name="date"/>, inside the caller's transaction. The
    /// increment is one UPDATE, so desks taking serials at the same moment queue on the row instead of colliding; only
    /// the day's first serial is an INSERT that may race (the caller retries on <see cref="DbUpdateException"/>). The
    /// INSERT saves whatever else the context holds.
    /// </summary>
    internal static async Task<int> NextAsync(TthcDbContext db, string unitCode, DateOnly date, CancellationToken cancellationToken)
    {
        var raised = await db.DailySerials
            .Where(s => s.UnitCode == unitCode && s.Date == date)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Last, r => r.Last + 1), cancellationToken);
        if (raised == 0)
        {
            db.DailySerials.Add(new DailySerialRecord { UnitCode = unitCode, Date = date, Last = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        return await db.DailySerials.AsNoTracking()
            .Where(s => s.UnitCode == unitCode && s.Date == date)
            .Select(s => s.Last)
            .SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Saves what the context holds in one transaction with a new dossier code of <paramref name="unitCode"/> at
    /// <paramref name="now"/>, handed to <paramref name="use"/> before the save (e.g. the code of an online application
    /// refused at receipt, Form 03, which the national portal knows it by). Nothing is stored, and the serial is not
    /// taken, if the save fails: a <see cref="DbUpdateConcurrencyException"/> of a row the caller changed, or a
    /// <see cref="DbUpdateException"/> when another desk took the unit's first serial of the day at the same moment
    /// (the caller may try again).
    /// </summary>
    public static async Task<string> SaveWithNewCodeAsync(this TthcDbContext db, string unitCode, DateTimeOffset now, Action<string> use, CancellationToken cancellationToken)
    {
        using var turn = await db.WriteTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var serial = await NextAsync(db, unitCode, WorkingCalendar.ToVietnam(now).Date, cancellationToken);
        var code = DossierCode.Create(unitCode, now, serial).ToString();
        use(code);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return code;
    }
}
