namespace TthcEngine.Domain.Workflows;

/// <summary>What a legal-basis document sets.</summary>
public enum LegalBasisRole
{
    /// <summary>The statutory time limit.</summary>
    Limit,

    /// <summary>The approval of the internal process (quy trình nội bộ, Circular 01/2018/TT-VPCP Art. 8).</summary>
    InternalProcess,

    /// <summary>Anything else.</summary>
    Other,
}
