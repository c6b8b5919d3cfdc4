using TthcEngine.Domain;
using TthcEngine.Domain.Workflows;

namespace TthcEngine.Infrastructure.Procedures;

/// <summary>
/// The procedures the engine serves, read from <c>workflows/procedures/</c> when it starts. One invalid file stops the
/// start with every error listed: a wrong deadline must never reach a desk. A draft imported from the national
/// procedure database (<c>tthc catalogue import</c>) is skipped and named in <see cref="Drafts"/>: it has no internal
/// process yet, and serving it would be the wrong deadline the rule above keeps out.
/// </summary>
public sealed class ProcedureCatalog
{
    private readonly Dictionary<string, Entry> byCode;

    public ProcedureCatalog(IEnumerable<Entry> entries, IReadOnlyList<string>? drafts = null)
    {
        byCode = entries.ToDictionary(e => e.Definition.Code, StringComparer.Ordinal);
        Drafts = drafts ?? [];
    }

    public IReadOnlyCollection<ProcedureDefinition> All => [.. byCode.Values.Select(e => e.Definition)];

    /// <summary>The draft files skipped when the folder was read.</summary>
    public IReadOnlyList<string> Drafts { get; }

    /// <summary>Reads and validates every file of a folder, drafts skipped; throws with all errors when any other file is invalid.</summary>
    public static ProcedureCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DomainRuleException("procedure.folder-missing", $"The procedure folder {folder} does not exist.");
        }

        var checkedFiles = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ProcedureFiles.Check).ToList();
        var results = checkedFiles.Where(r => !r.IsDraft).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new DomainRuleException(
                "procedure.invalid", $"{errors.Count} error(s) in the procedures of {folder}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return new ProcedureCatalog(results.Select(r => new Entry(r.Definition!, r.Json)), [.. checkedFiles.Where(r => r.IsDraft).Select(r => r.Path)]);
    }

    public ProcedureDefinition? Find(string code) => byCode.GetValueOrDefault(code)?.Definition;

    /// <summary>A procedure with the exact text of its file, which pins the version a dossier starts with.</summary>
    public Entry? FindEntry(string code) => byCode.GetValueOrDefault(code);

    /// <summary>A valid definition and the text it was read from.</summary>
    public sealed record Entry(ProcedureDefinition Definition, string Json);
}
