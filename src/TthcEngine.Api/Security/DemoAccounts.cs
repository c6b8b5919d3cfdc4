using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Security;

/// <summary>
/// The demo accounts of the embedded default run (never of a configured database unless <c>Demo:Seed</c> says so):
/// for every agency, one officer per unit and role its procedures name (user name <c>{agency}.{unit}.{role}</c>), a
/// supervisor per agency (<c>{agency}.supervisor</c>) and <c>admin</c>; all with the password <see cref="Password"/>.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "TthcDemo2026";

    public static IEnumerable<(string UserName, string FullName, string Agency, string Unit, string Role)> Plan(AgencyCatalog agencies, ProcedureCatalog procedures)
    {
        var province = agencies.All.First(a => a.Level == "province");
        yield return ("admin", "Quản trị hệ thống", province.Id, "quan-tri", Roles.Admin);
        foreach (var agency in agencies.All.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            yield return ($"{agency.Id}.supervisor", $"Giám sát {agency.Name}", agency.Id, "giam-sat", Roles.Supervisor);
            var level = agency.Level == "province" ? CompetentLevel.Province : CompetentLevel.Commune;
            var seats = new SortedSet<(string Unit, string Role)>();
            foreach (var procedure in procedures.All.Where(p => p.Level == level))
            {
                foreach (var step in FlowSteps.Of(procedure))
                {
                    seats.Add((step.Unit, step.Role switch { Role.Desk => Roles.Desk, Role.Leader => Roles.Leader, _ => Roles.Specialist }));
                }

                if (procedure.GreenLane is { } lane)
                {
                    seats.Add((lane.FocalPoint.Unit, Roles.FocalPoint));
                }
            }

            foreach (var (unit, role) in seats)
            {
                var unitName = procedures.All.SelectMany(p => p.Units).FirstOrDefault(u => u.Id == unit)?.Name ?? unit;
                yield return ($"{agency.Id}.{unit}.{role}", $"{RoleName(role)} – {unitName} ({agency.Name})", agency.Id, unit, role);
            }
        }
    }

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // The roles exist already: AccountBootstrap creates them at every start, before this seed.
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
        var existing = (await users.Users.Select(u => u.UserName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        string? hash = null;
        foreach (var (userName, fullName, agency, unit, role) in Plan(
            scope.ServiceProvider.GetRequiredService<AgencyCatalog>(), scope.ServiceProvider.GetRequiredService<ProcedureCatalog>()))
        {
            if (existing.Contains(userName))
            {
                continue;
            }

            var account = new OfficerAccount { UserName = userName, FullName = fullName, Agency = agency, Unit = unit };

            // One hash for every demo account: hashing is deliberately slow, and these share one published password.
            hash ??= users.PasswordHasher.HashPassword(account, Password);
            account.PasswordHash = hash;
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(account, role);
        }
    }

    private static string RoleName(string role) => role switch
    {
        Roles.Desk => "Công chức Một cửa",
        Roles.Leader => "Lãnh đạo",
        Roles.FocalPoint => "Đầu mối luồng xanh",
        _ => "Chuyên viên",
    };
}
