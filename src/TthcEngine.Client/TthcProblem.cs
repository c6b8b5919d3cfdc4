namespace TthcEngine.Client;

/// <summary>
/// An error the service answered (RFC 7807 problem details): the HTTP status, the stable <paramref name="Code"/> to
/// branch on, and the message in Vietnamese and English to show. A request refused for several reasons lists each in
/// <paramref name="Errors"/>.
/// </summary>
public sealed record TthcProblem(int Status, string Code, string MessageVi, string MessageEn, IReadOnlyList<TthcProblem.FieldError> Errors)
{
    /// <summary>One invalid value of a request.</summary>
    public sealed record FieldError(string Field, string Code, string MessageVi, string MessageEn);
}
