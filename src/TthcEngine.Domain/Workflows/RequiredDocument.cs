namespace TthcEngine.Domain.Workflows;

/// <summary>Thành phần hồ sơ: one paper the applicant hands in.</summary>
/// <param name="Reusable">Whether a copy the applicant had accepted before may be reused instead of asking again.</param>
public sealed record RequiredDocument(string Id, string Name, int Originals, int Copies, bool Reusable);
