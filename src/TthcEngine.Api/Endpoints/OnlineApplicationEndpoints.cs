using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Nộp hồ sơ trực tuyến: the applicant uploads papers and submits an application (status 1 Mới đăng ký) to the desk of
/// an agency competent for the procedure, reusing papers accepted on an earlier dossier of theirs by that dossier's code
/// and PIN; the desk accepts it (the same receipt as at the counter, channel <c>online</c>) or refuses it with a reason.
/// </summary>
public static class OnlineApplicationEndpoints
{
    private const int MaxPapers = 30;

    public static IEndpointRouteBuilder MapOnlineApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/public").WithTags("Online").AllowAnonymous().RequireRateLimiting(AuthSetup.PublicLimit);
        open.MapPost("/uploads", Upload).DisableAntiforgery()
            .WithSummary("Tải lên một giấy tờ của hồ sơ nộp trực tuyến (PDF, PNG, JPEG; multipart field 'file'); dùng được một lần");
        open.MapPost("/applications", Submit).WithSummary("Nộp hồ sơ trực tuyến (submit an online application)");
        open.MapPost("/applications/lookup", Lookup).WithSummary("Tra cứu hồ sơ nộp trực tuyến bằng mã và mã tra cứu");

        var desk = app.MapGroup("/api/desk/applications").WithTags("Desk").RequireAuthorization(Roles.Desk);
        desk.MapGet("/", Pending).WithSummary("Hồ sơ nộp trực tuyến chờ tiếp nhận của cơ quan (oldest first)");
        desk.MapGet("/refused", Refused).WithSummary("Hồ sơ nộp trực tuyến cơ quan đã từ chối tiếp nhận trong 30 ngày qua (newest first), với mã và Phiếu từ chối");
        desk.MapGet("/{id:guid}/notices", Notices).WithSummary("Thông báo đã gửi người nộp về hồ sơ nộp trực tuyến (SMS, thư điện tử: nộp, từ chối)");
        desk.MapPost("/{id:guid}/accept", Accept).WithSummary("Tiếp nhận hồ sơ nộp trực tuyến (the desk's receipt, channel online)");
        desk.MapPost("/{id:guid}/refuse", Refuse).WithSummary("Từ chối tiếp nhận hồ sơ nộp trực tuyến, có lý do");
        return app;
    }

    /// <summary>The largest public upload: <c>Uploads:PublicMaxBytes</c>, 5 MB by default.</summary>
    internal static long PublicMaxBytes(IConfiguration configuration) => configuration.GetValue("Uploads:PublicMaxBytes", 5L * 1024 * 1024);

    internal static Task<IResult> Upload(HttpRequest request, TthcDbContext db, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken) =>
        DeskEndpoints.StoreUploadAsync(request, OnlineUploads.Unclaimed, PublicMaxBytes(configuration), db, time, cancellationToken);

    internal static async Task<IResult> Submit(
        OnlineApplicationRequest body,
        HttpContext http,
        ProcedureCatalog procedures,
        AgencyCatalog agencies,
        TthcDbContext db,
        PinGuesses guesses,
        Idempotency idempotency,
        ApplicantNotices notices,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        // A retried submission (the applicant's connection dropped before the answer) with the same Idempotency-Key gets
        // the first answer, reference and PIN included, instead of a second application.
        var (key, keyProblem) = Idempotency.Read(http, "online-application", "public", body);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        if (key is not null && await idempotency.ReplayAsync(key, cancellationToken) is { } replay)
        {
            return replay;
        }

        IResult result;
        try
        {
            result = await SubmitAsync(body, key, procedures, agencies, db, guesses, idempotency, notices, time, cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            db.ChangeTracker.Clear();
            if (await idempotency.ReplayAsync(key, CancellationToken.None) is not { } stored)
            {
                throw;
            }

            return stored;
        }

        // Refused or failed because the same request, sent twice at once, was stored first (its uploads claimed, its key
        // stored by now): answer as it was answered.
        return key is not null && result is IStatusCodeHttpResult { StatusCode: >= 400 } && await idempotency.ReplayAsync(key, CancellationToken.None) is { } first
            ? first
            : result;
    }

    /// <summary>The submission itself, for the API and the page; with <paramref name="key"/>, its answer is remembered under it.</summary>
    internal static async Task<IResult> SubmitAsync(
        OnlineApplicationRequest body,
        Idempotency.Request? key,
        ProcedureCatalog procedures,
        AgencyCatalog agencies,
        TthcDbContext db,
        PinGuesses guesses,
        Idempotency idempotency,
        ApplicantNotices notices,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var check = new RequestCheck();
        var procedure = procedures.Find(body.ProcedureCode ?? "");
        check.Require(procedure is not null, "procedureCode", "receive.unknown-procedure",
            $"Không có thủ tục mã {body.ProcedureCode}.", $"There is no procedure with code {body.ProcedureCode}.");
        ReceiveCheck.CheckApplicant(body.Applicant, check);
        var agency = agencies.Find(body.Agency ?? "");
        if (agency is null)
        {
            check.Add("agency", "application.agency", $"Không có cơ quan \"{body.Agency}\" trong danh mục.", $"There is no agency \"{body.Agency}\" in the catalogue.");
        }
        else if (procedure is not null)
        {
            // The agency must be competent for the procedure: its own desk receives it (a province-level procedure at
            // the province, a commune-level one at a commune).
            ReceiveCheck.CompetentAgency(agency.Id, procedure, agency, agencies, check);
        }

        var papers = body.Documents ?? [];
        check.Require(papers.Count <= MaxPapers, "documents", "application.too-many", $"Tối đa {MaxPapers} giấy tờ.", $"At most {MaxPapers} papers.");
        foreach (var paper in papers)
        {
            check.Require((paper.UploadId is null) != (paper.ReuseFrom is null), "documents", "application.paper-source",
                $"Giấy tờ \"{paper.DocumentId}\" phải hoặc được tải lên (uploadId) hoặc tái sử dụng từ hồ sơ trước (reuseFrom), một trong hai.",
                $"Paper \"{paper.DocumentId}\" needs either an upload (uploadId) or a reuse of an earlier dossier's paper (reuseFrom), one of the two.");
        }

        var idNumber = body.Applicant?.IdNumber;
        var inputs = new List<DocumentInput>();
        var reusedFromDossier = new Dictionary<Guid, string>();
        if (procedure is not null && !check.Failed)
        {
            foreach (var paper in papers)
            {
                if (paper.ReuseFrom is not { } source)
                {
                    inputs.Add(new DocumentInput(paper.DocumentId, "electronic", 1, UploadId: paper.UploadId));
                    continue;
                }

                // The applicant proves the earlier dossier is theirs by its code and PIN (a miss counts towards the lock);
                // the ID number must be the same, and the paper an accepted one of a document the procedure lets reuse.
                if (await PublicEndpoints.MatchAsync(source.Code, source.Pin, db, guesses, cancellationToken) is not { } earlier)
                {
                    return await PublicEndpoints.NotFoundAsync(source.Code, guesses, cancellationToken);
                }

                var reusable = earlier.Applicant.IdNumber == idNumber
                    ? (await ReusablePapers.ListAsync(db, procedure, idNumber!, cancellationToken, earlier.Id)).FirstOrDefault(p => p.DocumentId == paper.DocumentId)
                    : null;
                if (reusable is null)
                {
                    check.Add("documents", "application.not-reusable",
                        $"Hồ sơ {earlier.Code} không có giấy tờ \"{paper.DocumentId}\" của người nộp này được phép tái sử dụng.",
                        $"Dossier {earlier.Code} has no accepted \"{paper.DocumentId}\" of this applicant that may be reused.");
                    continue;
                }

                reusedFromDossier[reusable.Id] = earlier.Code;
                inputs.Add(new DocumentInput(paper.DocumentId, "electronic", 1, ReusedFrom: reusable.Id));
            }
        }

        var uploads = procedure is null || check.Failed
            ? []
            : (await ReceiveCheck.CheckDocumentsAsync(inputs, idNumber, procedure, OnlineUploads.Unclaimed, db, check, cancellationToken)).Uploads;
        if (check.Failed)
        {
            return check.Problem();
        }

        var now = time.GetUtcNow();
        var reference = $"TT-{now.ToOffset(TimeSpan.FromHours(7)):yyMMdd}-{NewPin().Value[..6]}";
        var pin = NewPin();
        var reused = await db.Attachments.AsNoTracking().Where(a => reusedFromDossier.Keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.FileName, cancellationToken);
        var stored = inputs.Select(i => i.UploadId is { } uploadId
            ? new OnlineApplicationPaper(i.DocumentId, uploads.Single(u => u.Id == uploadId).FileName, uploadId, null, null)
            : new OnlineApplicationPaper(i.DocumentId, reused[i.ReusedFrom!.Value], null, i.ReusedFrom, reusedFromDossier[i.ReusedFrom!.Value])).ToList();
        var applicant = body.Applicant!;
        var record = new OnlineApplicationRecord
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            PinHash = pin.Hash(reference),
            ProcedureCode = procedure!.Code,
            ProcedureVersion = procedure.Version,
            Agency = agency!.Id,
            Applicant = new ApplicantRecord
            {
                Name = applicant.Name.Trim(),
                IdNumber = applicant.IdNumber,
                Phone = applicant.Phone,
                Email = applicant.Email,
                Address = applicant.Address,
            },
            Papers = OnlineApplicationPaper.Write(stored),
            SubmittedAt = now,
            State = OnlineApplicationState.Submitted,
        };

        // Each upload is claimed once: a file another application took in the meantime fails the whole submission.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var upload in uploads)
        {
            var claimed = await db.StoredFiles.Where(f => f.Id == upload.Id && f.UploadedBy == OnlineUploads.Unclaimed)
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.UploadedBy, OnlineUploads.ClaimedBy(reference)), cancellationToken);
            if (claimed != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new RequestCheck().Add("documents", "receive.unknown-upload", $"Tệp tải lên {upload.Id} đã được dùng.", $"Upload {upload.Id} was already used.").Problem();
            }
        }

        var created = new OnlineApplicationCreated(reference, pin.Value, now, (int)NationalStatus.NewlyRegistered);
        db.OnlineApplications.Add(record);
        notices.Queue(db, NoticeRecipient.Of(record), NoticeKinds.ApplicationSubmitted,
            NoticeTexts.ApplicationSubmitted(reference, procedure.Name, agency.Name, notices.Options.LookupUrl), now, now);
        if (key is not null)
        {
            idempotency.Remember(key, StatusCodes.Status201Created, created);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created("/api/public/applications/lookup", created);
    }

    /// <summary>
    /// The application <paramref name="body"/>'s reference and PIN name, or null when none does or the reference is locked
    /// after wrong PINs; the caller answers null with <see cref="PublicEndpoints.NotFoundAsync"/>, which counts the miss.
    /// </summary>
    internal static async Task<OnlineApplicationRecord?> FindAsync(ApplicationLookupRequest body, TthcDbContext db, PinGuesses guesses, CancellationToken cancellationToken)
    {
        var reference = body.Reference?.Trim().ToUpperInvariant();
        var record = string.IsNullOrEmpty(reference) || reference.Length > 32 || string.IsNullOrWhiteSpace(body.Pin) || body.Pin.Length > 32 || await guesses.LockedAsync(reference, cancellationToken)
            ? null
            : await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken);
        return record is not null && LookupPin.Matches(record.PinHash, record.Reference, body.Pin!) ? record : null;
    }

    internal static async Task<IResult> Lookup(
        ApplicationLookupRequest body, TthcDbContext db, ProcedureCatalog procedures, PinGuesses guesses, IDataProtectionProvider protection, CancellationToken cancellationToken)
    {
        if (await FindAsync(body, db, guesses, cancellationToken) is not { } record)
        {
            return await PublicEndpoints.NotFoundAsync(body.Reference, guesses, cancellationToken);
        }

        var dossierCode = record.DossierId is { } dossierId
            ? await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Code).SingleAsync(cancellationToken)
            : null;
        var status = record.State switch
        {
            OnlineApplicationState.Accepted => NationalStatus.Received,
            OnlineApplicationState.Refused => NationalStatus.RefusedAtReceipt,
            _ => NationalStatus.NewlyRegistered,
        };
        return TypedResults.Ok(new OnlineApplicationStatus(
            record.Reference,
            StateName(record.State),
            (int)status,
            DossierViews.NameOf((int)status),
            record.ProcedureCode,
            procedures.Find(record.ProcedureCode)?.Name ?? record.ProcedureCode,
            record.Agency,
            record.SubmittedAt,
            record.DecidedAt,
            dossierCode,
            record.DossierPin is null ? null : Protector(protection).Unprotect(record.DossierPin),
            record.RefusalReason,
            record.RefusedCode));
    }

    internal static async Task<IResult> Pending(ClaimsPrincipal user, TthcDbContext db, ProcedureCatalog procedures, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var records = await db.OnlineApplications.AsNoTracking()
            .Where(a => a.Agency == officer.Agency && a.State == OnlineApplicationState.Submitted)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(records.OrderBy(a => a.SubmittedAt).Take(200).Select(a =>
        {
            var procedure = procedures.Find(a.ProcedureCode);
            var names = procedure?.Documents.ToDictionary(d => d.Id, d => d.Name) ?? [];
            return new PendingApplication(
                a.Id,
                a.Reference,
                a.ProcedureCode,
                procedure?.Name ?? a.ProcedureCode,
                a.Agency,
                new ApplicantInput(a.Applicant.Name, a.Applicant.IdNumber ?? "", a.Applicant.Phone, a.Applicant.Email, a.Applicant.Address),
                a.SubmittedAt,
                [.. PapersOf(a).Select(p => new PendingPaper(p.DocumentId, names.GetValueOrDefault(p.DocumentId, p.DocumentId), p.FileName, p.UploadId, p.ReusedFrom, p.ReusedFromDossier))]);
        }).ToList());
    }

    /// <summary>
    /// The applications the officer's agency refused in the last 30 days, newest first (at most 100): the code each refusal
    /// took and the reason, so that the desk can print the refusal slip (Form 03) or answer a call about it.
    /// </summary>
    internal static async Task<IResult> Refused(ClaimsPrincipal user, TthcDbContext db, ProcedureCatalog procedures, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var since = time.GetUtcNow().AddDays(-30);
        var records = await db.OnlineApplications.AsNoTracking()
            .Where(a => a.Agency == officer.Agency && a.State == OnlineApplicationState.Refused && a.DecidedAt >= since)
            .OrderByDescending(a => a.DecidedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        var told = (await NoticeEndpoints.ListForApplicationsAsync(db, [.. records.Select(a => a.Id)], cancellationToken))
            .Where(n => n.Kind == NoticeKinds.ApplicationRefused).ToLookup(n => n.ApplicationId);
        return TypedResults.Ok(records.Select(a => new RefusedApplication(
            a.Id,
            a.Reference,
            a.RefusedCode ?? "",
            a.ProcedureCode,
            procedures.Find(a.ProcedureCode)?.Name ?? a.ProcedureCode,
            a.Applicant.Name,
            a.SubmittedAt,
            a.DecidedAt!.Value,
            a.RefusalReason ?? "",
            a.DecidedBy) { Notices = [.. told[a.Id]] }).ToList());
    }

    /// <summary>What the applicant was told of the application itself (its submission, its refusal), for the desk of its agency.</summary>
    internal static async Task<IResult> Notices(Guid id, ClaimsPrincipal user, TthcDbContext db, CancellationToken cancellationToken)
    {
        var agency = Officer.From(user).Agency;
        return await db.OnlineApplications.AnyAsync(a => a.Id == id && a.Agency == agency, cancellationToken)
            ? TypedResults.Ok(await NoticeEndpoints.ListForApplicationsAsync(db, [id], cancellationToken))
            : NotFound();
    }

    internal static async Task<IResult> Accept(
        Guid id,
        HttpContext http,
        ClaimsPrincipal user,
        ProcedureCatalog procedures,
        AgencyCatalog agencies,
        TthcDbContext db,
        DossierService service,
        Idempotency idempotency,
        IDataProtectionProvider protection,
        CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var (key, keyProblem) = Idempotency.Read(http, "accept-application", officer.UserName, new { id });
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        if (key is not null && await idempotency.ReplayAsync(key, cancellationToken) is { } replay)
        {
            return replay;
        }

        var application = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || application.Agency != officer.Agency)
        {
            return NotFound();
        }

        if (application.State != OnlineApplicationState.Submitted)
        {
            return AlreadyDecided(application);
        }

        var body = new ReceiveRequest(
            application.ProcedureCode,
            new ApplicantInput(application.Applicant.Name, application.Applicant.IdNumber ?? "", application.Applicant.Phone, application.Applicant.Email, application.Applicant.Address),
            [.. PapersOf(application).Select(p => new DocumentInput(p.DocumentId, "electronic", 1, p.UploadId, p.ReusedFrom))],
            Channel: "online",
            Agency: application.Agency);
        var version = application.Version;
        var protector = Protector(protection);
        try
        {
            return await DeskEndpoints.ReceiveAsync(
                body, officer, key, procedures, agencies, db, service, idempotency, http.RequestServices.GetRequiredService<IConfiguration>(),
                OnlineUploads.ClaimedBy(application.Reference),
                (record, received) =>
                {
                    // Marked accepted in the receipt's own transaction, guarded by the row's version: of two accepts
                    // racing, the second's receipt (its dossier included) is rolled back.
                    var entry = db.Attach(application);
                    application.State = OnlineApplicationState.Accepted;
                    application.DossierId = record.Id;
                    application.DossierPin = protector.Protect(received.Pin);
                    application.DecidedBy = officer.UserName;
                    application.DecidedAt = received.ReceivedAt;
                    application.Version = version + 1;
                    entry.State = EntityState.Modified;
                    entry.Property(a => a.Version).OriginalValue = version;
                },
                cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.OnlineApplications.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
            return AlreadyDecided(now);
        }
    }

    /// <summary>
    /// Refuses the application (Form 03, status 3) with a reason: it is given a dossier code from the desk's daily serials,
    /// as a receipt would be, by which the refusal slip and the national portal know it; the applicant's notice and the
    /// portal's record are queued in the same transaction.
    /// </summary>
    internal static async Task<IResult> Refuse(
        Guid id,
        ReasonRequest body,
        ClaimsPrincipal user,
        TthcDbContext db,
        AgencyCatalog agencies,
        ApplicantNotices notices,
        PortalQueue portal,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        for (var attempt = 1; ; attempt++)
        {
            var application = await db.OnlineApplications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            var desk = agencies.Find(officer.Agency);
            if (application is null || application.Agency != officer.Agency || desk is null)
            {
                return NotFound();
            }

            if (string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > 2000)
            {
                return ApiProblem.Invalid("application.reason", "Cần ghi lý do từ chối (tối đa 2.000 ký tự).", "A reason for the refusal is required (at most 2,000 characters).");
            }

            if (application.State != OnlineApplicationState.Submitted)
            {
                return AlreadyDecided(application);
            }

            var now = time.GetUtcNow();
            application.State = OnlineApplicationState.Refused;
            application.RefusalReason = body.Reason.Trim();
            application.DecidedBy = officer.UserName;
            application.DecidedAt = now;
            application.Version++;
            notices.Queue(db, NoticeRecipient.Of(application), NoticeKinds.ApplicationRefused,
                NoticeTexts.ApplicationRefused(application.Reference, notices.AgencyName(application.Agency), application.RefusalReason), now, now);
            try
            {
                await db.SaveWithNewCodeAsync(desk.ReceivingUnitCode, now, code =>
                {
                    application.RefusedCode = code;
                    portal.Refused(db, application, officer.FullName is { Length: > 0 } name ? name : officer.UserName, now);
                }, cancellationToken);
                return TypedResults.NoContent();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return AlreadyDecided(await db.OnlineApplications.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another desk took the unit's first serial of the day at the same moment: nothing was stored; again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static IReadOnlyList<OnlineApplicationPaper> PapersOf(OnlineApplicationRecord application) => OnlineApplicationPaper.Read(application.Papers);

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("TthcEngine.OnlineApplications.DossierPin.v1");

    private static LookupPin NewPin() => LookupPin.FromRandomBytes(RandomNumberGenerator.GetBytes(LookupPin.RandomBytesNeeded));

    private static string StateName(OnlineApplicationState state) => state switch
    {
        OnlineApplicationState.Accepted => "accepted",
        OnlineApplicationState.Refused => "refused",
        _ => "submitted",
    };

    internal static IResult NotFound() => ApiProblem.Create(
        StatusCodes.Status404NotFound, "application.not-found", "Không tìm thấy hồ sơ nộp trực tuyến.", "There is no such online application.");

    private static IResult AlreadyDecided(OnlineApplicationRecord application) => ApiProblem.Create(
        StatusCodes.Status409Conflict,
        "application.decided",
        $"Hồ sơ nộp trực tuyến {application.Reference} đã được xử lý ({StateName(application.State)}).",
        $"Online application {application.Reference} was already decided ({StateName(application.State)}).");
}
