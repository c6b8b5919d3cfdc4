namespace TthcEngine.National.Catalogue;

/// <summary>THANHPHANHOSO: the papers of one case (trường hợp) of a procedure.</summary>
public sealed record NationalDocumentCase(string Name, IReadOnlyList<NationalPaper> Papers);
