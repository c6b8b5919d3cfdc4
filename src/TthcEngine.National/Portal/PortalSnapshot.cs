using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Portal;

/// <summary>
/// The dossier's changing part on the portal (status, dates and supplement waits) after a run of its queued events,
/// folded in order.
/// </summary>
public sealed record PortalSnapshot(
    int Status,
    DateTimeOffset? DueAt,
    DateTimeOffset? ResultReadyAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? StoppedAt,
    DateTimeOffset? RefusedAt,
    IReadOnlyList<PortalSupplementWait> Supplements)
{
    public static PortalSnapshot Empty { get; } = new(0, null, null, null, null, null, []);

    /// <summary>
    /// NgayKetThucXuLy: the first of status 9, then 10, then 8, 3 or 7 (Decision 766, shared/national-api.md §1.3: a
    /// withdrawal after acceptance ends the processing too).
    /// </summary>
    public DateTimeOffset? ProcessingEndedAt => ResultReadyAt ?? ReturnedAt ?? StoppedAt;

    public PortalSnapshot Apply(NationalPortalSyncItemRecord item)
    {
        var status = item.NationalStatus;
        var stopped = status is 3 or 7 or 8;
        return new PortalSnapshot(
            status,
            item.DossierDueAt ?? DueAt,
            ResultReadyAt ?? (status == 9 ? item.OccurredAt : null),
            ReturnedAt ?? (status == 10 ? item.OccurredAt : null),
            StoppedAt ?? (stopped ? item.OccurredAt : null),
            RefusedAt ?? (status == 3 || (stopped && item.Outcome == "Refused") ? item.OccurredAt : null),
            SupplementsAfter(item));
    }

    /// <summary>
    /// A pause for a supplement opens a wait, with the due instant it stopped; the resume after it closes that wait
    /// with the new due instant (a supplement restarts the count). A pause for a financial obligation is no supplement.
    /// </summary>
    private IReadOnlyList<PortalSupplementWait> SupplementsAfter(NationalPortalSyncItemRecord item) => item.Message switch
    {
        "DossierPaused" when item.Detail == "AwaitingSupplement" => [.. Supplements, new PortalSupplementWait(item.OccurredAt, DueAt)],
        "DossierResumed" when Supplements is [.., { ReceivedAt: null } open] =>
            [.. Supplements.Take(Supplements.Count - 1), open with { ReceivedAt = item.OccurredAt, NewDueAt = item.DossierDueAt }],
        _ => Supplements,
    };
}
