using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// The officers a step may be given to: the accounts of the agencies that act on it (the competent agency; for a desk
/// step, also the receiving desk's), not disabled, who may act on the step (<see cref="DossierAccess.CanActOn"/>), with
/// the open steps each holds now so that a leader sees the load before giving more.
/// </summary>
internal static class Assignees
{
    /// <summary>An account of the agencies, as the officer it signs in as, and whether the admin disabled it.</summary>
    public sealed record Candidate(Officer Officer, bool Disabled);

    public static async Task<IReadOnlyList<Candidate>> CandidatesAsync(
        TthcDbContext db, DossierRecord dossier, ActiveStep step, CancellationToken cancellationToken)
    {
        string[] agencies = step.Role == Role.Desk ? [dossier.Agency, dossier.ReceivingAgency] : [dossier.Agency];
        return [.. (await OfficerAccounts.WithRolesAsync(db, agencies, cancellationToken)).Select(a => new Candidate(
            new Officer(a.Account.UserName!, a.Account.FullName, a.Account.Agency, a.Account.Unit, a.Roles), OfficerAccess.IsDisabled(a.Account)))];
    }

    /// <summary>The enabled officers of <see cref="CandidatesAsync"/> who may act on the step, with their load.</summary>
    public static async Task<IReadOnlyList<Assignee>> ListAsync(
        TthcDbContext db, DossierAccess access, DossierRecord dossier, ActiveStep step, CancellationToken cancellationToken)
    {
        var eligible = (await CandidatesAsync(db, dossier, step, cancellationToken))
            .Where(c => !c.Disabled && access.CanActOn(c.Officer, dossier, step)).Select(c => c.Officer).ToList();
        var held = await HeldCountsAsync(db, [.. eligible.Select(o => o.UserName)], cancellationToken);
        return [.. eligible.Select(o => new Assignee(o.UserName, o.FullName, o.Unit, held.GetValueOrDefault(o.UserName)))];
    }

    /// <summary>How many open steps each officer holds (claimed or given), of <paramref name="officers"/> or, when null, of everyone; absent when none.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> HeldCountsAsync(
        TthcDbContext db, IReadOnlyCollection<string>? officers, CancellationToken cancellationToken)
    {
        var held = db.OpenSteps.AsNoTracking().Where(s => s.ClaimedBy != null);
        if (officers is not null)
        {
            held = held.Where(s => officers.Contains(s.ClaimedBy!));
        }

        return await held
            .GroupBy(s => s.ClaimedBy!)
            .Select(g => new { Officer = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Officer, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }
}
