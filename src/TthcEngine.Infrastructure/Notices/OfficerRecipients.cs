using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>
/// Who is told of a step: its holder (wherever they work now); while nobody holds it (or its holder's account is
/// disabled or gone), every enabled officer who may take it, by the rule of the API's <c>DossierAccess.CanActOn</c>: a
/// desk step the desk officers of the competent and the receiving agency, any other step the officers of the competent
/// agency with the step's role in the step's unit. The head of a unit is a leader of the competent agency in that unit, or, where the unit has no
/// leader of its own (a commune's units are led by <c>lanh-dao-xa</c>), the leaders of the units that sign the
/// procedure's leader steps, who answer for the dossier: never every leader of a province.
/// </summary>
internal sealed class OfficerRecipients(TthcDbContext db)
{
    private readonly Dictionary<string, IReadOnlyList<Account>> byAgency = new(StringComparer.Ordinal);

    private readonly Dictionary<string, bool> enabled = new(StringComparer.Ordinal);

    private sealed record Account(string UserName, string Unit, IReadOnlySet<string> Roles);

    /// <summary>The officers to tell of an open step (<see cref="OpenStepRecord.Role"/> as the runtime names roles).</summary>
    public async Task<IReadOnlyList<string>> OfStepAsync(DossierRecord dossier, OpenStepRecord step, CancellationToken cancellationToken)
    {
        if (step.ClaimedBy is { } holder && await EnabledAsync(holder, cancellationToken))
        {
            return [holder];
        }

        if (step.Role == "Desk")
        {
            return [.. (await AccountsAsync(dossier.Agency, cancellationToken)).Concat(await AccountsAsync(dossier.ReceivingAgency, cancellationToken))
                .Where(a => a.Roles.Contains(Roles.Desk)).Select(a => a.UserName).Distinct(StringComparer.Ordinal)];
        }

        var role = step.Role == "Leader" ? Roles.Leader : Roles.Specialist;
        return [.. (await AccountsAsync(dossier.Agency, cancellationToken)).Where(a => a.Unit == step.Unit && a.Roles.Contains(role)).Select(a => a.UserName)];
    }

    /// <summary>The heads of <paramref name="unit"/> for a dossier of <paramref name="definition"/> in <paramref name="agency"/>.</summary>
    public async Task<IReadOnlyList<string>> HeadsAsync(string agency, string unit, ProcedureDefinition definition, CancellationToken cancellationToken)
    {
        var leaders = (await AccountsAsync(agency, cancellationToken)).Where(a => a.Roles.Contains(Roles.Leader)).ToList();
        var own = leaders.Where(a => a.Unit == unit).ToList();
        if (own.Count > 0)
        {
            return [.. own.Select(a => a.UserName)];
        }

        var signing = ProcedureNames.Steps(definition).Values.Where(s => s.Role == Role.Leader).Select(s => s.Unit).ToHashSet(StringComparer.Ordinal);
        return [.. leaders.Where(a => signing.Contains(a.Unit)).Select(a => a.UserName)];
    }

    /// <summary>The focal points of <paramref name="unit"/> in <paramref name="agency"/>.</summary>
    public async Task<IReadOnlyList<string>> FocalPointsAsync(string agency, string unit, CancellationToken cancellationToken) =>
        [.. (await AccountsAsync(agency, cancellationToken)).Where(a => a.Unit == unit && a.Roles.Contains(Roles.FocalPoint)).Select(a => a.UserName)];

    /// <summary>Whether the account exists and is not disabled, wherever it works now (a holder may have moved since), read once per name.</summary>
    private async Task<bool> EnabledAsync(string userName, CancellationToken cancellationToken)
    {
        if (!enabled.TryGetValue(userName, out var known))
        {
            var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
            enabled[userName] = known = account is not null && !OfficerAccount.IsDisabled(account);
        }

        return known;
    }

    /// <summary>The enabled accounts of an agency with their roles, read once per agency.</summary>
    private async Task<IReadOnlyList<Account>> AccountsAsync(string agency, CancellationToken cancellationToken)
    {
        if (byAgency.TryGetValue(agency, out var known))
        {
            return known;
        }

        known = [.. (await OfficerAccounts.WithRolesAsync(db, [agency], cancellationToken))
            .Where(a => !OfficerAccount.IsDisabled(a.Account))
            .Select(a => new Account(a.Account.UserName!, a.Account.Unit, a.Roles))];
        byAgency[agency] = known;
        return known;
    }
}
