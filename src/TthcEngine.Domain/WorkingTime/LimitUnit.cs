namespace TthcEngine.Domain.WorkingTime;

/// <summary>The unit a statutory time limit is written in (đơn vị tính của thời hạn giải quyết).</summary>
public enum LimitUnit
{
    /// <summary>Giờ làm việc: counted inside office hours (convention 4).</summary>
    WorkingHours,

    /// <summary>Ngày làm việc: N × one working day of office time, counted from the clock start (convention 4).</summary>
    WorkingDays,

    /// <summary>Ngày (calendar days): Civil Code 2015 Art. 147-148, starting the next day, an end on a rest day rolls forward.</summary>
    CalendarDays,

    /// <summary>Trong ngày: due at the close of the day the clock starts (with the 15:00 cut-off when the procedure applies it).</summary>
    SameDay,
}
