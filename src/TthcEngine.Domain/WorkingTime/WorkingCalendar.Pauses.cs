namespace TthcEngine.Domain.WorkingTime;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// The office time between two instants less the office time the clock was stopped (convention 5). Overlapping
    /// pauses count once; a pause still open counts up to <paramref name="to"/>.
    /// </summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to, IEnumerable<ClockPause> pauses) =>
        Elapsed(from, to) - PausedWorkingTime(from, to, pauses);

    /// <summary>
    /// The instant by which <paramref name="workingTime"/> of running clock has passed from <paramref name="from"/>,
    /// the pauses excluded; <c>null</c> while a pause that began before that instant is still open (the clock is stopped,
    /// so there is no due instant yet).
    /// </summary>
    public DateTimeOffset? AddWorkingTime(DateTimeOffset from, TimeSpan workingTime, IEnumerable<ClockPause> pauses)
    {
        var known = pauses.ToList();
        var due = AddWorkingTime(from, workingTime);
        while (true)
        {
            if (known.Any(p => p.IsOpen && p.StartedAt < due))
            {
                return null;
            }

            // Each pass pushes the due instant past the pauses found so far; it stops when no new pause falls inside.
            var next = AddWorkingTime(from, workingTime + PausedWorkingTime(from, due, known));
            if (next == due)
            {
                return due;
            }

            due = next;
        }
    }

    private TimeSpan PausedWorkingTime(DateTimeOffset from, DateTimeOffset to, IEnumerable<ClockPause> pauses)
    {
        var clipped = pauses
            .Select(p => (Start: Later(p.StartedAt, from), End: Earlier(p.EndedAt ?? to, to)))
            .Where(p => p.End > p.Start)
            .OrderBy(p => p.Start);

        var total = TimeSpan.Zero;
        DateTimeOffset? runStart = null;
        var runEnd = DateTimeOffset.MinValue;
        foreach (var (start, end) in clipped)
        {
            if (runStart is not null && start <= runEnd)
            {
                runEnd = Later(runEnd, end);
                continue;
            }

            if (runStart is { } previous)
            {
                total += Elapsed(previous, runEnd);
            }

            runStart = start;
            runEnd = end;
        }

        return runStart is { } last ? total + Elapsed(last, runEnd) : total;
    }
}
