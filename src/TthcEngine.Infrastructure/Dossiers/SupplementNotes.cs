using System.Text.Json.Nodes;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>
/// The desk's supplement request as kept in its note (<c>{items: [{name, kind, quantity}], reason, officer}</c>), told in
/// one text: the reason, then the papers asked for. The portal's DanhSachHoSoBoSung and the applicant's notice say the same.
/// </summary>
public static class SupplementNotes
{
    /// <returns>The officer's name (empty when unknown) and the request's text.</returns>
    public static (string Officer, string Text) Describe(string payload)
    {
        var note = JsonNode.Parse(payload);
        var papers = (note?["items"]?.AsArray() ?? [])
            .Select(i => $"{i?["name"]?.GetValue<string>()} ({i?["quantity"]?.GetValue<int>() ?? 1} {LowerFirst(PaperKinds.Name(i?["kind"]?.GetValue<string>() ?? "original"))})");
        var reason = note?["reason"]?.GetValue<string>()?.Trim() ?? "";
        var sentence = reason.Length == 0 || reason[^1] is '.' or '!' or '?' ? reason : reason + ".";
        return (note?["officer"]?.GetValue<string>() ?? "", $"{sentence} Giấy tờ cần bổ sung: {string.Join("; ", papers)}.".TrimStart());
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
