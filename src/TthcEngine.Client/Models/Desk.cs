namespace TthcEngine.Client.Models;

/// <summary>The applicant (tổ chức, cá nhân) as the desk records it.</summary>
/// <param name="IdNumber">Số định danh cá nhân (12 digits) or tax code (mã số thuế) of an organisation.</param>
public sealed record ApplicantInput(string Name, string IdNumber, string? Phone, string? Email, string? Address);

/// <summary>
/// One paper of the dossier against a required document of the procedure: presented on paper (<paramref name="Kind"/>
/// and <paramref name="Quantity"/>), uploaded (<paramref name="UploadId"/> from <c>POST /api/uploads</c>), or reused from
/// an earlier dossier of the same applicant (<paramref name="ReusedFrom"/>, an attachment id).
/// </summary>
/// <param name="Kind">
/// <c>original</c>, <c>copy</c>, <c>certifiedCopy</c>, <c>electronic</c>, or <c>populationDatabase</c> (khai thác từ CSDL
/// quốc gia về dân cư: taken from the population lookup the receipt names instead of a paper).
/// </param>
public sealed record DocumentInput(string DocumentId, string Kind = "original", int Quantity = 1, Guid? UploadId = null, Guid? ReusedFrom = null);

/// <summary>Tiếp nhận hồ sơ: a complete, valid dossier received at the officer's desk.</summary>
/// <param name="Channel"><c>inPerson</c>, <c>online</c> or <c>postal</c>.</param>
/// <param name="Lane"><c>standard</c> or <c>greenLane</c> (only for procedures that have one).</param>
/// <param name="Agency">
/// The competent commune for a commune-level procedure received for another commune of the province (phi địa giới);
/// by default the desk's own. A province-level procedure always belongs to the province.
/// </param>
/// <param name="ReturnPlace">Where the applicant takes the result: the desk (default) or a postal address.</param>
/// <param name="PopulationLookupId">
/// A population lookup of this desk that found the applicant (<c>POST /api/desk/citizens/lookup</c>): the dossier records
/// the identity as verified in the population database, and papers of kind <c>populationDatabase</c> are allowed.
/// </param>
public sealed record ReceiveRequest(
    string ProcedureCode,
    ApplicantInput Applicant,
    IReadOnlyList<DocumentInput> Documents,
    string Channel = "inPerson",
    string Lane = "standard",
    string? Agency = null,
    int Sets = 1,
    string? ReturnPlace = null,
    Guid? PopulationLookupId = null);

/// <summary>The received dossier: the code and PIN printed on the receipt, and the appointment.</summary>
public sealed record ReceiveResponse(Guid Id, string Code, string Pin, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, int NationalStatus, string ReceiptUrl);

/// <summary>A file stored by <c>POST /api/uploads</c>, to name in a <see cref="DocumentInput"/>.</summary>
public sealed record UploadResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>One item the applicant must add or correct (Form 02).</summary>
public sealed record SupplementItem(string Name, string Kind = "original", int Quantity = 1);

/// <summary>Yêu cầu bổ sung, hoàn thiện hồ sơ: the clock stops until the applicant answers.</summary>
public sealed record SupplementRequest(IReadOnlyList<SupplementItem> Items, string Reason);

/// <summary>A reason, for a refusal or a return.</summary>
public sealed record ReasonRequest(string Reason);

/// <summary>A fee or charge paid (phí, lệ phí).</summary>
/// <param name="Method"><c>cash</c>, <c>transfer</c> or <c>online</c>.</param>
public sealed record FeeRequest(long Amount, string Method, string? ReceiptNumber);

/// <summary>Trả kết quả: the result handed over on paper or electronically (an upload holding the result file).</summary>
/// <param name="Method"><c>paper</c> or <c>electronic</c>.</param>
public sealed record HandOverRequest(string Method, Guid? ResultUploadId = null, string? ResultNumber = null);
