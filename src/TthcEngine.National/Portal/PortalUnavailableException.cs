namespace TthcEngine.National.Portal;

/// <summary>
/// A call to the portal got no usable answer. <see cref="MayHaveArrived"/> says whether the portal may have done the
/// work anyway (a timeout, a 500, a cut connection): the sync then looks the dossier up before sending again.
/// The message names the failure only, never a payload or a credential.
/// </summary>
public sealed class PortalUnavailableException(string message, bool mayHaveArrived, Exception? inner = null) : Exception(message, inner)
{
    public bool MayHaveArrived { get; } = mayHaveArrived;
}
