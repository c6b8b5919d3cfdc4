namespace TthcEngine.National.Catalogue;

/// <summary>CANCUPHAPLY: a document of the legal basis.</summary>
public sealed record NationalLegalDocument(string Number, string Title)
{
    /// <summary>The title with the number, as our files write a legal basis ("Luật Hộ tịch (60/2014/QH13)").</summary>
    public override string ToString() =>
        Number.Length == 0 || Title.Contains(Number, StringComparison.Ordinal) ? Title : Title.Length == 0 ? Number : $"{Title} ({Number})";
}
