using Refit;
using TthcEngine.Client.Models;

namespace TthcEngine.Client;

/// <summary>
/// The engine's HTTP API (docs at <c>/docs</c> of a running service), except the working-time calculator. Every call
/// throws <see cref="ApiException"/> when the service answers an error; its problem (stable <c>code</c>, message in
/// Vietnamese and English) is read with <see cref="TthcProblemExtensions.Problem"/>. A call that never got an answer
/// throws <see cref="ApiRequestException"/>. Build one with <see cref="TthcClient"/>.
/// </summary>
public interface ITthcApi
{
    /// <summary>Liveness.</summary>
    [Get("/health")]
    Task<HealthStatus> HealthAsync(CancellationToken cancellationToken = default);

    /// <summary>A bearer token for an officer (rate limited; five wrong passwords lock the account for 15 minutes).</summary>
    [Post("/api/auth/token")]
    Task<TokenResponse> TokenAsync([Body] SignInRequest credentials, CancellationToken cancellationToken = default);

    /// <summary>Cookie sign-in, as the web UI does it: the cookie stays in the client's handler.</summary>
    [Post("/api/auth/login")]
    Task LoginAsync([Body] SignInRequest credentials, CancellationToken cancellationToken = default);

    /// <summary>Ends the cookie session.</summary>
    [Post("/api/auth/logout")]
    Task LogoutAsync(CancellationToken cancellationToken = default);

    /// <summary>The signed-in officer.</summary>
    [Get("/api/me")]
    Task<OfficerInfo> MeAsync(CancellationToken cancellationToken = default);

    /// <summary>Every officer account (admin).</summary>
    [Get("/api/admin/officers")]
    Task<IReadOnlyList<OfficerInfo>> OfficersAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates an officer account (admin).</summary>
    [Post("/api/admin/officers")]
    Task<OfficerInfo> CreateOfficerAsync([Body] NewOfficer officer, CancellationToken cancellationToken = default);

    /// <summary>Changes an officer's name, agency, unit and roles (admin); the officer's sessions end.</summary>
    [Put("/api/admin/officers/{userName}")]
    Task<OfficerInfo> UpdateOfficerAsync(string userName, [Body] OfficerUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Disables an officer's account (admin); the officer's sessions end.</summary>
    [Post("/api/admin/officers/{userName}/disable")]
    Task<OfficerInfo> DisableOfficerAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Enables a disabled (or locked-out) account again (admin).</summary>
    [Post("/api/admin/officers/{userName}/enable")]
    Task<OfficerInfo> EnableOfficerAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password for an officer (admin); the officer's sessions end.</summary>
    [Post("/api/admin/officers/{userName}/password")]
    Task SetOfficerPasswordAsync(string userName, [Body] PasswordReset password, CancellationToken cancellationToken = default);

    /// <summary>The open steps an officer holds (admin).</summary>
    [Get("/api/admin/officers/{userName}/steps")]
    Task<IReadOnlyList<HeldStep>> GetOfficerStepsAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Releases every step an officer holds, so their units may claim them (admin; an officer who left).</summary>
    [Post("/api/admin/officers/{userName}/release-steps")]
    Task<ReleasedSteps> ReleaseOfficerStepsAsync(string userName, [Body] ReasonRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives every step an officer holds to another officer of the agency (a leader of the agency, or the admin).</summary>
    [Post("/api/officers/{userName}/transfer-steps")]
    Task<TransferredSteps> TransferOfficerStepsAsync(string userName, [Body] TransferRequest request, CancellationToken cancellationToken = default);

    /// <summary>The procedures served; <paramref name="q"/> matches words of the code, name or field, with or without accents.</summary>
    [Get("/api/procedures")]
    Task<IReadOnlyList<ProcedureSummary>> ProceduresAsync([Query] string? q = null, CancellationToken cancellationToken = default);

    /// <summary>One procedure.</summary>
    [Get("/api/procedures/{code}")]
    Task<ProcedureDetail> ProcedureAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Uploads a PDF, PNG or JPEG (checked by content) to name in a receipt or an electronic hand-over.</summary>
    [Multipart]
    [Post("/api/uploads")]
    Task<UploadResponse> UploadAsync([AliasAs("file")] StreamPart file, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tiếp nhận hồ sơ at the officer's desk. With an <paramref name="idempotencyKey"/> a retry answers the first
    /// receipt again (same dossier, code and PIN) instead of receiving a second dossier.
    /// </summary>
    [Post("/api/desk/dossiers")]
    Task<ReceiveResponse> ReceiveAsync(
        [Body] ReceiveRequest request, [Header("Idempotency-Key")] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>A dossier with its timeline, papers and notes.</summary>
    [Get("/api/dossiers/{id}")]
    Task<DossierView> DossierAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The file of a paper handed in (an <see cref="AttachmentView"/>'s id; its content type and file name in the content headers).</summary>
    [Get("/api/dossiers/{id}/documents/{attachmentId}")]
    Task<HttpContent> DocumentFileAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>The electronic result handed over (its content type and file name in the content headers).</summary>
    [Get("/api/dossiers/{id}/result")]
    Task<HttpContent> ResultFileAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds dossiers the officer may see by code (or part of one), the applicant's ID number or phone, or words of the
    /// applicant's name (accents optional), narrowed by national status, procedure, open only and the days received.
    /// </summary>
    [Get("/api/dossiers")]
    Task<DossierSearchResult> SearchDossiersAsync(
        string? q = null, int? status = null, string? procedure = null, bool? open = null, string? from = null, string? to = null,
        CancellationToken cancellationToken = default);

    /// <summary>A dossier found by its code.</summary>
    [Get("/api/dossiers/by-code/{code}")]
    Task<DossierView> DossierByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Takes an active step for the signed-in officer.</summary>
    [Post("/api/dossiers/{id}/steps/{stepId}/claim")]
    Task<CommandResponse> ClaimAsync(Guid id, string stepId, CancellationToken cancellationToken = default);

    /// <summary>Completes a step with the officer's opinion; with an <paramref name="idempotencyKey"/> a retry answers the first completion again.</summary>
    [Post("/api/dossiers/{id}/steps/{stepId}/complete")]
    Task<CommandResponse> CompleteAsync(
        Guid id, string stepId, [Body] CompleteRequest request, [Header("Idempotency-Key")] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Gives an active step to an officer, or releases it (leader of its unit, admin, or its holder releasing it).</summary>
    [Post("/api/dossiers/{id}/steps/{stepId}/assign")]
    Task<CommandResponse> AssignAsync(Guid id, string stepId, [Body] AssignRequest request, CancellationToken cancellationToken = default);

    /// <summary>The officers an active step may be given to, with the steps each holds now.</summary>
    [Get("/api/dossiers/{id}/steps/{stepId}/assignees")]
    Task<IReadOnlyList<Assignee>> GetAssigneesAsync(Guid id, string stepId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the signed-in officer's own password: every session of theirs ends, this token's too (sign in again with
    /// the new password).
    /// </summary>
    [Post("/api/me/password")]
    Task ChangePasswordAsync([Body] PasswordChange request, CancellationToken cancellationToken = default);

    /// <summary>The signed-in officer's own figures: steps completed early, on time and late per month, the newest 12 months first.</summary>
    [Get("/api/me/on-time")]
    Task<IReadOnlyList<OnTimeLine>> MyOnTimeAsync(CancellationToken cancellationToken = default);

    /// <summary>The signed-in officer's notices, newest first (at most 100), only the unread ones when <paramref name="unread"/>.</summary>
    [Get("/api/me/notices")]
    Task<MyNotices> MyNoticesAsync(bool? unread = null, CancellationToken cancellationToken = default);

    /// <summary>Marks one of the signed-in officer's notices read.</summary>
    [Post("/api/me/notices/{id}/read")]
    Task<OfficerNotice> MarkNoticeReadAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Marks every unread notice of the signed-in officer read.</summary>
    [Post("/api/me/notices/read-all")]
    Task<NoticesMarked> MarkAllNoticesReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns a step to an earlier one for rework.</summary>
    [Post("/api/dossiers/{id}/steps/{stepId}/return")]
    Task<CommandResponse> ReturnAsync(Guid id, string stepId, [Body] ReturnRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks other agencies for their opinion (liên thông).</summary>
    [Post("/api/dossiers/{id}/steps/{stepId}/consult")]
    Task<CommandResponse> ConsultAsync(Guid id, string stepId, [Body] ConsultRequest request, CancellationToken cancellationToken = default);

    /// <summary>Yêu cầu bổ sung (Form 02): the statutory clock stops.</summary>
    [Post("/api/dossiers/{id}/supplement-request")]
    Task<CommandResponse> RequestSupplementAsync(Guid id, [Body] SupplementRequest request, CancellationToken cancellationToken = default);

    /// <summary>The supplement arrived at the desk: the statutory count starts again.</summary>
    [Post("/api/dossiers/{id}/supplement-accepted")]
    Task<CommandResponse> AcceptSupplementAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Từ chối giải quyết with its reason (Forms 03/05).</summary>
    [Post("/api/dossiers/{id}/refuse")]
    Task<CommandResponse> RefuseAsync(Guid id, [Body] ReasonRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rút hồ sơ: records the applicant's request to withdraw the dossier (the dossier's desk, before the result is
    /// ready); the dossier ends withdrawn, national status 7.
    /// </summary>
    [Post("/api/dossiers/{id}/withdraw")]
    Task<CommandResponse> WithdrawAsync(Guid id, [Body] ReasonRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The desk declines the applicant's online request to withdraw, with the reason the applicant is told (409
    /// <c>withdrawal-request.none</c> when none waits); the applicant may ask again.
    /// </summary>
    [Post("/api/dossiers/{id}/withdrawal-request/decline")]
    Task<NoteView> DeclineWithdrawalAsync(Guid id, [Body] ReasonRequest request, CancellationToken cancellationToken = default);

    /// <summary>Records a fee or charge paid at the desk.</summary>
    [Post("/api/dossiers/{id}/fee")]
    Task<NoteView> RecordFeeAsync(Guid id, [Body] FeeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Trả kết quả: the last desk step is done and the dossier ends granted.</summary>
    [Post("/api/dossiers/{id}/hand-over")]
    Task<CommandResponse> HandOverAsync(Guid id, [Body] HandOverRequest request, CancellationToken cancellationToken = default);

    /// <summary>The apology and the one new appointment (Form 04), signed by a leader of the competent agency.</summary>
    [Post("/api/dossiers/{id}/apology")]
    Task<CommandResponse> IssueApologyAsync(Guid id, [Body] ApologyRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an online payment of the dossier's fees at the national payment platform (the dossier's desk): 201 with
    /// the platform's page to give the applicant, or the payment still pending when there is one. Without the
    /// platform configured: 503 <c>payment.not-configured</c>; the platform down: 503 <c>payment.unavailable</c>.
    /// </summary>
    [Post("/api/dossiers/{id}/payments")]
    Task<PaymentView> StartPaymentAsync(Guid id, [Body] PaymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>The notices sent (or queued) to the dossier's applicant by SMS and email, oldest first.</summary>
    [Get("/api/dossiers/{id}/notices")]
    Task<IReadOnlyList<ApplicantNoticeView>> NoticesAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The dossier's online payments, oldest first.</summary>
    [Get("/api/dossiers/{id}/payments")]
    Task<IReadOnlyList<PaymentView>> PaymentsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Asks the platform about a payment (the dossier's desk); a paid answer records the fee as the callback would.</summary>
    [Post("/api/dossiers/{id}/payments/{reference}/check")]
    Task<PaymentView> CheckPaymentAsync(Guid id, string reference, CancellationToken cancellationToken = default);

    /// <summary>The platform's receipt (biên lai) of a paid payment, a PDF (its file name in the content headers).</summary>
    [Get("/api/dossiers/{id}/payments/{reference}/receipt")]
    Task<HttpContent> PaymentReceiptAsync(Guid id, string reference, CancellationToken cancellationToken = default);

    /// <summary>The active steps of the officer's unit, by due instant; with <paramref name="mine"/> every step the officer holds, whatever its unit.</summary>
    [Get("/api/worklist")]
    Task<IReadOnlyList<WorklistItem>> WorklistAsync(bool? mine = null, CancellationToken cancellationToken = default);

    /// <summary>The open steps of the leader's whole agency, who holds each; only those nobody holds with <paramref name="unclaimed"/>.</summary>
    [Get("/api/worklist/agency")]
    Task<IReadOnlyList<WorklistItem>> AgencyWorklistAsync(bool? unclaimed = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A form of the dossier as print-ready HTML: <c>receipt</c>, <c>supplement-request</c>, <c>refusal</c>,
    /// <c>apology</c>, <c>stop-notice</c> or <c>control-slip</c>.
    /// </summary>
    [Get("/api/dossiers/{id}/forms/{form}")]
    Task<string> FormAsync(Guid id, string form, CancellationToken cancellationToken = default);

    /// <summary>The desk's logbook of a year (Form 07) as HTML.</summary>
    [Get("/api/desk/logbook")]
    Task<string> LogbookAsync([Query] int year, CancellationToken cancellationToken = default);

    /// <summary>The focal point's open green-lane cases, each with every branch.</summary>
    [Get("/api/green-lane/cases")]
    Task<IReadOnlyList<GreenLaneCase>> GreenLaneCasesAsync(CancellationToken cancellationToken = default);

    /// <summary>One green-lane case.</summary>
    [Get("/api/green-lane/cases/{id}")]
    Task<GreenLaneCase> GreenLaneCaseAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Đôn đốc an active step; escalated to the unit's head when the step is overdue.</summary>
    [Post("/api/green-lane/cases/{id}/expedite")]
    Task<ExpediteResponse> ExpediteAsync(Guid id, [Body] ExpediteRequest request, CancellationToken cancellationToken = default);

    /// <summary>On-time figures; <paramref name="scope"/> is <c>procedure</c> (default), <c>unit</c> or <c>officer</c>, months are <c>yyyy-MM</c>.</summary>
    [Get("/api/supervisor/on-time")]
    Task<IReadOnlyList<OnTimeLine>> OnTimeAsync(
        [Query] string? scope = null,
        [Query] string? from = null,
        [Query] string? to = null,
        [Query] string? agency = null,
        [Query] string? procedure = null,
        CancellationToken cancellationToken = default);

    /// <summary>The overdue dossiers and steps the supervisor may see.</summary>
    [Get("/api/supervisor/overdue")]
    Task<IReadOnlyList<OverdueItem>> OverdueAsync(CancellationToken cancellationToken = default);

    /// <summary>The same list as CSV (code, procedure, agency, step, unit, officer, due, overdue working minutes).</summary>
    [Get("/api/supervisor/overdue?format=csv")]
    Task<string> OverdueCsvAsync(CancellationToken cancellationToken = default);

    /// <summary>Data reuse per agency and procedure: dossiers that took a paper accepted before, and their share.</summary>
    [Get("/api/supervisor/reuse")]
    Task<IReadOnlyList<ReuseLine>> ReuseAsync([Query] string? from = null, [Query] string? to = null, CancellationToken cancellationToken = default);

    /// <summary>The national partners configured on the server, with their circuit and backlog (none by default).</summary>
    [Get("/api/supervisor/partners")]
    Task<IReadOnlyList<PartnerHealth>> PartnersAsync(CancellationToken cancellationToken = default);

    /// <summary>Who looked citizens up in the population database, for which procedure, and what came back (ID numbers masked).</summary>
    [Get("/api/supervisor/population-lookups")]
    Task<IReadOnlyList<PopulationLookupView>> PopulationLookupsAsync([Query] string? from = null, [Query] string? to = null, CancellationToken cancellationToken = default);

    /// <summary>Tra cứu CSDL dân cư: the applicant's identity to fill the receive form, and their reusable papers.</summary>
    [Post("/api/desk/citizens/lookup")]
    Task<CitizenLookupResponse> LookUpCitizenAsync([Body] CitizenLookupRequest request, CancellationToken cancellationToken = default);

    /// <summary>The apologies prepared by the system and issued by leaders.</summary>
    [Get("/api/supervisor/apologies")]
    Task<IReadOnlyList<ApologyView>> ApologiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Tra cứu: the public view of a dossier by its code and PIN (no personal data).</summary>
    [Post("/api/public/lookup")]
    Task<PublicDossier> LookupAsync([Body] LookupRequest request, CancellationToken cancellationToken = default);

    /// <summary>The applicant's rating after the hand-over; once per dossier.</summary>
    [Post("/api/public/rating")]
    Task RateAsync([Body] RatingRequest rating, CancellationToken cancellationToken = default);

    /// <summary>
    /// The applicant's request to withdraw the dossier (202); one at a time, before the result is ready. The desk records
    /// the withdrawal or declines it; after a decline the applicant may ask again.
    /// </summary>
    [Post("/api/public/withdrawal-request")]
    Task RequestWithdrawalAsync([Body] WithdrawalRequestByApplicant request, CancellationToken cancellationToken = default);

    /// <summary>The applicant pays the dossier's fee online with the code and PIN: the platform's page, as <see cref="StartPaymentAsync"/>.</summary>
    [Post("/api/public/payments")]
    Task<PaymentView> PublicPaymentAsync([Body] LookupRequest request, CancellationToken cancellationToken = default);

    /// <summary>The electronic result file (its content type and file name in the content headers).</summary>
    [Post("/api/public/result")]
    Task<HttpContent> ResultAsync([Body] LookupRequest request, CancellationToken cancellationToken = default);
}
