namespace TthcEngine.Domain.WorkingTime;

/// <summary>Whether a year's holiday schedule is the one the government published or our forecast of it.</summary>
public enum ScheduleStatus
{
    /// <summary>Taken from the official schedule (thông báo lịch nghỉ) of that year.</summary>
    Official,

    /// <summary>
    /// Forecast from Labour Code 2019 Art. 111-112 with the lunar dates computed for UTC+07:00, used until the official
    /// schedule is published and replaces it. Swapped days are never forecast.
    /// </summary>
    Provisional,
}
