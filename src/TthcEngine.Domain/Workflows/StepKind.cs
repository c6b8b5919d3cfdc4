namespace TthcEngine.Domain.Workflows;

/// <summary>What kind of work a step is.</summary>
public enum StepKind
{
    /// <summary>Work of the lead agency's own units.</summary>
    Task,

    /// <summary>Lấy ý kiến / phối hợp liên thông: held by another agency, whose lateness is its own.</summary>
    Consultation,
}
