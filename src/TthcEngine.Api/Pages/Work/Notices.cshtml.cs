using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Pages.Work;

/// <summary>
/// The signed-in officer's notices (<c>GET /api/me/notices</c>'s handler), newest first, the unread ones marked;
/// opening one marks it read and goes to its dossier (a green-lane branch's event to the case's board).
/// </summary>
[Authorize]
internal sealed class NoticesModel(TthcDbContext db, TimeProvider time) : UiPageModel
{
    public MyNotices Notices { get; private set; } = new(0, []);

    /// <summary>Only the unread ones.</summary>
    [BindProperty(SupportsGet = true, Name = "chua-doc")]
    public bool UnreadOnly { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notices = UiOutcome.Read(await OfficerNoticeEndpoints.List(UnreadOnly, User, db, cancellationToken)).As<MyNotices>()!;

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await OfficerNoticeEndpoints.Read(id, User, db, time, cancellationToken));
        if (outcome.As<OfficerNotice>() is not { } notice)
        {
            return After(outcome, "", "/thong-bao");
        }

        return LocalRedirect(notice.Kind == OfficerNoticeKinds.GreenLaneStep ? $"/luong-xanh/{notice.DossierId}"
            : notice.StepId is { } step ? $"/ho-so/{notice.DossierId}#step-{step}"
            : $"/ho-so/{notice.DossierId}");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await OfficerNoticeEndpoints.ReadAll(User, db, time, cancellationToken));
        var marked = outcome.As<NoticesMarked>()?.Marked ?? 0;
        return After(outcome, L[$"Đã đánh dấu {marked} thông báo là đã đọc.", $"Marked {marked} notices read."], "/thong-bao");
    }
}
