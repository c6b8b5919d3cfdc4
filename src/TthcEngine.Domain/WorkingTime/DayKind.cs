namespace TthcEngine.Domain.WorkingTime;

/// <summary>What a dated entry of a calendar does to that day (ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi, làm bù).</summary>
public enum DayKind
{
    /// <summary>Ngày nghỉ lễ, Tết: a public holiday of Labour Code 2019 Art. 112.</summary>
    PublicHoliday,

    /// <summary>Ngày nghỉ bù: a holiday fell on a weekly rest day, so the next working day is off (Labour Code 2019 Art. 111(3)).</summary>
    CompensatoryDayOff,

    /// <summary>Ngày nghỉ hoán đổi: a working day given off in exchange for a make-up working day.</summary>
    SwappedDayOff,

    /// <summary>A day off decided by the province itself.</summary>
    LocalDayOff,

    /// <summary>Ngày làm bù: a weekend day worked in exchange for a swapped day off.</summary>
    MakeUpWorkday,
}
