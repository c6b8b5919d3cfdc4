using TthcEngine.Domain;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Infrastructure.Calendars;

/// <summary>
/// Loads working calendars from a folder of calendar files (<c>workflows/calendars/</c>): the yearly schedules
/// <c>{name}-{year}.json</c> and the province calendars that extend them.
/// </summary>
public sealed class CalendarDirectory
{
    /// <summary>The national civil-service calendar.</summary>
    public const string National = "vn";

    private readonly string folder;
    private readonly Lazy<IReadOnlyList<(string Path, CalendarDocument Document)>> documents;

    public CalendarDirectory(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        documents = new(() => ReadAll(this.folder));
    }

    /// <summary>
    /// A calendar given by name (a calendar in this folder), by the path of a calendar file (a yearly schedule alone,
    /// or a province file with what it extends from its own folder), or by the path of a folder (its <c>vn</c> calendar).
    /// </summary>
    public static WorkingCalendar Resolve(string fileOrName, string defaultFolder)
    {
        if (Directory.Exists(fileOrName))
        {
            return new CalendarDirectory(fileOrName).Load(National);
        }

        if (File.Exists(fileOrName))
        {
            var path = Path.GetFullPath(fileOrName);
            var document = Read(path);
            var home = new CalendarDirectory(Path.GetDirectoryName(path)!);
            return document.Schedule is { } schedule
                ? new WorkingCalendar(document.Calendar, OfficeHours.ProvincialDefault, [schedule])
                : home.Extend(document, [document.Calendar]);
        }

        if (fileOrName.IndexOfAny(['/', '\\']) >= 0 || fileOrName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("calendar.not-found", $"No calendar file or folder at '{fileOrName}'.");
        }

        return new CalendarDirectory(defaultFolder).Load(fileOrName);
    }

    /// <summary>The calendar of that name: its yearly schedules, or a province file on top of the calendar it extends.</summary>
    public WorkingCalendar Load(string name) => Load(name, [name]);

    private WorkingCalendar Load(string name, IReadOnlyList<string> chain)
    {
        var own = documents.Value.Where(d => d.Document.Calendar == name).Select(d => d.Document).ToList();
        var province = own.Where(d => d.Extends is not null).ToList();
        if (province.Count > 1)
        {
            throw new DomainRuleException("calendar.file-invalid", $"Calendar '{name}' has {province.Count} province files in {folder}; keep one.");
        }

        if (province.Count == 1)
        {
            return Extend(province[0], chain);
        }

        if (own.Count == 0)
        {
            var known = documents.Value.Select(d => d.Document.Calendar).Distinct().Order();
            throw new DomainRuleException("calendar.not-found", $"No calendar named '{name}' in {folder}; known: {string.Join(", ", known)}.");
        }

        return new WorkingCalendar(name, OfficeHours.ProvincialDefault, own.Select(d => d.Schedule!));
    }

    private WorkingCalendar Extend(CalendarDocument province, IReadOnlyList<string> chain)
    {
        var baseName = province.Extends!;
        if (chain.Contains(baseName))
        {
            throw new DomainRuleException("calendar.file-invalid", $"Calendars extend each other in a circle: {string.Join(" → ", chain.Append(baseName))}.");
        }

        var parent = Load(baseName, [.. chain, baseName]);
        return new WorkingCalendar(
            province.Calendar,
            province.OfficeHours ?? parent.OfficeHours,
            parent.Years,
            parent.LocalDays.Concat(province.LocalDays));
    }

    private static IReadOnlyList<(string Path, CalendarDocument Document)> ReadAll(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DomainRuleException("calendar.not-found", $"The calendar folder {folder} does not exist.");
        }

        return [.. Directory.EnumerateFiles(folder, "*.json").Order().Select(p => (p, Read(p)))];
    }

    private static CalendarDocument Read(string path) => CalendarDocument.Parse(File.ReadAllText(path), path);
}
