using TthcEngine.Api.Security;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// Who may see and do what on a dossier (docs/api.md, "Who may do what"). A dossier an officer may not see answers 404,
/// as if it did not exist; a visible dossier's step the officer may not act on answers 403.
/// </summary>
internal sealed class DossierAccess(AgencyCatalog agencies)
{
    /// <summary>
    /// Admins see everything; supervisors their agency's dossiers (the province's supervisors also its communes'); desk
    /// officers the dossiers of their agency and those their desk received; other officers their agency's.
    /// </summary>
    public bool CanSee(Officer officer, DossierRecord dossier)
    {
        if (officer.IsAdmin)
        {
            return true;
        }

        if (officer.Is(Roles.Supervisor) && (agencies.Covers(officer.Agency, dossier.Agency) || agencies.Covers(officer.Agency, dossier.ReceivingAgency)))
        {
            return true;
        }

        if (officer.Is(Roles.Desk) && officer.Agency == dossier.ReceivingAgency)
        {
            return true;
        }

        return officer.Agency == dossier.Agency;
    }

    /// <summary>The dossiers of <paramref name="dossiers"/> the officer may see, by the rule of <see cref="CanSee"/>, as a query.</summary>
    public IQueryable<DossierRecord> Visible(IQueryable<DossierRecord> dossiers, Officer officer)
    {
        if (officer.IsAdmin)
        {
            return dossiers;
        }

        var covered = officer.Is(Roles.Supervisor)
            ? agencies.All.Select(a => a.Id).Where(id => agencies.Covers(officer.Agency, id)).ToList()
            : [];
        List<string> asCompetent = [officer.Agency, .. covered];
        List<string> asReceiving = officer.Is(Roles.Desk) ? [officer.Agency, .. covered] : covered;
        return dossiers.Where(d => asCompetent.Contains(d.Agency) || asReceiving.Contains(d.ReceivingAgency));
    }

    /// <summary>
    /// A desk step is done by a desk officer of the competent agency or of the desk that received the dossier; any other
    /// step by an officer of the competent agency who holds the step's role in the step's unit.
    /// </summary>
    public bool CanActOn(Officer officer, DossierRecord dossier, ActiveStep step)
    {
        if (step.Role == Role.Desk)
        {
            return officer.Is(Roles.Desk) && (officer.Agency == dossier.Agency || officer.Agency == dossier.ReceivingAgency);
        }

        var role = step.Role == Role.Leader ? Roles.Leader : Roles.Specialist;
        return officer.Agency == dossier.Agency && officer.Unit == step.Unit && officer.Is(role);
    }

    /// <summary>
    /// Who may give an active step to an officer (phân công) or release it: the admin, and a leader of the competent
    /// agency (for a desk step, also of the receiving agency), as a commune's leaders direct every one of its units. The
    /// holder may only release it, which <see cref="MayRelease"/> says.
    /// </summary>
    public bool MayAssign(Officer officer, DossierRecord dossier, ActiveStep step) =>
        officer.IsAdmin
        || (officer.Is(Roles.Leader) && (officer.Agency == dossier.Agency || (step.Role == Role.Desk && officer.Agency == dossier.ReceivingAgency)));

    /// <summary>The holder of a step may hand it back, so that another officer of the unit claims it.</summary>
    public bool MayRelease(Officer officer, DossierRecord dossier, ActiveStep step) =>
        MayAssign(officer, dossier, step) || (step.ClaimedBy == officer.UserName && CanActOn(officer, dossier, step));

    /// <summary>Desk acts on the dossier as a whole (supplement, fee, hand-over): the competent agency's desk or the receiving desk.</summary>
    public bool IsDeskOf(Officer officer, DossierRecord dossier) =>
        officer.Is(Roles.Desk) && (officer.Agency == dossier.Agency || officer.Agency == dossier.ReceivingAgency);

    /// <summary>Refusal and the apology are signed by a leader of the competent agency.</summary>
    public bool IsLeaderOf(Officer officer, DossierRecord dossier) =>
        officer.Is(Roles.Leader) && officer.Agency == dossier.Agency;

    /// <summary>The focal point of a green-lane dossier: the procedure's focal unit in the competent agency.</summary>
    public bool IsFocalPointOf(Officer officer, DossierRecord dossier, ProcedureDefinition definition) =>
        officer.Is(Roles.FocalPoint)
        && dossier.Lane == nameof(Lane.GreenLane)
        && officer.Agency == dossier.Agency
        && definition.GreenLane?.FocalPoint.Unit == officer.Unit;
}
