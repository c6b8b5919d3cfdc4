namespace TthcEngine.National.Portal.Sync;

/// <summary>The portal answered with an <c>error_code</c> that refuses the records: the dossier's sync waits and retries.</summary>
public sealed class PortalRefusedException(PortalAnswer answer)
    : Exception($"The portal refused the records: error_code {answer.ErrorCode} ({answer.Message}).")
{
    public PortalAnswer Answer { get; } = answer;
}
