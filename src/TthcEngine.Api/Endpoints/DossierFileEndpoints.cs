using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The files of a dossier for the officers who see it: each paper handed in (to appraise it on screen) and the
/// electronic result. Shown inline and never cached.
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
        return app;
    }

    internal static async Task<IResult> Document(Guid id, Guid attachmentId, ClaimsPrincipal user, DossierCommands dossiers, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await SeesAsync(id, user, dossiers, cancellationToken))
        {
            return ApiProblems.DossierNotFound();
        }

        var db = dossiers.Db;
        var paper = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DossierId == id)
            .Select(a => new { a.FileName, a.ContentType, a.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);

        // The bytes live in the file store by their hash: a reused paper shares the earlier one's.
        var content = paper is null
            ? null
            : await db.StoredFiles.AsNoTracking().Where(f => f.Sha256 == paper.Sha256).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
        return paper is null || content is null
            ? ApiProblem.Create(StatusCodes.Status404NotFound, "document.not-found", "Hồ sơ không có tệp giấy tờ này.", "The dossier has no such paper file.")
            : Inline(http, content, paper.ContentType, paper.FileName);
    }

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
