using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Catalogue.Import;

/// <summary>
/// THANHPHANHOSO into a draft's <c>documents</c>: every paper once (by MAGIAYTO, else by name), with its originals
/// and copies; a paper not asked in every case (trường hợp), or whose name says "trường hợp" or "nếu có", is
/// conditional (docs/workflows.md). Ids are slugs of the names without diacritics.
/// </summary>
public static class DraftDocuments
{
    private const int SlugWords = 5;

    public static JsonArray Create(NationalProcedure procedure, List<string> check)
    {
        var cases = procedure.DocumentCases.Where(c => c.Papers.Count > 0).ToList();
        if (cases.Count == 0)
        {
            check.Add("documents: the record lists no papers (THANHPHANHOSO): add them.");
            return [];
        }

        if (cases.Count > 1)
        {
            check.Add($"documents: the record has {cases.Count} cases ({string.Join("; ", cases.Select(c => $"\"{c.Name}\""))}): papers not asked in every case are marked conditional; check.");
        }

        var papers = cases.SelectMany(c => c.Papers).GroupBy(Key, StringComparer.Ordinal).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return [.. papers.Select((group, i) =>
        {
            var paper = group.First();
            var conditional = group.Count() < cases.Count
                || paper.Name.Contains("trường hợp", StringComparison.OrdinalIgnoreCase)
                || paper.Name.Contains("nếu có", StringComparison.OrdinalIgnoreCase);
            var document = new JsonObject
            {
                ["id"] = Unique(Slug(paper.Name, i + 1), ids),
                ["name"] = paper.Name,
                ["originals"] = paper.Originals,
                ["copies"] = paper.Copies,
                ["reusable"] = false,
            };
            if (conditional)
            {
                document["conditional"] = true;
            }

            return (JsonNode?)document;
        })];
    }

    /// <summary>The first words of a name, lower case, without diacritics (đ as d), joined by hyphens: "Tờ khai …" is <c>to-khai-…</c>.</summary>
    public static string Slug(string name, int position)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SlugWords).ToList();
        return words.Count == 0 ? $"giay-to-{position}" : string.Join('-', words);
    }

    private static string Key(NationalPaper paper) => paper.Code.Length > 0 ? paper.Code : paper.Name;

    private static string Unique(string slug, HashSet<string> ids)
    {
        var id = slug;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }
}
