using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Accounts;

/// <summary>The officers' accounts as the engine reads them besides sign-in: those of some agencies, each with its roles.</summary>
public static class OfficerAccounts
{
    /// <summary>
    /// Every account of <paramref name="agencies"/>, disabled ones included (<see cref="OfficerAccount.IsDisabled"/> tells
    /// them; SQLite cannot compare their lockout instants in a query), with its roles, by user name.
    /// </summary>
    public static async Task<IReadOnlyList<(OfficerAccount Account, IReadOnlySet<string> Roles)>> WithRolesAsync(
        TthcDbContext db, IReadOnlyCollection<string> agencies, CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().Where(u => agencies.Contains(u.Agency)).ToListAsync(cancellationToken);
        var roles = await (
            from link in db.UserRoles
            join user in db.Users on link.UserId equals user.Id
            join role in db.Roles on link.RoleId equals role.Id
            where agencies.Contains(user.Agency)
            select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. accounts
            .OrderBy(a => a.UserName, StringComparer.Ordinal)
            .Select(a => (a, (IReadOnlySet<string>)byUser[a.Id].ToHashSet(StringComparer.Ordinal)))];
    }
}
