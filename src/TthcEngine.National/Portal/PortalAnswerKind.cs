namespace TthcEngine.National.Portal;

/// <summary>What an answered call to the portal means (shared/national-api.md §1.6).</summary>
public enum PortalAnswerKind
{
    /// <summary><c>error_code</c> <c>0</c> (or <c>"00"</c>).</summary>
    Accepted,

    /// <summary><c>error_code</c> <c>3</c> or <c>-3</c>, or a message saying "đã tồn tại": an insert of a dossier the portal holds.</summary>
    AlreadyExists,

    /// <summary>Any other <c>error_code</c>: the portal refused the records.</summary>
    Refused,
}
