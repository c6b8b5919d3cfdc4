namespace TthcEngine.Domain.WorkingTime;

/// <summary>A time limit: a statutory limit (thời hạn giải quyết) or a step's budget.</summary>
public readonly record struct TimeLimit
{
    public TimeLimit(int amount, LimitUnit unit)
    {
        if (amount < 0)
        {
            throw new DomainRuleException("time-limit.negative", $"A time limit cannot be negative: {amount}.");
        }

        if (unit == LimitUnit.SameDay && amount != 0)
        {
            throw new DomainRuleException("time-limit.same-day", "A same-day limit has no amount.");
        }

        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }

    public LimitUnit Unit { get; }

    public static TimeLimit SameDay => new(0, LimitUnit.SameDay);

    public static TimeLimit OfWorkingDays(int days) => new(days, LimitUnit.WorkingDays);

    public static TimeLimit OfWorkingHours(int hours) => new(hours, LimitUnit.WorkingHours);

    public static TimeLimit OfCalendarDays(int days) => new(days, LimitUnit.CalendarDays);

    public override string ToString() => Unit switch
    {
        LimitUnit.SameDay => "same day",
        LimitUnit.WorkingHours => $"{Amount} working hours",
        LimitUnit.WorkingDays => $"{Amount} working days",
        _ => $"{Amount} calendar days",
    };
}
