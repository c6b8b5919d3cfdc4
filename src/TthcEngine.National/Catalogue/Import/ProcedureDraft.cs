using System.Text;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Catalogue.Import;

/// <summary>
/// A procedure file drafted from a national record (format: docs/workflows.md): code, name, field, level, statutory
/// limit, fee, documents and legal basis from the record; no units and no flow (the internal process is the province's,
/// not in the record), and a <c>draft</c> block listing what the import could not decide. The engine does not serve it
/// and <c>tthc validate</c> refuses it until someone fills in the steps and deletes the block.
/// </summary>
public static class ProcedureDraft
{
    public const string Note =
        "Bản nháp nhập từ CSDL quốc gia về TTHC (draft imported from the national procedure database): fill in \"units\" and \"flow\" (the internal process), settle each point of \"check\", then delete this \"draft\" block.";

    /// <summary>The draft, or the reason none can be written (a time limit that cannot be read).</summary>
    public static (JsonObject? Draft, string? Refusal) Create(NationalProcedure procedure, NationalFingerprint fingerprint, DateTimeOffset importedAt)
    {
        var check = new List<string>();
        var method = procedure.Methods.FirstOrDefault(m => m.Channel == NationalMethod.InPerson && m.Limits.Count > 0)
            ?? procedure.Methods.FirstOrDefault(m => m.Limits.Count > 0);
        if (method?.Limits[0] is not { } limit)
        {
            return (null, "the record gives no time limit (THOIGIANGIAIQUYET)");
        }

        var (statutoryLimit, cutOff, limitNote) = Limit(limit);
        if (statutoryLimit is null)
        {
            return (null, $"the time limit \"{limit}\" cannot be read");
        }

        if (limitNote is not null)
        {
            check.Add(limitNote);
        }

        if (procedure.Methods.SelectMany(m => m.Limits).Select(l => l.ToString()).Distinct().Count() > 1)
        {
            check.Add($"statutoryLimit: the channels give different limits ({NationalFingerprint.Project(procedure, "limit")}); the draft takes channel {method.Channel}'s.");
        }

        var draft = new JsonObject
        {
            ["$schema"] = "../schema/procedure.schema.json",
            ["code"] = procedure.Code,
            ["name"] = procedure.Name,
            ["field"] = procedure.Fields.FirstOrDefault() ?? "",
            ["level"] = Level(procedure, check),
            ["version"] = 1,
            ["statutoryLimit"] = statutoryLimit,
        };
        if (cutOff is not null)
        {
            draft["cutOff"] = cutOff;
        }

        draft["source"] = Source(procedure, limit);
        draft["legalBasis"] = LegalBasis(procedure, check);
        if (Fee(procedure, method, check) is { } fee)
        {
            draft["fee"] = fee;
        }

        draft["documents"] = DraftDocuments.Create(procedure, check);
        draft["units"] = new JsonArray();
        draft["flow"] = new JsonArray();
        draft["draft"] = new JsonObject { ["note"] = Note, ["check"] = new JsonArray([.. check.Select(c => (JsonNode?)c)]) };
        draft["national"] = fingerprint.ToJson(procedure.Code, importedAt);
        return (draft, null);
    }

    /// <summary>
    /// DONVITINH into our units. "Ngày" alone is taken as working days (shared/domain.md, convention 4: a limit in plain
    /// days is working days unless the procedure file says calendar days), and flagged: statutes that say "ngày" are
    /// disputed (the construction permit's "15 ngày"). "Tháng" has no unit of ours: 30 calendar days a month, flagged.
    /// </summary>
    private static (JsonObject? Limit, string? CutOff, string? Check) Limit(NationalTimeLimit limit)
    {
        if (limit.Unit == NationalTimeUnit.SameDay)
        {
            return (new JsonObject { ["unit"] = "sameDay" }, "15:00",
                $"statutoryLimit: \"{limit}\" drafted as the same day with the 15:00 cut-off (Decree 61/2018 Art. 18); check that the procedure applies it.");
        }

        if (limit.Amount is not { } amount || amount <= 0)
        {
            return (null, null, null);
        }

        return limit.Unit switch
        {
            NationalTimeUnit.WorkingDays when decimal.IsInteger(amount) => (Amount(amount, "workingDays"), null, null),
            NationalTimeUnit.Days when decimal.IsInteger(amount) => (Amount(amount, "workingDays"), null,
                $"statutoryLimit: the record says \"{limit}\" without \"làm việc\": drafted as working days (shared/domain.md, convention 4); if the law means calendar days, write \"calendarDays\"."),
            NationalTimeUnit.WorkingDays or NationalTimeUnit.Days when decimal.IsInteger(amount * 8) =>
                (Amount(amount * 8, "workingHours"), null, $"statutoryLimit: \"{limit}\" is not a whole number of days: drafted as {amount * 8} working hours."),
            NationalTimeUnit.WorkingHours when decimal.IsInteger(amount) => (Amount(amount, "workingHours"), null, null),
            NationalTimeUnit.Hours when decimal.IsInteger(amount) => (Amount(amount, "workingHours"), null,
                $"statutoryLimit: the record says \"{limit}\": drafted as working hours (convention 4); check."),
            NationalTimeUnit.Months when decimal.IsInteger(amount) => (Amount(amount * 30, "calendarDays"), null,
                $"statutoryLimit: the record says \"{limit}\": drafted as {amount * 30} calendar days (the engine has no month); set the days the law gives."),
            _ => (null, null, null),
        };
    }

    private static JsonObject Amount(decimal amount, string unit) => new() { ["amount"] = (int)amount, ["unit"] = unit };

    private static string Level(NationalProcedure procedure, List<string> check)
    {
        var levels = procedure.Levels.Where(l => l != NationalLevel.Unknown).Distinct().ToList();
        if (levels.Count != 1 || levels[0] is NationalLevel.Ministry or NationalLevel.District)
        {
            check.Add($"level: the record gives {(levels.Count == 0 ? "no level" : string.Join(", ", levels))}; the engine serves province and commune: the draft says {(levels.Contains(NationalLevel.Province) || levels.Contains(NationalLevel.Ministry) ? "province" : "commune")}.");
        }

        // District tasks went to the communes with the two-level local government (1/7/2025).
        return levels.Contains(NationalLevel.Commune) || levels.Contains(NationalLevel.District) || levels.Count == 0 ? "commune" : "province";
    }

    private static string Source(NationalProcedure procedure, NationalTimeLimit limit)
    {
        var text = new StringBuilder($"CSDL quốc gia về TTHC, thủ tục {procedure.Code}: thời hạn giải quyết {limit}");
        if (limit.Description.Length > 0)
        {
            text.Append($" ({limit.Description})");
        }

        if (procedure.PublicationDecision is { } decision)
        {
            text.Append($"; quyết định công bố {decision}");
        }

        return text.Append('.').ToString();
    }

    /// <summary>CANCUPHAPLY, the first document taken as the one setting the limit: the record does not say which does.</summary>
    private static JsonArray LegalBasis(NationalProcedure procedure, List<string> check)
    {
        if (procedure.LegalBasis.Count == 0)
        {
            check.Add("legalBasis: the record lists no legal basis (CANCUPHAPLY): add the documents, one with \"role\": \"limit\".");
            return [];
        }

        check.Add($"legalBasis: \"{procedure.LegalBasis[0]}\" is marked as setting the time limit (the record does not say which document does); add the province's decision approving the internal process (\"role\": \"internalProcess\").");
        return [.. procedure.LegalBasis.Select((d, i) => (JsonNode?)new JsonObject { ["document"] = d.ToString(), ["role"] = i == 0 ? "limit" : "other" })];
    }

    /// <summary>The channel's fees added up, each named in the note; "Không" is 0.</summary>
    private static JsonObject? Fee(NationalProcedure procedure, NationalMethod method, List<string> check)
    {
        if (method.Fees.Count == 0)
        {
            check.Add("fee: the record lists no fee (PHILEPHI): none drafted.");
            return null;
        }

        var other = string.Join("; ", method.Fees);
        if (procedure.Methods.Any(m => m.Fees.Count > 0 && string.Join("; ", m.Fees) != other))
        {
            check.Add($"fee: the channels give different fees ({NationalFingerprint.Project(procedure, "fees")}); the draft takes channel {method.Channel}'s.");
        }

        var unread = method.Fees.Where(f => f.Amount is null).ToList();
        if (unread.Count > 0)
        {
            check.Add($"fee: no amount could be read from {string.Join(", ", unread.Select(f => $"\"{f.AmountText}\""))}: set \"amount\".");
        }

        if (method.Fees.Count > 1)
        {
            check.Add($"fee: {method.Fees.Count} fees added up into one amount.");
        }

        return new JsonObject
        {
            ["amount"] = method.Fees.Sum(f => f.Amount ?? 0),
            ["note"] = string.Join("; ", method.Fees) + " (CSDL quốc gia về TTHC).",
        };
    }
}
