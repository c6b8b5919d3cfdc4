namespace TthcEngine.Domain.WorkingTime;

/// <summary>A date of the Vietnamese lunar calendar (âm lịch).</summary>
/// <param name="Year">The lunar year, numbered as the solar year in which its first month begins.</param>
/// <param name="Month">1 (tháng Giêng) to 12 (tháng Chạp).</param>
/// <param name="Day">1 (mùng 1) to 30.</param>
/// <param name="IsLeapMonth">Whether the month is the leap (nhuận) repetition of <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false);
