using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.WorkingTime;

/// <summary>The national calendar as shipped in workflows/calendars/, read from the test's output folder.</summary>
internal static class TestCalendars
{
    private static readonly Lazy<WorkingCalendar> LazyNational = new(() =>
        new WorkingCalendar("vn", OfficeHours.ProvincialDefault, ShippedYears().Values));

    public static WorkingCalendar National => LazyNational.Value;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "calendars");

    public static IReadOnlyDictionary<int, HolidayYear> ShippedYears() =>
        Directory.EnumerateFiles(Folder, "vn-*.json")
            .Select(path => CalendarDocument.Parse(File.ReadAllText(path), path).Schedule!)
            .ToDictionary(y => y.Year);

    /// <summary>An instant in Vietnam civil time, from literal parts.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, WorkingCalendar.VietnamOffset);
}
