using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Bench;

/// <summary>The checkout the bench runs in: its national calendar and procedure files, read where the engine keeps them.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static WorkingCalendar Calendar() =>
        CalendarDirectory.Resolve(CalendarDirectory.National, Path.Combine(Root, "workflows", "calendars"));

    public static ProcedureCatalog Procedures() => ProcedureCatalog.Load(Path.Combine(Root, "workflows", "procedures"));

    /// <summary>The first folder holding TthcEngine.sln above the program (or, failing that, above the working directory).</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "TthcEngine.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No TthcEngine.sln above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
