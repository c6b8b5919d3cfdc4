using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Who holds a step: a leader of its unit gives it to an officer (phân công) or takes it back, its holder hands it back,
/// and the admin releases every step of an officer who left, so that no dossier waits on an account nobody uses. Each
/// change is a <see cref="StepAssigned"/> event in the dossier's history and a note with its reason.
/// </summary>
public static class AssignmentEndpoints
{
    private const int ReasonLength = 2000;

    public static IEndpointRouteBuilder MapAssignmentEndpoints(this IEndpointRouteBuilder app)
    {
        var steps = app.MapGroup("/api/dossiers/{id:guid}/steps/{stepId}").WithTags("Dossiers").RequireAuthorization();
        steps.MapPost("/assign", Assign).WithSummary("Giao bước cho cán bộ hoặc trả lại bước (assign a step, or release it)");
        steps.MapGet("/assignees", ListAssignees).WithSummary("Cán bộ có thể được giao bước, kèm số bước đang giữ (who the step may be given to)");

        var admin = app.MapGroup("/api/admin/officers/{userName}").WithTags("Accounts").RequireAuthorization(Roles.Admin);
        admin.MapGet("/steps", HeldSteps).WithSummary("Các bước cán bộ đang giữ (admin)");
        admin.MapPost("/release-steps", ReleaseAll).WithSummary("Trả lại mọi bước cán bộ đang giữ để đơn vị nhận lại (admin; cán bộ nghỉ việc)");

        var leader = app.MapGroup("/api/officers/{userName}").WithTags("Dossiers").RequireAuthorization(Roles.Leader);
        leader.MapPost("/transfer-steps", TransferAll).WithSummary("Chuyển mọi bước cán bộ đang giữ cho cán bộ khác của cơ quan (bàn giao; lãnh đạo, admin)");
        return app;
    }

    /// <summary>
    /// Gives the step to <see cref="AssignRequest.Officer"/>, or releases it when none is named. The leader of the step's
    /// unit and the admin may do both; the holder may release. A reason is required to take a step from its holder.
    /// </summary>
    internal static async Task<IResult> Assign(
        Guid id, string stepId, AssignRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var to = string.IsNullOrWhiteSpace(body.Officer) ? null : body.Officer.Trim();
        var reason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim();
        if (reason is { Length: > ReasonLength })
        {
            return ApiProblem.Invalid("assign.reason", "Lý do dài quá 2.000 ký tự.", "The reason is longer than 2,000 characters.");
        }

        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        var (record, state) = found;
        var access = dossiers.Access;
        bool Allowed(DossierRecord dossier, ActiveStep active) =>
            to is null ? access.MayRelease(officer, dossier, active) : access.MayAssign(officer, dossier, active);

        var step = state.ActiveStep(stepId);
        if (step is not null)
        {
            if (!Allowed(record, step))
            {
                return ApiProblems.NotYours(to is null ? $"trả lại bước {stepId}" : $"giao bước {stepId}");
            }

            if (step.ClaimedBy is { } holder && holder != officer.UserName && reason is null)
            {
                return ApiProblem.Invalid(
                    "assign.reason",
                    $"Cần nêu lý do khi lấy lại bước đang do {holder} giữ.",
                    $"Give the reason for taking the step from {holder}.");
            }

            if (to is not null && await TargetProblemAsync(dossiers, record, step, to, cancellationToken) is { } problem)
            {
                return problem;
            }
        }

        // The command names the holder this officer was allowed on: a step claimed meanwhile is refused, not taken.
        var from = step?.ClaimedBy;
        return await dossiers.RunAsync(
            id,
            officer,
            (freshRecord, freshState) => freshState.ActiveStep(stepId) is { } current && !Allowed(freshRecord, current) ? ApiProblems.NotYours($"bước {stepId}") : null,
            (now, _) => [new AssignStep(now, stepId, from, to, officer.UserName, reason)],
            (row, happened) =>
            {
                Note(dossiers, row, happened, officer.UserName);
                Tell(dossiers.Db, row, happened, officer, state.Definition, step is null ? null : state.DueOf(step));
            },
            cancellationToken);
    }

    /// <summary>
    /// Tells the officer given the step, and the holder it was taken from or released by someone else, with the
    /// change; nobody is told of their own act.
    /// </summary>
    private static void Tell(
        TthcDbContext db, DossierRecord row, IReadOnlyList<WorkflowEvent> happened, Officer by, ProcedureDefinition definition, DateTimeOffset? dueAt)
    {
        foreach (var assigned in happened.OfType<StepAssigned>())
        {
            var step = ProcedureNames.StepName(definition, assigned.Step.StepId, "");
            if (assigned.To is { } to && to != by.UserName)
            {
                OfficerNotices.Add(db, [to], OfficerNoticeKinds.StepAssigned, row.Id, row.Code, assigned.Step.StepId,
                    OfficerNotices.Assigned(row.Code, step, by.Signature, dueAt, assigned.Reason), assigned.At, assigned.At);
            }

            if (assigned.From is { } from && from != by.UserName)
            {
                OfficerNotices.Add(db, [from], OfficerNoticeKinds.StepTaken, row.Id, row.Code, assigned.Step.StepId,
                    OfficerNotices.Taken(row.Code, step, by.Signature, assigned.To, assigned.Reason), assigned.At, assigned.At);
            }
        }
    }

    /// <summary>The officers the step may be given to; for whoever may assign it.</summary>
    internal static async Task<IResult> ListAssignees(
        Guid id, string stepId, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        var (record, state) = found;
        if (state.ActiveStep(stepId) is not { } step)
        {
            return ApiProblem.Invalid("step.not-active", VietnameseMessages.For("step.not-active"), $"Step {stepId} is not active.");
        }

        if (!dossiers.Access.MayAssign(officer, record, step))
        {
            return ApiProblems.NotYours($"giao bước {stepId}");
        }

        return TypedResults.Ok(await Assignees.ListAsync(dossiers.Db, dossiers.Access, record, step, cancellationToken));
    }

    /// <summary>The open steps an officer holds, soonest due first.</summary>
    internal static async Task<IResult> HeldSteps(string userName, UserManager<OfficerAccount> users, TthcDbContext db, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return OfficerEndpoints.NotFound(userName);
        }

        return TypedResults.Ok(await HeldByAsync(db, account.UserName!, cancellationToken));
    }

    /// <summary>
    /// Releases each step the officer holds, one dossier at a time, with the admin's reason. A step that changed
    /// meanwhile (completed, or taken by someone else) is left as it is and reported as skipped.
    /// </summary>
    internal static async Task<IResult> ReleaseAll(
        string userName, ReasonRequest body, ClaimsPrincipal user, UserManager<OfficerAccount> users, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ReasonLength)
        {
            return ApiProblem.Invalid(
                "release.reason", "Cần nêu lý do trả lại các bước (tối đa 2.000 ký tự).", "Give the reason for releasing the steps (at most 2,000 characters).");
        }

        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return OfficerEndpoints.NotFound(userName);
        }

        var (released, skipped) = await MoveAllAsync(dossiers, Officer.From(user), account.UserName!, null, reason, cancellationToken);
        return TypedResults.Ok(new ReleasedSteps(released, skipped));
    }

    /// <summary>
    /// Gives each step the officer holds to another officer of the same agency (bàn giao), one dossier at a time, with
    /// the reason: a leader of the agency, or the admin. A step the new holder may not act on (another unit or role), or
    /// that changed meanwhile, stays as it is and is reported as skipped.
    /// </summary>
    internal static async Task<IResult> TransferAll(
        string userName, TransferRequest body, ClaimsPrincipal user, UserManager<OfficerAccount> users, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var by = Officer.From(user);
        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ReasonLength)
        {
            return ApiProblem.Invalid(
                "transfer.reason", "Cần nêu lý do chuyển việc (tối đa 2.000 ký tự).", "Give the reason for the transfer (at most 2,000 characters).");
        }

        // Another agency's officer is not the leader's to know of.
        if (await users.FindByNameAsync(userName) is not { } account || !(by.IsAdmin || account.Agency == by.Agency))
        {
            return OfficerEndpoints.NotFound(userName);
        }

        var to = body.To?.Trim() ?? "";
        if (await users.FindByNameAsync(to) is not { } target || target.Agency != account.Agency)
        {
            return ApiProblem.Invalid(
                "assign.officer", $"Không có cán bộ \"{to}\" trong cơ quan của {account.UserName}.", $"There is no officer \"{to}\" in the agency of {account.UserName}.");
        }

        if (OfficerAccess.IsDisabled(target))
        {
            return ApiProblem.Invalid("assign.officer", $"Tài khoản \"{to}\" đã bị vô hiệu hóa.", $"The account \"{to}\" is disabled.");
        }

        if (target.UserName == account.UserName)
        {
            return ApiProblem.Invalid("transfer.same", "Không thể chuyển việc cho chính người đang giữ.", "The steps cannot be transferred to the officer who holds them.");
        }

        var (transferred, skipped) = await MoveAllAsync(dossiers, by, account.UserName!, target.UserName!, reason, cancellationToken);
        return TypedResults.Ok(new TransferredSteps(transferred, skipped));
    }

    /// <summary>Gives each step <paramref name="holder"/> holds to <paramref name="to"/> (null: releases it); those moved, and those skipped with why.</summary>
    private static async Task<(List<HeldStep> Moved, List<SkippedStep> Skipped)> MoveAllAsync(
        DossierCommands dossiers, Officer by, string holder, string? to, string reason, CancellationToken cancellationToken)
    {
        var moved = new List<HeldStep>();
        var skipped = new List<SkippedStep>();
        foreach (var held in await HeldByAsync(dossiers.Db, holder, cancellationToken))
        {
            var code = await MoveAsync(dossiers, by, held, holder, to, reason, cancellationToken);
            if (code is null)
            {
                moved.Add(held);
            }
            else
            {
                skipped.Add(new SkippedStep(held, code));
            }
        }

        return (moved, skipped);
    }

    /// <summary>Null when moved, else the code of the refusal; a change lost to a concurrent one is tried again.</summary>
    private static async Task<string?> MoveAsync(
        DossierCommands dossiers, Officer by, HeldStep held, string holder, string? to, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await dossiers.FindAsync(held.DossierId, by, cancellationToken) is not { } found)
                {
                    return "dossier.not-found";
                }

                var (record, state) = found;
                if (state.ActiveStep(held.StepId) is not { } step)
                {
                    return "step.not-active";
                }

                if (!dossiers.Access.MayAssign(by, record, step))
                {
                    return "officer.not-allowed";
                }

                if (to is not null && await TargetProblemAsync(dossiers, record, step, to, cancellationToken) is not null)
                {
                    return "assign.officer";
                }

                var result = await dossiers.RunAsync(
                    held.DossierId,
                    by,
                    (fresh, freshState) => freshState.ActiveStep(held.StepId) is { } current && !dossiers.Access.MayAssign(by, fresh, current)
                        ? ApiProblems.NotYours($"bước {held.StepId}")
                        : null,
                    (now, _) => [new AssignStep(now, held.StepId, holder, to, by.UserName, reason)],
                    (row, happened) =>
                    {
                        Note(dossiers, row, happened, by.UserName);
                        Tell(dossiers.Db, row, happened, by, state.Definition, state.DueOf(step));
                    },
                    cancellationToken);
                return result is ProblemHttpResult problem ? problem.ProblemDetails.Extensions["code"] as string ?? "dossier.not-found" : null;
            }
            catch (ConcurrentChangeException) when (attempt < 3)
            {
            }
            catch (ConcurrentChangeException)
            {
                return "dossier.concurrent-change";
            }
            catch (DomainRuleException rule)
            {
                return rule.Code;
            }
        }
    }

    private static async Task<IReadOnlyList<HeldStep>> HeldByAsync(TthcDbContext db, string userName, CancellationToken cancellationToken)
    {
        var rows = await (
            from step in db.OpenSteps.AsNoTracking()
            where step.ClaimedBy == userName
            join dossier in db.Dossiers on step.DossierId equals dossier.Id
            select new HeldStep(dossier.Id, dossier.Code, step.StepId, step.Unit, step.DueAt)).ToListAsync(cancellationToken);

        // Ordered here: SQLite cannot order by an instant with its offset.
        return [.. rows.OrderBy(r => r.DueAt ?? DateTimeOffset.MaxValue).ThenBy(r => r.DossierCode, StringComparer.Ordinal)];
    }

    private static async Task<IResult?> TargetProblemAsync(
        DossierCommands dossiers, DossierRecord record, ActiveStep step, string to, CancellationToken cancellationToken)
    {
        var candidates = await Assignees.CandidatesAsync(dossiers.Db, record, step, cancellationToken);
        var target = candidates.FirstOrDefault(c => string.Equals(c.Officer.UserName, to, StringComparison.Ordinal));
        if (target is null)
        {
            return ApiProblem.Invalid(
                "assign.officer", $"Không có cán bộ \"{to}\" trong cơ quan giải quyết hồ sơ.", $"There is no officer \"{to}\" in the agency that handles the dossier.");
        }

        if (target.Disabled)
        {
            return ApiProblem.Invalid("assign.officer", $"Tài khoản \"{to}\" đã bị vô hiệu hóa.", $"The account \"{to}\" is disabled.");
        }

        return dossiers.Access.CanActOn(target.Officer, record, step)
            ? null
            : ApiProblem.Invalid(
                "assign.officer",
                $"Cán bộ \"{to}\" không thuộc đơn vị {step.Unit} hoặc không có vai trò thực hiện bước này.",
                $"The officer \"{to}\" is not of unit {step.Unit} or does not hold the role of this step.");
    }

    private static void Note(DossierCommands dossiers, DossierRecord row, IReadOnlyList<WorkflowEvent> happened, string officer)
    {
        foreach (var assigned in happened.OfType<StepAssigned>())
        {
            dossiers.Note(row.Id, NoteKinds.StepAssigned, assigned.At, officer, new AssignmentNote(assigned.Step.StepId, assigned.From, assigned.To, assigned.Reason));
        }
    }

    /// <summary>The details of a <see cref="NoteKinds.StepAssigned"/> note.</summary>
    internal sealed record AssignmentNote(string StepId, string? From, string? To, string? Reason);
}
