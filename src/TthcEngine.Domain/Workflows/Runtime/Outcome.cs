namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>Kết quả giải quyết: how a dossier ends.</summary>
public enum Outcome
{
    /// <summary>The result is granted (cấp, chấp thuận).</summary>
    Granted,

    /// <summary>Refused with a reason (từ chối giải quyết, Form 03).</summary>
    Refused,
}
