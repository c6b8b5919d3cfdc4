using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Infrastructure.Files;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The files of a dossier for the officers who see it: each paper handed in (to appraise it on screen) and the
/// electronic result; and the same files through the signed links made for the national portal
/// (<see cref="FileLinks"/>). Shown inline and never cached.
/// </summary>
public static class DossierFileEndpoints
{
    public static IEndpointRouteBuilder MapDossierFileEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization();
        dossiers.MapGet("/{id:guid}/documents/{attachmentId:guid}", Document)
            .WithSummary("Tệp giấy tờ của hồ sơ (the file of a paper handed in; whoever sees the dossier)");
        dossiers.MapGet("/{id:guid}/result", Result)
            .WithSummary("Tệp kết quả điện tử đã trả (the electronic result handed over; whoever sees the dossier)");
        // A link the portal sync signed: anonymous (the signature names the one file and its expiry), not rate
        // limited (the national portal downloads many files from one address; a wrong signature costs one HMAC).
        app.MapGet("/api/files/{kind}/{id:guid}", Linked).WithTags("Files").AllowAnonymous()
            .WithSummary("Tệp qua đường dẫn có chữ ký (a file through a signed link made for the national portal)");
        return app;
    }

    internal static async Task<IResult> Linked(
        string kind, Guid id, long? expires, string? signature, IServiceProvider services, TthcDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (services.GetService<FileLinks>() is not { } links || expires is not { } until)
        {
            return LinkInvalid();
        }

        switch (links.Check(kind, id, until, signature))
        {
            case FileLinkVerdict.Invalid:
                return LinkInvalid();
            case FileLinkVerdict.Expired:
                return ApiProblem.Create(StatusCodes.Status410Gone, "file-link.expired", "Đường dẫn tải tệp đã hết hạn.", "The file link has expired.");
        }

        var file = kind == FileLinks.Paper
            ? await PaperFileAsync(db, db.Attachments.Where(a => a.Id == id), cancellationToken)
            : await ElectronicResults.StoredFileAsync(db, id, cancellationToken);
        return file is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "file-link.gone", "Tệp không còn được lưu.", "The file is no longer stored.")
            : Inline(http, file.Content, file.ContentType, file.FileName);
    }

    private static IResult LinkInvalid() =>
        ApiProblem.Create(StatusCodes.Status403Forbidden, "file-link.invalid", "Đường dẫn tải tệp không hợp lệ.", "The file link is not valid.");

    internal static async Task<IResult> Document(Guid id, Guid attachmentId, ClaimsPrincipal user, DossierCommands dossiers, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await SeesAsync(id, user, dossiers, cancellationToken))
        {
            return ApiProblems.DossierNotFound();
        }

        var db = dossiers.Db;
        var file = await PaperFileAsync(db, db.Attachments.Where(a => a.Id == attachmentId && a.DossierId == id), cancellationToken);
        return file is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "document.not-found", "Hồ sơ không có tệp giấy tờ này.", "The dossier has no such paper file.")
            : Inline(http, file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// The file of the paper <paramref name="attachment"/> selects, with the paper's own name and type. The bytes live in
    /// the file store by their hash: a reused paper shares the earlier one's.
    /// </summary>
    private static async Task<FileToServe?> PaperFileAsync(TthcDbContext db, IQueryable<AttachmentRecord> attachment, CancellationToken cancellationToken) =>
        await attachment.AsNoTracking()
            .Join(db.StoredFiles, a => a.Sha256, f => f.Sha256, (a, f) => new FileToServe(f.Content, a.ContentType, a.FileName))
            .FirstOrDefaultAsync(cancellationToken);

    internal static async Task<IResult> Result(Guid id, ClaimsPrincipal user, DossierCommands dossiers, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await SeesAsync(id, user, dossiers, cancellationToken))
        {
            return ApiProblems.DossierNotFound();
        }

        var file = await ElectronicResults.FindAsync(dossiers.Db, id, cancellationToken);
        return file is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "result.none", "Hồ sơ không có kết quả điện tử.", "The dossier has no electronic result.")
            : Inline(http, file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Whether the officer sees the dossier (as <c>GET /api/dossiers/{id}</c>): another agency's dossier is a 404.</summary>
    private static async Task<bool> SeesAsync(Guid id, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var record = await dossiers.Db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is not null && dossiers.Access.CanSee(Officer.From(user), record);
    }

    /// <summary>
    /// The file to show in the browser: its name in <c>Content-Disposition: inline</c>, not stored by any cache (it holds
    /// personal papers). Uploads are only PDF, PNG or JPEG, checked by their first bytes, and served with the site's
    /// headers (<c>nosniff</c>, its content policy); a <c>sandbox</c> policy would stop Chromium showing a PDF at all.
    /// </summary>
    private static IResult Inline(HttpContext http, byte[] content, string contentType, string fileName)
    {
        var headers = http.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = fileName }.ToString();
        headers.CacheControl = "no-store";
        return TypedResults.File(content, contentType);
    }
}
