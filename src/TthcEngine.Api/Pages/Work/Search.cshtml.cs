using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Work;

/// <summary>
/// Finding a dossier (<c>GET /api/dossiers</c>'s handler): by code, ID number, phone or the applicant's name, narrowed by
/// status, open only and the days received; each found dossier links to its page.
/// </summary>
[Authorize]
internal sealed class SearchModel(TthcDbContext db, DossierAccess access, ProcedureCatalog procedures, TimeProvider time) : UiPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public int? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "dang-xu-ly")]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu-ngay")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den-ngay")]
    public string? To { get; set; }

    /// <summary>What was found; null before a search, or when the criteria were refused (<see cref="UiPageModel.Problem"/> says why).</summary>
    public DossierSearchResult? Found { get; private set; }

    public string? Refused { get; private set; }

    public static IReadOnlyDictionary<int, string> Statuses => DossierViews.StatusNames;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query is null && Status is null && !Open && From is null && To is null)
        {
            return;
        }

        var outcome = UiOutcome.Read(await DossierSearchEndpoints.Search(
            Query, Status, null, Open ? true : null, From, To, User, db, access, procedures, time, cancellationToken));
        Found = outcome.As<DossierSearchResult>();
        Refused = outcome.Ok ? null : outcome.Message(L);
    }
}
