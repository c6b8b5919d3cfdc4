using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// When the apology and extension (Form 04 of Circular 03/2025/TT-VPCP) of a dossier heading for lateness is due and
/// when the system prepares it. Decree 118/2025/NĐ-CP (as Decree 61/2018 Art. 19 before it) and convention 7: the unit
/// at fault issues it no later than one working day before the due instant.
/// </summary>
public static class ApologySchedule
{
    /// <summary>The last instant the apology may be issued: one working day before the due instant.</summary>
    public static DateTimeOffset Deadline(WorkingCalendar calendar, DateTimeOffset dueAt) =>
        calendar.SubtractWorkingTime(dueAt, calendar.OfficeHours.WorkingDayLength);

    /// <summary>
    /// When the system looks at the dossier and, if it is heading for lateness, prepares the apology for the unit at
    /// fault: one working day before the deadline, so that the unit has a working day to sign it, but never before half
    /// of the time up to the deadline has run (a one-day dossier is not judged at its receipt). For a limit so short
    /// that the deadline comes before the clock starts, it is the clock start.
    /// </summary>
    public static DateTimeOffset PrepareAt(WorkingCalendar calendar, DateTimeOffset clockStartsAt, DateTimeOffset dueAt)
    {
        var deadline = Deadline(calendar, dueAt);
        if (deadline <= clockStartsAt)
        {
            return clockStartsAt;
        }

        var dayBefore = calendar.SubtractWorkingTime(deadline, calendar.OfficeHours.WorkingDayLength);
        var halfway = calendar.AddWorkingTime(clockStartsAt, calendar.Elapsed(clockStartsAt, deadline) / 2);
        return dayBefore > halfway ? dayBefore : halfway;
    }
}
