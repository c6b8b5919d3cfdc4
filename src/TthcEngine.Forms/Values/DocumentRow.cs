namespace TthcEngine.Forms.Values;

/// <summary>A row of the documents table (Form 01) or of the items to supplement (Form 02).</summary>
internal sealed record DocumentRow(int Index, FormDocument Document)
{
    public static readonly ValueScope<DocumentRow> Scope = new(
    [
        new("index", ValueKind.Number, r => r.Index),
        new("name", ValueKind.Text, r => r.Document.Name),
        new("kind", ValueKind.Text, r => r.Document.Kind),
        new("quantity", ValueKind.Number, r => r.Document.Quantity),
        new("reused", ValueKind.Text, r => r.Document.Reused ? "Tái sử dụng" : null),
    ]);

    public static IEnumerable<DocumentRow> Number(IReadOnlyList<FormDocument> documents) =>
        documents.Select((document, i) => new DocumentRow(i + 1, document));
}
