using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Endpoints;

/// <summary>The one-stop desk (Bộ phận Một cửa): uploads and receiving dossiers.</summary>
public static class DeskEndpoints
{
    public static IEndpointRouteBuilder MapDeskEndpoints(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api/desk").WithTags("Desk").RequireAuthorization(Roles.Desk);
        desk.MapPost("/dossiers", Receive).WithSummary("Tiếp nhận hồ sơ (receive a dossier; Idempotency-Key honoured)");
        app.MapPost("/api/uploads", Upload).WithTags("Desk").RequireAuthorization(Roles.Specialist).DisableAntiforgery()
            .WithSummary("Tải lên giấy tờ hoặc kết quả điện tử (PDF, PNG, JPEG; multipart field 'file')");
        return app;
    }

    internal static async Task<IResult> Receive(
        ReceiveRequest body,
        HttpContext http,
        ClaimsPrincipal user,
        ProcedureCatalog procedures,
        AgencyCatalog agencies,
        TthcDbContext db,
        DossierService service,
        Idempotency idempotency,
        CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var (key, keyProblem) = Idempotency.Read(http, "receive", officer.UserName, body);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        if (key is not null && await idempotency.ReplayAsync(key, cancellationToken) is { } replay)
        {
            return replay;
        }

        return await ReceiveAsync(
            body, officer, key, procedures, agencies, db, service, idempotency, http.RequestServices.GetRequiredService<IConfiguration>(), uploader: null, alongside: null, cancellationToken);
    }

    /// <summary>
    /// The receipt itself, for the desk's <c>POST /api/desk/dossiers</c> and for the acceptance of an online application:
    /// checks, then stores the dossier, its papers (uploaded or reused, with their source), the receipt note and
    /// <paramref name="alongside"/>'s changes in one transaction.
    /// </summary>
    /// <param name="uploader">Whose uploads the papers may name; by default the officer's (<see cref="ReceiveCheck.RunAsync"/>).</param>
    internal static async Task<IResult> ReceiveAsync(
        ReceiveRequest body,
        Officer officer,
        Idempotency.Request? key,
        ProcedureCatalog procedures,
        AgencyCatalog agencies,
        TthcDbContext db,
        DossierService service,
        Idempotency idempotency,
        IConfiguration configuration,
        string? uploader,
        Action<DossierRecord, ReceivedDossier>? alongside,
        CancellationToken cancellationToken)
    {
        var (ok, check) = await ReceiveCheck.RunAsync(body, officer, procedures, agencies, db, configuration, cancellationToken, uploader);
        if (ok is null)
        {
            return check.Problem();
        }

        var applicant = body.Applicant;
        var request = new ReceiveDossier(
            ok.Procedure.Code,
            ok.Desk.ReceivingUnitCode,
            new ApplicantData(applicant.Name.Trim(), applicant.IdNumber, applicant.Phone, applicant.Email, applicant.Address),
            body.Channel,
            ok.Lane,
            Agency: ok.Agency.Id,
            ReceivingAgency: ok.Desk.Id,
            ReceivedBy: ok.Agency.Id == ok.Desk.Id ? officer.UserName : null);
        ReceiveResponse? response = null;
        try
        {
            await service.ReceiveAsync(request, (record, received) =>
            {
                var documents = ok.Procedure.Documents.ToDictionary(d => d.Id);
                foreach (var paper in body.Documents.Where(p => p.UploadId is not null || p.ReusedFrom is not null))
                {
                    var file = paper.UploadId is { } uploadId ? ok.Uploads.Single(u => u.Id == uploadId) : null;
                    var earlier = paper.ReusedFrom is { } reused ? ok.Reused[reused] : null;
                    db.Attachments.Add(new AttachmentRecord
                    {
                        Id = Guid.CreateVersion7(received.ReceivedAt),
                        DossierId = record.Id,
                        DocumentId = paper.DocumentId,
                        FileName = file?.FileName ?? earlier!.FileName,
                        ContentType = file?.ContentType ?? earlier!.ContentType,
                        Size = file?.Size ?? earlier!.Size,
                        Sha256 = file?.Sha256 ?? earlier!.Sha256,
                        AttachedAt = received.ReceivedAt,
                        ReusedFrom = paper.ReusedFrom,
                    });
                }

                db.Notes.Add(new DossierNoteRecord
                {
                    Id = Guid.CreateVersion7(received.ReceivedAt),
                    DossierId = record.Id,
                    Kind = NoteKinds.Documents,
                    At = received.ReceivedAt,
                    Officer = officer.UserName,
                    Payload = DossierViews.Payload(new ReceiptNote(
                        [.. body.Documents.Select(p => new ReceiptNote.Paper(p.DocumentId, documents[p.DocumentId].Name, p.Kind, p.Quantity, p.UploadId, p.ReusedFrom))],
                        body.Sets,
                        body.ReturnPlace ?? ok.Desk.DeskName,
                        officer.FullName)),
                });
                if (ok.Lookup is { } lookup)
                {
                    PopulationLookupUse.Record(db, lookup, record.Id, received.ReceivedAt, officer.UserName, body.Documents);
                }

                response = new ReceiveResponse(
                    received.Id, received.Code, received.Pin, received.ReceivedAt, received.DueAt, received.NationalStatus, $"/api/dossiers/{received.Id}/forms/receipt");
                if (key is not null)
                {
                    idempotency.Remember(key, StatusCodes.Status201Created, response);
                }

                alongside?.Invoke(record, received);
            }, cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key arrived twice at once and the other request stored its dossier first: answer as it did.
            db.ChangeTracker.Clear();
            if (await idempotency.ReplayAsync(key, CancellationToken.None) is { } earlier)
            {
                return earlier;
            }

            throw;
        }

        return TypedResults.Created(response!.ReceiptUrl, response);
    }

    internal static Task<IResult> Upload(HttpRequest request, ClaimsPrincipal user, TthcDbContext db, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken) =>
        StoreUploadAsync(request, Officer.From(user).UserName, configuration.GetValue("Uploads:MaxBytes", 10L * 1024 * 1024), db, time, cancellationToken);

    /// <summary>
    /// Stores the multipart field <c>file</c> of at most <paramref name="maxBytes"/>, checked by its content (PDF, PNG,
    /// JPEG: <see cref="UploadCheck"/>), as uploaded by <paramref name="uploadedBy"/>: an officer, or the public
    /// (<see cref="OnlineUploads.Unclaimed"/>).
    /// </summary>
    internal static async Task<IResult> StoreUploadAsync(
        HttpRequest request, string uploadedBy, long maxBytes, TthcDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, "upload.form", "Cần gửi tệp dạng multipart/form-data, trường 'file'.",
                "Send the file as multipart/form-data in the field 'file'.");
        }

        if (request.ContentLength > maxBytes + 64 * 1024)
        {
            return TooLarge(maxBytes);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
        {
            return ApiProblem.Invalid("upload.missing", "Không có tệp trong trường 'file'.", "There is no file in the field 'file'.");
        }

        return await StoreFileAsync(file, uploadedBy, maxBytes, db, time, cancellationToken);
    }

    /// <summary>Stores one file of a form read already (the pages' forms carry several), checked as <see cref="StoreUploadAsync"/> checks it.</summary>
    internal static async Task<IResult> StoreFileAsync(IFormFile file, string uploadedBy, long maxBytes, TthcDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (UploadCheck.Detect(content) is not { } type)
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, "upload.type",
                "Chỉ nhận tệp PDF, PNG hoặc JPEG (kiểm tra theo nội dung tệp).", "Only PDF, PNG or JPEG files are accepted (told by their content).");
        }

        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            name = "tep" + type.Extension;
        }

        var now = time.GetUtcNow();
        var record = new StoredFileRecord
        {
            Id = Guid.CreateVersion7(now),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            ContentType = type.ContentType,
            FileName = name,
            Size = content.Length,
            Content = content,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
        db.StoredFiles.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/uploads/{record.Id}", new UploadResponse(record.Id, record.FileName, record.ContentType, record.Size, record.Sha256));
    }

    private static IResult TooLarge(long maxBytes) => ApiProblem.Create(
        StatusCodes.Status413PayloadTooLarge, "upload.too-large",
        $"Tệp vượt quá {maxBytes / 1024 / 1024} MB.", $"The file is larger than {maxBytes / 1024 / 1024} MB.");
}
