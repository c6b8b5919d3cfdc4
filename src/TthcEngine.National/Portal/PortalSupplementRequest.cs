namespace TthcEngine.National.Portal;

/// <summary>
/// A supplement request (yêu cầu bổ sung, Form 02) as the desk recorded it with the dossier's pause: written once,
/// never changed.
/// </summary>
/// <param name="Id">The request's note id (HoSoBoSungId).</param>
/// <param name="RequestedAt">The instant of the pause it was recorded with.</param>
/// <param name="Officer">The name of the officer who asked (NguoiYeuCauBoSung).</param>
/// <param name="Content">The reason and the papers asked for, in one text (NoiDungBoSung).</param>
public sealed record PortalSupplementRequest(Guid Id, DateTimeOffset RequestedAt, string Officer, string Content);
