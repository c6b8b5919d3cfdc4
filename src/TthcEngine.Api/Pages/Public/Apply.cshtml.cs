using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Public;

/// <summary>
/// Nộp hồ sơ trực tuyến (<c>/nop-truc-tuyen</c>): choose the procedure and the receiving agency, fill in the applicant,
/// and for each document a file, or (for a reusable one) the code and PIN of an earlier dossier whose accepted paper to
/// reuse. It runs the handlers of <c>POST /api/public/uploads</c> (one per file) and <c>/applications</c>, with their
/// checks and rate limit; the answer is the reference and the PIN, shown once.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicLimit)]
internal sealed class ApplyModel(
    ProcedureCatalog procedures, AgencyCatalog agencies, TthcDbContext db, PinGuesses guesses, Idempotency idempotency, ApplicantNotices notices, TimeProvider time,
    IConfiguration configuration)
    : UiPageModel
{
    [BindProperty(SupportsGet = true, Name = "thu-tuc")]
    public string? ProcedureCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "co-quan")]
    public string? Agency { get; set; }

    [BindProperty]
    public ApplicantForm Applicant { get; set; } = new();

    public IReadOnlyList<ProcedureDefinition> Procedures => [.. procedures.All.OrderBy(p => p.Code, StringComparer.Ordinal)];

    public IReadOnlyList<AgencyDefinition> Agencies => [.. agencies.All.OrderBy(a => a.Level == "province" ? 0 : 1).ThenBy(a => a.Name, StringComparer.Ordinal)];

    /// <summary>The chosen procedure, once both it and the agency are chosen.</summary>
    public ProcedureDefinition? Procedure { get; private set; }

    public OnlineApplicationCreated? Created { get; private set; }

    public string? Error { get; private set; }

    public sealed class ApplicantForm
    {
        public string? Name { get; set; }

        public string? IdNumber { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }
    }

    public void OnGet() => Choose();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Choose();
        if (Procedure is null)
        {
            Error = L["Chọn thủ tục và nơi tiếp nhận.", "Choose the procedure and the receiving place."];
            return Page();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var papers = new List<OnlinePaperInput>();
        foreach (var document in Procedure.Documents)
        {
            if (form.Files.GetFile("file-" + document.Id) is { Length: > 0 } file)
            {
                var stored = UiOutcome.Read(await DeskEndpoints.StoreFileAsync(
                    file, OnlineUploads.Unclaimed, OnlineApplicationEndpoints.PublicMaxBytes(configuration), db, time, cancellationToken));
                if (stored.As<UploadResponse>() is not { } upload)
                {
                    Error = $"{document.Name}: {stored.Message(L)}";
                    return Page();
                }

                papers.Add(new OnlinePaperInput(document.Id, UploadId: upload.Id));
            }
            else if (document.Reusable && form["reuse-code-" + document.Id].ToString() is { Length: > 0 } code)
            {
                papers.Add(new OnlinePaperInput(document.Id, ReuseFrom: new ReuseSource(code.Trim(), form["reuse-pin-" + document.Id].ToString())));
            }
        }

        var applicant = new ApplicantInput(Applicant.Name ?? "", Applicant.IdNumber?.Trim() ?? "", Blank(Applicant.Phone), Blank(Applicant.Email), Blank(Applicant.Address));
        var outcome = UiOutcome.Read(await OnlineApplicationEndpoints.SubmitAsync(
            new OnlineApplicationRequest(Procedure.Code, Agency!, applicant, papers), key: null, procedures, agencies, db, guesses, idempotency, notices, time, cancellationToken));
        Created = outcome.As<OnlineApplicationCreated>();
        if (Created is null)
        {
            Error = outcome.Message(L);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private void Choose() =>
        Procedure = Agency is not null && agencies.Find(Agency) is not null ? procedures.Find(ProcedureCode ?? "") : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
