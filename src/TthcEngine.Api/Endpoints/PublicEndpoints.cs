using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The public: look a dossier up by its code and PIN (no personal data in the answer), rate the service after the
/// hand-over, download the electronic result. A wrong code and a wrong PIN answer the same 404; every client is rate
/// limited, and a code guessed wrong five times is locked for 15 minutes whoever asks.
/// </summary>
public static class PublicEndpoints
{
    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(AuthSetup.PublicLimit);
        group.MapPost("/lookup", Lookup).WithSummary("Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu (look up a dossier by code and PIN)");
        group.MapPost("/rating", Rate).WithSummary("Đánh giá mức độ hài lòng sau khi nhận kết quả (rate the service)");
        group.MapPost("/result", Result).WithSummary("Tải kết quả điện tử (download the electronic result)");
        group.MapPost("/withdrawal-request", RequestWithdrawal).WithSummary("Đề nghị rút hồ sơ (ask to withdraw the dossier; the desk decides)");
        return app;
    }

    internal static async Task<IResult> Lookup(LookupRequest body, TthcDbContext db, DossierService service, PinGuesses guesses, CancellationToken cancellationToken)
    {
        if (await MatchAsync(body.Code, body.Pin, db, guesses, cancellationToken) is not { } record)
        {
            return await NotFoundAsync(body.Code, guesses, cancellationToken);
        }

        var state = await service.LoadStateAsync(record, cancellationToken);
        var notes = await db.Notes.AsNoTracking()
            .Where(n => n.DossierId == record.Id
                && (n.Kind == NoteKinds.Rated || n.Kind == NoteKinds.HandedOver || n.Kind == NoteKinds.WithdrawalRequested || n.Kind == NoteKinds.WithdrawalDeclined))
            .Select(n => new { n.Kind, n.At, n.Payload }).ToListAsync(cancellationToken);
        var electronic = notes.Any(n => n.Kind == NoteKinds.HandedOver && DossierViews.Read<HandOverRequest>(n.Payload)?.ResultUploadId is not null);
        var waiting = WithdrawalRequests.Waiting(notes.Select(n => (n.Kind, n.At)));
        var declined = waiting is null ? notes.Where(n => n.Kind == NoteKinds.WithdrawalDeclined).MaxBy(n => n.At) : null;
        return TypedResults.Ok(DossierViews.PublicView(record, state, rated: notes.Any(n => n.Kind == NoteKinds.Rated), electronic, waiting) with
        {
            WithdrawalDeclinedAt = declined?.At,
            WithdrawalDeclineReason = declined is null ? null : DossierViews.Read<WithdrawalRequests.Note>(declined.Payload)?.Reason,
        });
    }

    /// <summary>
    /// Đề nghị rút hồ sơ: the applicant's request, kept as a note for the desk, which records the withdrawal
    /// (<c>POST /api/dossiers/{id}/withdraw</c>) as it would a written one, or declines with a reason
    /// (<c>POST /api/dossiers/{id}/withdrawal-request/decline</c>). One at a time, before the result is ready; again after a decline.
    /// </summary>
    internal static async Task<IResult> RequestWithdrawal(
        WithdrawalRequestByApplicant body, TthcDbContext db, DossierService service, PinGuesses guesses, TimeProvider time, CancellationToken cancellationToken)
    {
        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 2000)
        {
            return ApiProblem.Invalid("withdrawal-request.reason", "Cần nêu lý do đề nghị rút hồ sơ (tối đa 2.000 ký tự).", "Give the reason for withdrawing (at most 2,000 characters).");
        }

        if (await MatchAsync(body.Code, body.Pin, db, guesses, cancellationToken) is not { } record)
        {
            return await NotFoundAsync(body.Code, guesses, cancellationToken);
        }

        if (record.FinishedAt is not null || (await service.LoadStateAsync(record, cancellationToken)).ResultReady is not null)
        {
            return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "withdrawal-request.too-late",
                "Hồ sơ đã có kết quả hoặc đã kết thúc, không thể đề nghị rút.", "The dossier has its result or has ended; it can no longer be withdrawn.");
        }

        if (await WithdrawalRequests.WaitingAsync(db, record.Id, cancellationToken) is not null)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "withdrawal-request.already",
                "Đề nghị rút hồ sơ đã được gửi; Bộ phận Một cửa sẽ xem xét.", "The request to withdraw was already sent; the one-stop desk will decide.");
        }

        db.Notes.Add(DossierCommands.NewNote(record.Id, NoteKinds.WithdrawalRequested, time.GetUtcNow(), officer: null, new { reason }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    internal static async Task<IResult> Rate(RatingRequest body, TthcDbContext db, PinGuesses guesses, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.Score is < 1 or > 5 || body.Comment is { Length: > 2000 })
        {
            return ApiProblem.Invalid("rating.invalid", "Điểm đánh giá từ 1 đến 5; góp ý tối đa 2.000 ký tự.", "The score is 1 to 5; the comment at most 2,000 characters.");
        }

        if (await MatchAsync(body.Code, body.Pin, db, guesses, cancellationToken) is not { } record)
        {
            return await NotFoundAsync(body.Code, guesses, cancellationToken);
        }

        if (record.NationalStatus != (int)NationalStatus.ResultReturned)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "rating.not-yet", "Chỉ đánh giá sau khi đã nhận kết quả.", "A rating is given after the result is handed over.");
        }

        if (await db.Notes.AnyAsync(n => n.DossierId == record.Id && n.Kind == NoteKinds.Rated, cancellationToken))
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "rating.already", "Hồ sơ này đã được đánh giá.", "This dossier was already rated.");
        }

        db.Notes.Add(DossierCommands.NewNote(record.Id, NoteKinds.Rated, time.GetUtcNow(), officer: null, new { body.Score, body.Comment }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<IResult> Result(LookupRequest body, TthcDbContext db, PinGuesses guesses, CancellationToken cancellationToken)
    {
        if (await MatchAsync(body.Code, body.Pin, db, guesses, cancellationToken) is not { } record)
        {
            return await NotFoundAsync(body.Code, guesses, cancellationToken);
        }

        if (await ElectronicResults.FindAsync(db, record.Id, cancellationToken) is not { } file)
        {
            return ApiProblem.Create(StatusCodes.Status404NotFound, "result.none", "Hồ sơ không có kết quả điện tử.", "The dossier has no electronic result.");
        }

        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The dossier if the code is well formed, not locked, and the PIN matches; null otherwise (and the miss is counted).</summary>
    internal static async Task<DossierRecord?> MatchAsync(string? code, string? pin, TthcDbContext db, PinGuesses guesses, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(pin) || code.Length > 64 || pin.Length > 32
            || !DossierCode.TryParse(code.Trim(), out var parsed)
            || await guesses.LockedAsync(code, cancellationToken))
        {
            return null;
        }

        var record = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == parsed.ToString(), cancellationToken);
        return record is not null && LookupPin.Matches(record.PinHash, parsed, pin) ? record : null;
    }

    /// <summary>The answer to a wrong code or PIN, after counting the miss against <paramref name="code"/>.</summary>
    internal static async Task<IResult> NotFoundAsync(string? code, PinGuesses guesses, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            await guesses.MissedAsync(code, cancellationToken);
        }

        return ApiProblem.Create(
            StatusCodes.Status404NotFound,
            "lookup.not-found",
            "Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập (hoặc đã nhập sai quá nhiều lần; thử lại sau 15 phút).",
            "No dossier matches this code and PIN (or too many wrong tries; try again in 15 minutes).");
    }
}
