namespace TthcEngine.Domain;

/// <summary>
/// A business rule was broken: an illegal transition, a deadline that cannot be computed, a calendar that lacks data.
/// Callers map it to a clear error (HTTP 409/422, a non-zero exit code); it is never swallowed.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    /// <summary>A stable, machine-readable code, e.g. <c>calendar.year-missing</c>.</summary>
    public string Code { get; } = code;
}
