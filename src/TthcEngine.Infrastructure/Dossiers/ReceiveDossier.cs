using TthcEngine.Domain.Workflows;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>Tiếp nhận hồ sơ: a complete, valid dossier accepted at a receiving unit.</summary>
/// <param name="ReceivingUnit">The receiving unit's code (mã định danh), the first part of the dossier code.</param>
/// <param name="Channel">How it arrived: <c>inPerson</c>, <c>online</c> or <c>postal</c> (KenhThucHien 1/2/3).</param>
public sealed record ReceiveDossier(string ProcedureCode, string ReceivingUnit, ApplicantData Applicant, string Channel, Lane Lane = Lane.Standard);
