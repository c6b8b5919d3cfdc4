using TthcEngine.Domain.Workflows;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>Tiếp nhận hồ sơ: a complete, valid dossier accepted at a receiving unit.</summary>
/// <param name="ReceivingUnit">The receiving unit's code (mã định danh), the first part of the dossier code.</param>
/// <param name="Channel">How it arrived: <c>inPerson</c>, <c>online</c> or <c>postal</c> (KenhThucHien 1/2/3).</param>
/// <param name="Agency">The agency competent for it (agency catalogue id); by default the receiving unit's code.</param>
/// <param name="ReceivingAgency">The agency whose desk received it; by default <paramref name="Agency"/>.</param>
/// <param name="ReceivedBy">
/// The desk officer who received it at the competent agency's own desk: the flow's first step, when it is the desk's
/// receipt, is then done by that officer in the same change (the dossier moves on to its specialist at once).
/// </param>
public sealed record ReceiveDossier(
    string ProcedureCode,
    string ReceivingUnit,
    ApplicantData Applicant,
    string Channel,
    Lane Lane = Lane.Standard,
    string? Agency = null,
    string? ReceivingAgency = null,
    string? ReceivedBy = null);
