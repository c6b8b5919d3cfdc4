using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Catalogue.Import;

/// <summary>
/// <c>tthc catalogue import</c>: national records into draft procedure files (<see cref="ProcedureDraft"/>), by the
/// rules of docs/integration.md: a missing file is drafted; a draft is rewritten only when the record changed; a
/// reviewed file (no <c>draft</c> block) is never written to: when the record changed since the fingerprint it
/// keeps, a change report (<c>{code}.national-changes.md</c>) is written beside it.
/// </summary>
public sealed class CatalogueImport(CatalogueClient client, TimeProvider time)
{
    /// <summary>How procedure files are written: indented, Vietnamese unescaped.</summary>
    internal static readonly JsonSerializerOptions FileJson = new()
    {
        WriteIndented = true,
        // A file on disk, read by people: quotes and apostrophes as they are, not \u0022.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Imports <paramref name="codes"/>, or every listed procedure (of <paramref name="unit"/> if given) when there are none.</summary>
    /// <exception cref="CatalogueUnavailableException">The list was asked for and could not be read.</exception>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<string> codes, string? unit, string folder, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            codes = [.. (await client.ListAsync(unit, cancellationToken)).Select(p => p.Code).Distinct(StringComparer.Ordinal)];
        }

        Directory.CreateDirectory(folder);
        var outcomes = new List<ImportOutcome>();
        foreach (var code in codes)
        {
            outcomes.Add(await ImportOneAsync(code, folder, cancellationToken));
        }

        return outcomes;
    }

    private async Task<ImportOutcome> ImportOneAsync(string code, string folder, CancellationToken cancellationToken)
    {
        NationalProcedure? procedure;
        try
        {
            procedure = await client.GetAsync(code, cancellationToken);
        }
        catch (CatalogueUnavailableException e)
        {
            return new ImportOutcome(code, ImportAction.Failed, e.Message, []);
        }

        if (procedure is null)
        {
            return new ImportOutcome(code, ImportAction.Failed, "not in the national procedure database.", []);
        }

        if (!procedure.Published)
        {
            return new ImportOutcome(code, ImportAction.Skipped, $"not published (TRANGTHAI \"{procedure.State}\"); nothing written.", []);
        }

        var fingerprint = NationalFingerprint.Of(procedure);
        var path = Path.Combine(folder, $"{code}.json");
        if (!File.Exists(path))
        {
            return Draft(procedure, fingerprint, path, ImportAction.Written, []);
        }

        JsonObject? existing;
        try
        {
            existing = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject;
        }
        catch (JsonException)
        {
            existing = null;
        }

        if (existing is null)
        {
            return new ImportOutcome(code, ImportAction.NotCompared, $"{path} is not a JSON object: not touched.", []);
        }

        var recorded = NationalFingerprint.Read(existing["national"]);
        if (existing.ContainsKey("draft"))
        {
            return recorded?.Value == fingerprint.Value
                ? new ImportOutcome(code, ImportAction.Unchanged, $"the draft {path} has the same national record.", [], path)
                : Draft(procedure, fingerprint, path, ImportAction.Rewritten, recorded is null ? NationalFingerprint.FieldNames : fingerprint.ChangedSince(recorded));
        }

        if (recorded is null)
        {
            return new ImportOutcome(code, ImportAction.NotCompared, $"{path} is reviewed and records no national fingerprint: not touched, not compared.", [], path);
        }

        if (recorded.Value == fingerprint.Value)
        {
            return new ImportOutcome(code, ImportAction.Kept, $"{path} is reviewed; the national record is unchanged.", [], path);
        }

        var changed = fingerprint.ChangedSince(recorded);
        var report = Path.Combine(folder, $"{code}.national-changes.md");
        await File.WriteAllTextAsync(report, NationalChanges.Report(procedure, fingerprint, changed, existing, time.GetUtcNow()), cancellationToken);
        return new ImportOutcome(
            code, ImportAction.Changed, $"the national record changed ({string.Join(", ", changed)}); {path} is reviewed and kept as it is; see {report}.", changed, report);
    }

    private ImportOutcome Draft(NationalProcedure procedure, NationalFingerprint fingerprint, string path, ImportAction action, IReadOnlyList<string> changed)
    {
        var (draft, refusal) = ProcedureDraft.Create(procedure, fingerprint, time.GetUtcNow());
        if (draft is null)
        {
            return new ImportOutcome(procedure.Code, ImportAction.Failed, $"no draft written: {refusal}.", changed);
        }

        File.WriteAllText(path, draft.ToJsonString(FileJson) + Environment.NewLine);
        var checks = draft["draft"]!["check"]!.AsArray().Count;
        var why = action == ImportAction.Rewritten ? $"the national record changed ({string.Join(", ", changed)}); " : "";
        return new ImportOutcome(procedure.Code, action, $"{why}draft {path}, {checks} point(s) to check; fill in units and flow.", changed, path);
    }
}
