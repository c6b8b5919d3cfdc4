namespace TthcEngine.Domain.WorkingTime;

/// <summary>Classifies a finished step or dossier as early, on time or late (shared/domain.md Part A, convention 6).</summary>
public static class TimelinessRule
{
    /// <summary>
    /// Late if it finished after the due instant; early if it finished on a civil date (Vietnam time) before the due
    /// date; on time otherwise. The 766 rule counts "finished ≤ appointment" as in time (Decision 766/QĐ-TTg, formula 2.1),
    /// so a finish exactly at the due instant is on time.
    /// </summary>
    public static Timeliness Classify(DateTimeOffset finishedAt, DateTimeOffset dueAt)
    {
        if (finishedAt > dueAt)
        {
            return Timeliness.Late;
        }

        var finishedDate = DateOnly.FromDateTime(finishedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var dueDate = DateOnly.FromDateTime(dueAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        return finishedDate < dueDate ? Timeliness.Early : Timeliness.OnTime;
    }

    /// <summary>
    /// The dossier score of Circular 01/2018/TT-VPCP Art. 13 (indices 1 and 2): 2 shorter than the limit, 1 equal, 0 longer.
    /// </summary>
    public static int Score(this Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => 2,
        Timeliness.OnTime => 1,
        _ => 0,
    };
}
