namespace TthcEngine.Domain.WorkingTime;

/// <summary>A count of working days (ngày làm việc).</summary>
public readonly record struct WorkingDays(int Value);
