using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;
using TthcEngine.National.Population;

namespace TthcEngine.Api.Pages.Desk;

/// <summary>
/// Receiving a dossier at the desk: the checklist of the procedure's documents, scans uploaded one at a time
/// (<c>POST /api/uploads</c>'s handler), papers the applicant already had accepted offered for reuse by their
/// identification number, then the receipt (<c>POST /api/desk/dossiers</c>'s handler: the same checks and the same
/// dossier). The code and PIN are shown once on the dossier's page, with the forms to print.
/// </summary>
[Authorize(Roles.Desk)]
internal sealed class ReceiveModel(
    ProcedureCatalog procedures, AgencyCatalog agencies, TthcDbContext db, DossierService service, Idempotency idempotency, TimeProvider time, IConfiguration configuration)
    : UiPageModel
{
    public ProcedureDefinition Procedure { get; private set; } = null!;

    [BindProperty]
    public ReceiveForm Form { get; set; } = new();

    [BindProperty]
    public string? UploadFor { get; set; }

    public IReadOnlyList<ReusablePaperView> Reusable { get; private set; } = [];

    /// <summary>The communes a commune-level procedure may be received for (phi địa giới).</summary>
    public IReadOnlyList<AgencyDefinition> Communes { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet(string code)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        Form = ReceiveForm.For(Procedure);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string code, CancellationToken cancellationToken)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        var paper = Form.Papers.FirstOrDefault(p => p.DocumentId == UploadFor);
        var outcome = UiOutcome.Read(await DeskEndpoints.Upload(Request, User, db, time, configuration, cancellationToken));
        if (outcome.As<UploadResponse>() is { } upload && paper is not null)
        {
            paper.UploadId = upload.Id;
            paper.UploadName = upload.FileName;
            paper.ReusedFrom = null;
            paper.Present = true;
        }
        else
        {
            Error = outcome.Ok ? L["Chọn giấy tờ cần tải bản chụp.", "Choose the document the scan is for."] : outcome.Message(L);
        }

        return await RedisplayAsync(cancellationToken);
    }

    /// <summary>Whether the population database is connected: the lookup button shows only then.</summary>
    public bool PopulationConnected => HttpContext.RequestServices.GetService<PopulationClient>() is not null;

    /// <summary>
    /// Tra cứu CSDL dân cư (<c>POST /api/desk/citizens/lookup</c>'s handler, audited the same way): fills the name and
    /// address from the population database, keeps the lookup for the receipt, and lists the papers to reuse.
    /// </summary>
    public async Task<IActionResult> OnPostLookupAsync(string code, CancellationToken cancellationToken)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        var services = HttpContext.RequestServices;
        Form.PopulationLookupId = null;
        var outcome = await UiOutcome.RunAsync(() => PopulationEndpoints.LookUp(
            new CitizenLookupRequest(Form.IdNumber.Trim(), code), User, services, procedures, db, time, configuration,
            services.GetRequiredService<ILoggerFactory>(), cancellationToken));
        if (outcome.As<CitizenLookupResponse>() is not { } found)
        {
            Error = outcome.Message(L);
        }
        else if (found.Citizen is not { } citizen)
        {
            Error = L["Không tìm thấy số định danh này trong CSDL quốc gia về dân cư.", "The population database holds nobody with this ID number."];
        }
        else
        {
            Form.Name = citizen.FullName;
            Form.Address = citizen.CurrentAddress ?? citizen.PermanentAddress ?? Form.Address;
            Form.PopulationLookupId = found.LookupId;
            Notice = L["Đã tra cứu CSDL quốc gia về dân cư: thông tin người nộp đã được điền.", "Looked up in the population database: the applicant's details are filled in."];
        }

        return await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReuseAsync(string code, CancellationToken cancellationToken) =>
        Load(code) ? await RedisplayAsync(cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        if (Form.SubmissionKey is { Length: > 0 and <= 64 } key)
        {
            // The receipt endpoint reads its idempotency key from the request's header.
            HttpContext.Request.Headers[Idempotency.Header] = "form-" + key;
        }

        var outcome = await UiOutcome.RunAsync(() => DeskEndpoints.Receive(
            Form.ToRequest(code), HttpContext, User, procedures, agencies, db, service, idempotency, cancellationToken));
        var received = outcome.As<ReceiveResponse>()
            ?? (outcome.Value is string replayed ? JsonSerializer.Deserialize<ReceiveResponse>(replayed, new JsonSerializerOptions(JsonSerializerDefaults.Web)) : null);
        if (received is null)
        {
            Error = outcome.Message(L);
            return await RedisplayAsync(cancellationToken);
        }

        // Shown once: the PIN is stored only as a hash.
        TempData["ReceivedPin"] = received.Pin;
        Notice = L[$"Đã tiếp nhận hồ sơ {received.Code}.", $"Dossier {received.Code} received."];
        return LocalRedirect($"/ho-so/{received.Id}");
    }

    private bool Load(string code)
    {
        if (procedures.Find(code) is not { } procedure)
        {
            return false;
        }

        Procedure = procedure;
        if (procedure.Level == CompetentLevel.Commune && agencies.Find(Me.Agency) is { } desk)
        {
            var province = agencies.ProvinceOf(desk).Id;
            Communes = [.. agencies.All.Where(a => a.Level == "commune" && a.Parent == province).OrderBy(a => a.Name, StringComparer.Ordinal)];
        }

        return true;
    }

    /// <summary>Shows the form again with what was posted, and the applicant's papers that may be reused.</summary>
    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        // The form shows the model (an upload's id is set here), not the values as posted.
        ModelState.Clear();
        var known = Procedure.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Form.Papers = [.. Procedure.Documents.Select(d => Form.Papers.FirstOrDefault(p => p.DocumentId == d.Id) ?? new ReceiveForm.PaperInput { DocumentId = d.Id })];
        Form.Papers.RemoveAll(p => !known.Contains(p.DocumentId));
        var idNumber = Form.IdNumber.Trim();
        if (idNumber.Length >= 10)
        {
            Reusable = await ReusablePapers.ListAsync(db, Procedure, idNumber, cancellationToken);
        }

        return Page();
    }
}
