using System.Text;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Catalogue.Import;

/// <summary>The change report written beside a reviewed file when its national record changed: each changed field, what the record says now and what the file says.</summary>
public static class NationalChanges
{
    private static readonly Dictionary<string, string> FileFields = new(StringComparer.Ordinal)
    {
        ["name"] = "name",
        ["field"] = "field",
        ["level"] = "level",
        ["limit"] = "statutoryLimit",
        ["fees"] = "fee",
        ["documents"] = "documents",
        ["legalBasis"] = "legalBasis",
    };

    public static string Report(NationalProcedure procedure, NationalFingerprint fingerprint, IReadOnlyList<string> changed, JsonObject file, DateTimeOffset readAt)
    {
        var text = new StringBuilder()
            .AppendLine($"# {procedure.Code}: the national record changed")
            .AppendLine()
            .AppendLine($"Read from the national procedure database at {readAt:yyyy-MM-ddTHH:mm:ssK}; the reviewed file was drafted from the record of {file["national"]?["importedAt"]?.ToString() ?? "an unknown date"}.")
            .AppendLine($"Changed: {string.Join(", ", changed)}. The file was not changed: update it by hand (a new internal process is a new `version`).")
            .AppendLine();
        foreach (var field in changed)
        {
            text.AppendLine($"## {field}")
                .AppendLine()
                .AppendLine($"- National record now: {NationalFingerprint.Project(procedure, field)}")
                .AppendLine($"- This file (`{FileFields[field]}`): {file[FileFields[field]]?.ToJsonString(CatalogueImport.FileJson).ReplaceLineEndings(" ") ?? "none"}")
                .AppendLine();
        }

        return text.AppendLine("Once the file is updated, replace its `national` block with this one (and delete this report):")
            .AppendLine()
            .AppendLine("```json")
            .AppendLine(fingerprint.ToJson(procedure.Code, readAt).ToJsonString(CatalogueImport.FileJson))
            .AppendLine("```")
            .ToString();
    }
}
