using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Portal;

/// <summary>
/// The dossier's changing part on the portal (status and dates) after a run of its queued events, folded in order.
/// </summary>
public sealed record PortalSnapshot(
    int Status,
    DateTimeOffset? DueAt,
    DateTimeOffset? ResultReadyAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? StoppedAt,
    DateTimeOffset? RefusedAt)
{
    public static PortalSnapshot Empty { get; } = new(0, null, null, null, null, null);

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
            RefusedAt ?? (status == 3 || (stopped && item.Outcome == "Refused") ? item.OccurredAt : null));
    }
}
