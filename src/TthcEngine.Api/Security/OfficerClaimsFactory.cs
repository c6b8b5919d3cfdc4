using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Security;

/// <summary>Writes the officer's agency, unit and name into the cookie and the bearer token beside the roles.</summary>
internal sealed class OfficerClaimsFactory(
    UserManager<OfficerAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<OfficerAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OfficerAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Officer.AgencyClaim, user.Agency));
        identity.AddClaim(new Claim(Officer.UnitClaim, user.Unit));
        identity.AddClaim(new Claim(Officer.FullNameClaim, user.FullName));
        return identity;
    }
}
