namespace TthcEngine.Domain.WorkingTime;

/// <summary>One opening of the office within a day (buổi làm việc), e.g. 07:30-11:30.</summary>
public sealed record OfficeSession
{
    public OfficeSession(TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new DomainRuleException("calendar.office-hours", $"An office session must close after it opens: {opens:HH\\:mm}-{closes:HH\\:mm}.");
        }

        Opens = opens;
        Closes = closes;
    }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    public TimeSpan Length => Closes - Opens;
}
