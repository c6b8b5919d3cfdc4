using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// Runs an officer's command on a dossier: 404 unless the officer may see it, the endpoint's own permission check on
/// the current state, then the command (and whatever the endpoint stores alongside) in one transaction.
/// </summary>
internal sealed class DossierCommands(TthcDbContext db, DossierService service, DossierAccess access)
{
    public DossierAccess Access => access;

    public TthcDbContext Db => db;

    /// <summary>The dossier and its state if the officer may see it, else null (answer 404).</summary>
    public async Task<(DossierRecord Record, WorkflowState State)?> FindAsync(Guid id, Officer officer, CancellationToken cancellationToken)
    {
        var record = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null || !access.CanSee(officer, record))
        {
            return null;
        }

        return (record, await service.LoadStateAsync(record, cancellationToken));
    }

    public async Task<IResult> RunAsync(
        Guid id,
        Officer officer,
        Func<DossierRecord, WorkflowState, IResult?> authorize,
        Func<DateTimeOffset, WorkflowState, IReadOnlyList<WorkflowCommand>> commands,
        Action<DossierRecord, IReadOnlyList<WorkflowEvent>>? alongside,
        CancellationToken cancellationToken,
        Idempotency.Request? idempotencyKey = null,
        Idempotency? idempotency = null)
    {
        if (await FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        if (authorize(found.Record, found.State) is { } denied)
        {
            return denied;
        }

        CommandResponse? response = null;
        await service.ExecuteAsync(id, commands, (record, state, happened) =>
        {
            alongside?.Invoke(record, happened);
            response = new CommandResponse(
                id, record.Code, record.NationalStatus, [.. happened.Select(e => DossierViews.Camel(e.GetType().Name))], DossierViews.Active(state));
            if (idempotencyKey is not null)
            {
                idempotency!.Remember(idempotencyKey, StatusCodes.Status200OK, response);
            }
        }, cancellationToken);
        return TypedResults.Ok(response!);
    }

    /// <summary>Adds a note to the context; it is saved with the change it belongs to.</summary>
    public void Note(Guid dossierId, string kind, DateTimeOffset at, string? officer, object details) =>
        db.Notes.Add(NewNote(dossierId, kind, at, officer, details));

    /// <summary>A note of <paramref name="kind"/> with its details as JSON; <paramref name="officer"/> null for the applicant or the system.</summary>
    public static DossierNoteRecord NewNote(Guid dossierId, string kind, DateTimeOffset at, string? officer, object details) => new()
    {
        Id = Guid.CreateVersion7(at),
        DossierId = dossierId,
        Kind = kind,
        At = at,
        Officer = officer,
        Payload = DossierViews.Payload(details),
    };
}
