using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Contracts;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Endpoints;

/// <summary>The green-lane focal point (đầu mối): the cases, every branch at a glance, and the expedite action.</summary>
public static class GreenLaneEndpoints
{
    public static IEndpointRouteBuilder MapGreenLaneEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/green-lane/cases").WithTags("Green lane").RequireAuthorization(Roles.FocalPoint);
        group.MapGet("/", Cases).WithSummary("Các hồ sơ luồng xanh tôi làm đầu mối (my cases with every branch)");
        group.MapGet("/{id:guid}", Case).WithSummary("Một hồ sơ luồng xanh (one case)");
        group.MapPost("/{id:guid}/expedite", Expedite).WithSummary("Đôn đốc một bước; quá hạn thì báo lãnh đạo đơn vị (expedite)");
        return app;
    }

    internal static async Task<IResult> Cases(
        ClaimsPrincipal user, TthcDbContext db, DossierService service, ProcedureCatalog procedures, WorkingCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var codes = procedures.All.Where(p => officer.IsAdmin || p.GreenLane?.FocalPoint.Unit == officer.Unit).Select(p => p.Code).ToList();
        var green = nameof(Lane.GreenLane);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.Lane == green && codes.Contains(d.ProcedureCode) && (officer.IsAdmin || d.Agency == officer.Agency) && d.FinishedAt == null)
            .OrderBy(d => d.DueAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var cases = new List<GreenLaneCase>();
        foreach (var row in rows)
        {
            cases.Add(View(row, await service.LoadStateAsync(row, cancellationToken), calendar, time.GetUtcNow()));
        }

        return TypedResults.Ok<IReadOnlyList<GreenLaneCase>>(cases);
    }

    internal static async Task<IResult> Case(
        Guid id, ClaimsPrincipal user, DossierCommands dossiers, WorkingCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found
            || !IsCaseOf(officer, found.Record, found.State.Definition, dossiers.Access))
        {
            return ApiProblems.DossierNotFound();
        }

        return TypedResults.Ok(View(found.Record, found.State, calendar, time.GetUtcNow()));
    }

    internal static async Task<IResult> Expedite(
        Guid id, ExpediteRequest body, ClaimsPrincipal user, DossierCommands dossiers, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (string.IsNullOrWhiteSpace(body.Message) || body.Message.Length > 1000)
        {
            return ApiProblem.Invalid("expedite.message", "Cần nội dung đôn đốc (tối đa 1.000 ký tự).", "The expedite needs a message (at most 1,000 characters).");
        }

        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found
            || !IsCaseOf(officer, found.Record, found.State.Definition, dossiers.Access))
        {
            return ApiProblems.DossierNotFound();
        }

        var (record, state) = found;
        if (state.ActiveStep(body.StepId ?? "") is not { } step)
        {
            return ApiProblem.Invalid("expedite.step-not-active", $"Bước {body.StepId} không đang được xử lý.", $"Step {body.StepId} is not active.");
        }

        var now = time.GetUtcNow();
        var due = state.DueOf(step);
        var escalate = due is { } d && now > d;
        dossiers.Note(id, NoteKinds.Expedited, now, officer.UserName, new
        {
            step = step.Ref.StepId,
            unit = step.Unit,
            holder = step.ClaimedBy,
            message = body.Message,
            dueAt = due,
            escalatedToHead = escalate,
        });
        dossiers.Db.Outbox.Add(OutboxMessages.Create(
            new StepExpedited
            {
                DossierId = id,
                OccurredAt = now,
                DossierCode = record.Code,
                StepId = step.Ref.StepId,
                Unit = step.Unit,
                Officer = step.ClaimedBy,
                FocalPoint = officer.UserName,
                Message = body.Message,
                DueAt = due,
                EscalateToHead = escalate,
            },
            id,
            record.EventCount,
            now));
        await dossiers.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ExpediteResponse(step.Ref.StepId, step.Unit, step.ClaimedBy, escalate, now));
    }

    /// <summary>A green-lane dossier of the officer's as its focal point (an admin's: any green-lane dossier).</summary>
    private static bool IsCaseOf(Officer officer, DossierRecord record, ProcedureDefinition definition, DossierAccess access) =>
        record.Lane == nameof(Lane.GreenLane) && (officer.IsAdmin || access.IsFocalPointOf(officer, record, definition));

    /// <summary>Every step of the case's flow: done ones from the timeline, open ones live, the rest waiting.</summary>
    internal static GreenLaneCase View(DossierRecord record, WorkflowState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        var timeline = DossierViews.Timeline(state);
        var branches = new List<BranchView>();
        foreach (var (step, block) in FlowSteps.Of(state.Definition.FlowOf(state.Lane)))
        {
            var last = timeline.LastOrDefault(t => t.StepId == step.Id);
            var active = state.ActiveStep(step.Id);
            var unit = ProcedureNames.UnitName(state.Definition, step.Unit);
            if (last is null)
            {
                branches.Add(new BranchView(step.Id, step.Name, unit, block?.Id, null, null, null, null, null, "waiting"));
                continue;
            }

            var due = active is not null ? state.DueOf(active) : last.DueAt;
            var end = last.CompletedAt ?? now;
            long? slack = due is not { } d ? null
                : end <= d ? (long)calendar.Elapsed(end, d).TotalMinutes
                : -(long)calendar.Elapsed(d, end).TotalMinutes;
            var stateName = active is null ? "done" : slack < 0 ? "overdue" : active.ClaimedBy is not null ? "claimed" : "active";
            branches.Add(new BranchView(step.Id, step.Name, unit, block?.Id, active?.ClaimedBy ?? last.Officer, last.ActivatedAt, due, last.CompletedAt, slack, stateName));
        }

        return new GreenLaneCase(record.Id, record.Code, state.Definition.Name, record.ReceivedAt, record.ExtendedDueAt ?? record.DueAt, record.NationalStatus, branches);
    }
}
