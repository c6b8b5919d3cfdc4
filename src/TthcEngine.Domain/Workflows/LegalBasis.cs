namespace TthcEngine.Domain.Workflows;

/// <summary>Căn cứ pháp lý: a document the procedure rests on, recorded again on every dossier started from it.</summary>
public sealed record LegalBasis(string Document, LegalBasisRole Role);
