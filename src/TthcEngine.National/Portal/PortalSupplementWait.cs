namespace TthcEngine.National.Portal;

/// <summary>
/// One wait for a supplement, as the dossier's events tell it: asked at <see cref="RequestedAt"/> while due at
/// <see cref="DueBefore"/>; received at <see cref="ReceivedAt"/>, after which the dossier is due at
/// <see cref="NewDueAt"/> (null while it waits, or if it ended while waiting).
/// </summary>
public sealed record PortalSupplementWait(DateTimeOffset RequestedAt, DateTimeOffset? DueBefore, DateTimeOffset? ReceivedAt = null, DateTimeOffset? NewDueAt = null);
