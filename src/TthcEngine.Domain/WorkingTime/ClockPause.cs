namespace TthcEngine.Domain.WorkingTime;

/// <summary>
/// An interval during which the clock of a dossier or step is stopped (tạm dừng tính thời gian). Its working time is
/// excluded from elapsed time (shared/domain.md Part A, convention 5).
/// </summary>
/// <param name="StartedAt">When the clock stopped.</param>
/// <param name="EndedAt">When the clock ran again; <c>null</c> while the dossier is still waiting.</param>
/// <param name="Reason">What the dossier waits for.</param>
public sealed record ClockPause(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, PauseReason Reason)
{
    /// <summary>Whether the dossier is still waiting.</summary>
    public bool IsOpen => EndedAt is null;
}
