using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Infrastructure.Procedures;

/// <summary>Reads and checks procedure files: one file, a folder of them, or the <c>workflows/</c> folder.</summary>
public static class ProcedureFiles
{
    /// <summary>One file read: its text, its definition when valid, and every error found.</summary>
    public sealed record Checked(string Path, ProcedureDefinition? Definition, IReadOnlyList<DefinitionError> Errors, string Json = "")
    {
        /// <summary>A draft imported from the national procedure database, not reviewed yet: never served.</summary>
        public bool IsDraft => Errors.Any(e => e.Rule == ProcedureDocument.DraftRule);
    }

    /// <summary>
    /// Every procedure file under <paramref name="path"/> (a file; a folder of <c>*.json</c>; or a <c>workflows/</c>
    /// folder, whose <c>procedures/</c> are read and whose <c>calendars/</c> are parsed too), each checked.
    /// </summary>
    public static IReadOnlyList<Checked> CheckAll(string path)
    {
        if (File.Exists(path))
        {
            return [Check(path)];
        }

        if (!Directory.Exists(path))
        {
            return [new Checked(path, null, [new DefinitionError(path, "$", "file", "No such file or folder.")])];
        }

        var procedures = Directory.Exists(System.IO.Path.Combine(path, "procedures")) ? System.IO.Path.Combine(path, "procedures") : path;
        var results = Directory.EnumerateFiles(procedures, "*.json").Order(StringComparer.Ordinal).Select(Check).ToList();
        var calendars = System.IO.Path.Combine(path, "calendars");
        if (Directory.Exists(calendars))
        {
            results.AddRange(Directory.EnumerateFiles(calendars, "*.json").Order(StringComparer.Ordinal).Select(CheckCalendar));
        }

        return results;
    }

    /// <summary>Reads and validates one procedure file.</summary>
    public static Checked Check(string path)
    {
        var display = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        var json = File.ReadAllText(path);
        var (definition, errors) = ProcedureDocument.Parse(json, display);
        if (definition is null)
        {
            return new Checked(path, null, errors, json);
        }

        var rules = ProcedureValidator.Validate(definition, display);
        return new Checked(path, rules.Count == 0 ? definition : null, rules, json);
    }

    private static Checked CheckCalendar(string path)
    {
        try
        {
            CalendarDocument.Parse(File.ReadAllText(path), path);
            return new Checked(path, null, []);
        }
        catch (TthcEngine.Domain.DomainRuleException e)
        {
            return new Checked(path, null, [new DefinitionError(path, "$", e.Code, e.Message)]);
        }
    }
}
