namespace TthcEngine.Domain.Workflows;

/// <summary>Thành phần hồ sơ: one paper the applicant hands in.</summary>
/// <param name="Reusable">Whether a copy the applicant had accepted before may be reused instead of asking again.</param>
/// <param name="Conditional">Asked only in the case its name states ("trường hợp …", "nếu có"): the desk may receive without it.</param>
public sealed record RequiredDocument(string Id, string Name, int Originals, int Copies, bool Reusable, bool Conditional = false);
