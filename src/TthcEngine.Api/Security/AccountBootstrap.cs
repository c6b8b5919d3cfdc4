using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;

namespace TthcEngine.Api.Security;

/// <summary>
/// What a new database needs before anyone can sign in: the six roles, and the province's first admin, who then
/// creates every other account. The admin is made from <c>Admin:UserName</c> and <c>Admin:Password</c> (environment
/// <c>Admin__UserName</c>, <c>Admin__Password</c>, optionally <c>Admin__FullName</c> and <c>Admin__Agency</c>) only
/// while no account holds the admin role, so the settings can stay in place: a password changed later in the page is
/// never reset by a restart. Several instances starting at once make one admin.
/// </summary>
internal static class AccountBootstrap
{
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            try
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }
            catch (DbUpdateException)
            {
                // Another instance created it at the same moment.
            }
        }

        var userName = configuration["Admin:UserName"]?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var password = configuration["Admin:Password"];
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Admin:UserName is set and no admin exists yet: set Admin:Password (Admin__Password) too, for the first admin's account.");
        }

        var agencies = scope.ServiceProvider.GetRequiredService<AgencyCatalog>();
        var agency = configuration["Admin:Agency"] ?? agencies.All.First(a => a.Parent is null).Id;
        if (agencies.Find(agency) is null)
        {
            throw new InvalidOperationException($"Admin:Agency \"{agency}\" is not in the agency catalogue.");
        }

        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            account = new OfficerAccount { UserName = userName, FullName = configuration["Admin:FullName"] ?? "Quản trị hệ thống", Agency = agency, Unit = "quan-tri" };
            var created = await CreateAsync(users, account, password);
            if (!created.Succeeded && (account = await users.FindByNameAsync(userName)) is null)
            {
                throw new InvalidOperationException("The first admin's account was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        if (!await users.IsInRoleAsync(account, Roles.Admin))
        {
            await users.AddToRoleAsync(account, Roles.Admin);
        }

        logger.LogInformation("The first admin account {UserName} is ready; it creates the other accounts at /quan-tri/can-bo.", userName);
    }

    private static async Task<IdentityResult> CreateAsync(UserManager<OfficerAccount> users, OfficerAccount account, string password)
    {
        try
        {
            return await users.CreateAsync(account, password);
        }
        catch (DbUpdateException)
        {
            // Another instance created it at the same moment.
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = "Created by another instance." });
        }
    }
}
