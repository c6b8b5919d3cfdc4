namespace TthcEngine.Domain.WorkingTime;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// When the statutory clock starts for a dossier accepted at <paramref name="acceptedAt"/>: at acceptance if that is
    /// inside office hours, else at the next opening (convention 3). With a <paramref name="cutOff"/> (the 15:00 rule of
    /// Decree 61/2018 Art. 18, kept by Decree 118/2025), a dossier accepted on a working day strictly after the cut-off
    /// counts from the next working day's opening.
    /// </summary>
    public DateTimeOffset ClockStart(DateTimeOffset acceptedAt, TimeOnly? cutOff = null)
    {
        var (date, time) = ToVietnam(acceptedAt);
        if (cutOff is { } limit && time > limit && IsWorkingDay(date))
        {
            return AddWorkingTime(AtVietnam(date.AddDays(1), TimeOnly.MinValue), TimeSpan.Zero);
        }

        return AddWorkingTime(acceptedAt, TimeSpan.Zero);
    }

    /// <summary>
    /// The due instant of a limit for a dossier accepted at <paramref name="acceptedAt"/>: the clock start
    /// (<see cref="ClockStart"/>) plus the limit.
    /// </summary>
    public DateTimeOffset Due(DateTimeOffset acceptedAt, TimeLimit limit, TimeOnly? cutOff = null) =>
        DueFrom(ClockStart(acceptedAt, cutOff), limit);

    /// <summary>The due instant of a limit counted from an instant the clock already runs at.</summary>
    public DateTimeOffset DueFrom(DateTimeOffset clockStart, TimeLimit limit) => limit.Unit switch
    {
        LimitUnit.SameDay => AtVietnam(ToVietnam(AddWorkingTime(clockStart, TimeSpan.Zero)).Date, OfficeHours.Closing),
        LimitUnit.CalendarDays => AddCalendarDays(clockStart, limit.Amount),
        _ => AddWorkingTime(clockStart, WorkingTimeOf(limit)),
    };

    /// <summary>
    /// The working time a limit in working hours or working days stands for: N working days are N × the working day
    /// length, counted inside office hours (convention 4: accepted Monday 09:00 with 3 working days is due Thursday 09:00).
    /// </summary>
    public TimeSpan WorkingTimeOf(TimeLimit limit) => limit.Unit switch
    {
        LimitUnit.WorkingHours => TimeSpan.FromHours(limit.Amount),
        LimitUnit.WorkingDays => OfficeHours.WorkingDayLength * limit.Amount,
        _ => throw new DomainRuleException(
            "working-time.not-working-unit", $"A limit of {limit} is not an amount of working time."),
    };

    /// <summary>Adds N working days (each one working day length of office time) to an instant.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, WorkingDays days) =>
        AddWorkingTime(from, WorkingTimeOf(TimeLimit.OfWorkingDays(days.Value)));

    /// <summary>
    /// The earliest instant by which <paramref name="workingTime"/> of office time has run from <paramref name="from"/>.
    /// It may be a session's close (a dossier due at 17:30 is due at the end of that day, not at 07:30 next morning);
    /// with zero working time it is the next instant the clock runs.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
        {
            throw new DomainRuleException("working-time.negative", $"Cannot add a negative working time: {workingTime}.");
        }

        var remaining = workingTime;
        var (day, notBefore) = ToVietnam(from);
        while (true)
        {
            if (IsWorkingDay(day))
            {
                foreach (var session in OfficeHours.Sessions)
                {
                    var start = notBefore > session.Opens ? notBefore : session.Opens;
                    if (start >= session.Closes)
                    {
                        continue;
                    }

                    var available = session.Closes - start;
                    if (remaining <= available)
                    {
                        return AtVietnam(day, start).Add(remaining);
                    }

                    remaining -= available;
                }
            }

            day = day.AddDays(1);
            notBefore = TimeOnly.MinValue;
        }
    }

    /// <summary>
    /// The latest instant from which <paramref name="workingTime"/> of office time runs until <paramref name="to"/>:
    /// the inverse of <see cref="AddWorkingTime(DateTimeOffset, TimeSpan)"/>, e.g. one working day before a due instant.
    /// </summary>
    public DateTimeOffset SubtractWorkingTime(DateTimeOffset to, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
        {
            throw new DomainRuleException("working-time.negative", $"Cannot subtract a negative working time: {workingTime}.");
        }

        var remaining = workingTime;
        var (day, notAfter) = ToVietnam(to);
        var wholeDay = false;
        while (true)
        {
            if (IsWorkingDay(day))
            {
                foreach (var session in OfficeHours.Sessions.Reverse())
                {
                    var end = wholeDay || notAfter > session.Closes ? session.Closes : notAfter;
                    if (end <= session.Opens)
                    {
                        continue;
                    }

                    var available = end - session.Opens;
                    if (remaining <= available)
                    {
                        return AtVietnam(day, end).Add(-remaining);
                    }

                    remaining -= available;
                }
            }

            day = day.AddDays(-1);
            wholeDay = true;
        }
    }

    /// <summary>
    /// Adds N calendar days per Civil Code 2015: the count starts the day after the event (Art. 147(1)); an end on a
    /// weekly rest day or holiday moves to the next working day (Art. 148(4)). The due instant is the close of office
    /// hours of the end day: Art. 148(5) ends a day at 24:00, but an appointment printed on a receipt must be a time the
    /// desk is open.
    /// </summary>
    public DateTimeOffset AddCalendarDays(DateTimeOffset from, int days)
    {
        if (days < 0)
        {
            throw new DomainRuleException("working-time.negative", $"Cannot add a negative number of days: {days}.");
        }

        var end = ToVietnam(from).Date.AddDays(days);
        while (!IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return AtVietnam(end, OfficeHours.Closing);
    }

    /// <summary>The office time between two instants, counted inside office hours on working days.</summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new DomainRuleException(
                "working-time.reversed", $"The end {to:O} is before the start {from:O}.");
        }

        var total = TimeSpan.Zero;
        var last = ToVietnam(to).Date;
        for (var day = ToVietnam(from).Date; day <= last; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var session in OfficeHours.Sessions)
            {
                var start = Later(AtVietnam(day, session.Opens), from);
                var end = Earlier(AtVietnam(day, session.Closes), to);
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
