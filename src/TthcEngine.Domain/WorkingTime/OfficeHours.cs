namespace TthcEngine.Domain.WorkingTime;

/// <summary>The office hours of a working day (giờ làm việc): one or more sessions in time order, not overlapping.</summary>
public sealed class OfficeHours
{
    public OfficeHours(IEnumerable<OfficeSession> sessions)
    {
        Sessions = [.. sessions.OrderBy(s => s.Opens)];
        if (Sessions.Count == 0)
        {
            throw new DomainRuleException("calendar.office-hours", "Office hours need at least one session.");
        }

        for (var i = 1; i < Sessions.Count; i++)
        {
            if (Sessions[i].Opens < Sessions[i - 1].Closes)
            {
                throw new DomainRuleException("calendar.office-hours", $"Office sessions overlap at {Sessions[i].Opens:HH\\:mm}.");
            }
        }

        WorkingDayLength = Sessions.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Length);
    }

    /// <summary>
    /// The default for provincial offices: 07:30-11:30 and 13:30-17:30, eight working hours a day
    /// (shared/domain.md Part A, convention 2).
    /// </summary>
    public static OfficeHours ProvincialDefault { get; } = new(
    [
        new OfficeSession(new TimeOnly(7, 30), new TimeOnly(11, 30)),
        new OfficeSession(new TimeOnly(13, 30), new TimeOnly(17, 30)),
    ]);

    public IReadOnlyList<OfficeSession> Sessions { get; }

    /// <summary>The working time of one full working day; "N working days" means N times this (convention 4).</summary>
    public TimeSpan WorkingDayLength { get; }

    public TimeOnly Opening => Sessions[0].Opens;

    public TimeOnly Closing => Sessions[^1].Closes;
}
