using System.Globalization;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Portal;

/// <summary>
/// Our dossiers and events as the portal's wire records (shared/national-api.md §1.2-1.5): every value a string,
/// every date <c>yyyyMMddHHmmss</c> in Vietnam time, every unknown optional field <c>""</c>.
/// </summary>
public static class PortalRecords
{
    private const int SummaryLength = 1000;
    private const int OfficerLength = 50;
    private const int FileNameLength = 4000;

    /// <summary>HoSoDongBoDVC of a dossier in the state a run of its events left it.</summary>
    public static PortalDossier Dossier(PortalDossierFacts facts, PortalSnapshot snapshot, PortalOptions options) => new()
    {
        Code = facts.Code,
        ProcedureCode = facts.ProcedureCode,
        ProcedureName = facts.ProcedureName,
        FieldName = facts.FieldName,
        Channel = Channel(facts.Channel),
        OwnerName = facts.ApplicantName,
        OwnerIdNumber = facts.ApplicantIdNumber ?? "",
        OwnerKind = OwnerKind(facts.ApplicantIdNumber),
        Email = facts.ApplicantEmail ?? "",
        Phone = facts.ApplicantPhone ?? "",
        Summary = Cut($"{facts.ProcedureName} - {facts.ApplicantName}", SummaryLength),
        // A dossier received at the desk was submitted there at that instant; an online one when its application came.
        SubmittedAt = PortalDates.Write(facts.SubmittedAt ?? facts.ReceivedAt),
        // An application refused at receipt (status 3) was never received.
        ReceivedAt = snapshot.Status == (int)NationalStatus.RefusedAtReceipt ? "" : PortalDates.Write(facts.ReceivedAt),
        DueAt = PortalDates.Write(snapshot.DueAt),
        ReturnedAt = PortalDates.Write(snapshot.ReturnedAt),
        ProcessingEndedAt = PortalDates.Write(snapshot.ProcessingEndedAt),
        RefusedAt = PortalDates.Write(snapshot.RefusedAt),
        Status = snapshot.Status.ToString(CultureInfo.InvariantCulture),
        ResultDelivery = facts.Channel == "postal" ? "1" : "0",
        ProcessingUnit = facts.ProcessingUnit,
        Note = facts.RefusalReason is { } reason ? Cut($"Không tiếp nhận: {reason}", SummaryLength) : "",
        SubmissionPlace = options.SubmissionPlace,
        HasDigitisedParts = facts.Papers?.Any(p => p.Digitised) == true ? "1" : "0",
        VneIdVerified = facts.IdentityVerified ? "1" : "0",
        PaidOnline = "0",
        OwnerIdentities = [Identity(facts.ApplicantIdNumber, options.MissingIdentityPlaceholder)],
        DatabasesUsed = facts.IdentityVerified ? [new PortalDatabaseUse { Code = options.PopulationDatabaseCode }] : [],
        SubmittedDocuments = [.. (facts.Papers ?? []).Select(Paper)],
        Fees = facts.FeeAmount > 0
            ? [new PortalFee { Name = "Phí, lệ phí", Amount = facts.FeeAmount.ToString(CultureInfo.InvariantCulture) }]
            : [],
        Supplements = [.. snapshot.Supplements.Select(wait => Supplement(wait, facts.Supplements ?? []))],

        // Only in the records from the hand-over on (status 10): the result is not the applicant's before.
        ResultPapers = snapshot.ReturnedAt is not null && facts.Result is { } result
            ? [new PortalResultPaper { Name = Cut(result.FileName, FileNameLength), PaperId = result.FileId.ToString(), DownloadUrl = result.DownloadUrl ?? "" }]
            : [],
    };

    /// <summary>
    /// The part of a dossier record that events change: two records with the same key say the same thing, so the
    /// second is not sent, and a looked-up record with the key of the one in doubt shows it arrived.
    /// </summary>
    public static string ChangeKey(PortalDossier dossier) =>
        string.Join('|', dossier.Status, dossier.DueAt, dossier.ProcessingEndedAt, dossier.ReturnedAt, dossier.RefusedAt);

    /// <summary>
    /// The processing-history record an event gives, or null (a step's activation gives none: it is the start of the
    /// record its completion gives).
    /// </summary>
    /// <param name="items">The dossier's queued events, in order: where a completed step's activation is found.</param>
    public static PortalProgress? Progress(PortalDossierFacts facts, NationalPortalSyncItemRecord item, IReadOnlyList<NationalPortalSyncItemRecord> items)
    {
        var record = new PortalProgress
        {
            Code = facts.Code,
            ActedAt = PortalDates.Write(item.OccurredAt),
            StartedAt = PortalDates.Write(item.OccurredAt),
            Status = item.NationalStatus.ToString(CultureInfo.InvariantCulture),
            Department = facts.ProcessingUnit,
            Officer = Cut(item.Officer ?? "", OfficerLength),
            DueAt = PortalDates.Write(item.DossierDueAt),
        };
        return item.Message switch
        {
            "DossierReceived" => record with { Department = facts.ReceivingDesk, Content = "Tiếp nhận hồ sơ" },
            "StepCompleted" => Completed(facts, item, items, record),
            "DossierPaused" => record with
            {
                Content = item.Detail == "AwaitingFinancialObligation" ? "Yêu cầu thực hiện nghĩa vụ tài chính" : "Yêu cầu bổ sung hồ sơ",
            },
            "DossierResumed" => record with { Content = "Tiếp tục giải quyết hồ sơ" },

            // Refused at receipt: the record's status 3, NgayTuChoi and GhiChu say it; as [TD], history is sent only
            // for a dossier that was received.
            PortalQueue.ApplicationRefused => null,
            "DossierResultReady" => record with { Content = "Đã xử lý xong" },
            "DossierFinished" => record with
            {
                Content = item.Outcome switch
                {
                    "Refused" => Cut($"Dừng xử lý: {item.Detail}", SummaryLength),
                    "Withdrawn" => Cut($"Rút hồ sơ theo đề nghị của người nộp: {item.Detail}", SummaryLength),
                    _ => "Trả kết quả",
                },
                Department = item.Outcome == "Refused" ? facts.ProcessingUnit : facts.ReceivingDesk,
            },
            _ => null,
        };
    }

    private static PortalProgress Completed(
        PortalDossierFacts facts, NationalPortalSyncItemRecord item, IReadOnlyList<NationalPortalSyncItemRecord> items, PortalProgress record)
    {
        var activated = items.LastOrDefault(i =>
            i.Message == "StepActivated" && i.StepId == item.StepId && i.Activation == item.Activation && i.Sequence < item.Sequence);
        var step = item.StepId is { } id ? facts.Steps.GetValueOrDefault(id) ?? Consultation(facts, id) : "";
        return record with
        {
            Title = Title(activated?.Role),
            Department = item.Unit is { } unit ? facts.Units.GetValueOrDefault(unit) ?? unit : facts.ProcessingUnit,
            Content = Cut(string.IsNullOrWhiteSpace(item.Detail) ? step : $"{step}: {item.Detail}", SummaryLength),
            StartedAt = PortalDates.Write(activated?.OccurredAt ?? item.OccurredAt),
            DueAt = PortalDates.Write(item.StepDueAt),
        };
    }

    /// <summary>A consultation's step id is <c>{asking step}&gt;{consulted unit}</c>.</summary>
    private static string Consultation(PortalDossierFacts facts, string stepId) => stepId.Split('>') is [_, var unit]
        ? $"Cho ý kiến ({facts.Units.GetValueOrDefault(unit) ?? unit})"
        : stepId;

    /// <summary>
    /// TaiLieuNop: DuocTaiSuDung 1 for a paper reused from an earlier dossier or taken from the population database,
    /// DuocLayTuKhoDMQG 1 for the latter. DuongDanTaiTepTin is the file's signed link when file links are configured
    /// (<c>Files:Links</c>), else empty; a document taken from the population database has no file.
    /// </summary>
    private static PortalSubmittedDocument Paper(PortalPaper paper) => new()
    {
        FileId = paper.Id,
        FileName = Cut(paper.Name, FileNameLength),
        IsDeleted = "False",
        ComponentCode = paper.DocumentId,
        DownloadUrl = paper.DownloadUrl ?? "",
        Digitised = paper.Digitised ? "1" : "0",
        Reused = paper.Reused || paper.FromNationalStore ? "1" : "0",
        FromNationalStore = paper.FromNationalStore ? "1" : "0",
    };

    /// <summary>
    /// DanhSachHoSoBoSung: a wait for a supplement, with the desk's request recorded at its pause (matched by instant;
    /// a planned pause of the flow has none, and says only that a supplement was asked). TrangThaiBoSung's code table is
    /// unknown (shared/national-api.md §1.2), so it is sent empty; the dates say whether the supplement came.
    /// </summary>
    private static PortalSupplement Supplement(PortalSupplementWait wait, IReadOnlyList<PortalSupplementRequest> requests)
    {
        var request = requests.FirstOrDefault(r => (r.RequestedAt - wait.RequestedAt).Duration() < TimeSpan.FromMilliseconds(1));
        return new PortalSupplement
        {
            Id = request?.Id.ToString() ?? "",
            RequestedBy = request?.Officer ?? "",
            Content = Cut(request?.Content ?? "Yêu cầu bổ sung hồ sơ", SummaryLength),
            RequestedAt = PortalDates.Write(wait.RequestedAt),
            SupplementReceivedAt = PortalDates.Write(wait.ReceivedAt),
            PreviousDueAt = PortalDates.Write(wait.DueBefore),
            NewDueAt = PortalDates.Write(wait.NewDueAt),
        };
    }

    /// <summary>KenhThucHien: 1 in person, 2 online, 3 public postal service.</summary>
    private static string Channel(string channel) => channel switch
    {
        "inPerson" => "1",
        "online" => "2",
        "postal" => "3",
        _ => "",
    };

    /// <summary>
    /// LoaiDoiTuong, guessed from the number the applicant gave: a 9- or 12-digit ID is a citizen (1); a tax code
    /// (10 digits, or 13 with a branch suffix) is an enterprise (2). No number: a citizen.
    /// </summary>
    private static string OwnerKind(string? idNumber) => idNumber?.Replace("-", "", StringComparison.Ordinal).Length switch
    {
        10 or 13 => "2",
        _ => "1",
    };

    /// <summary>DinhDanhCHS: 1 for a 12-digit personal ID, 2 for a 9-digit CMND; [TD]'s placeholder when there is none.</summary>
    private static PortalOwnerIdentity Identity(string? idNumber, string placeholder) => idNumber switch
    {
        { Length: 12 } when idNumber.All(char.IsAsciiDigit) => new PortalOwnerIdentity { Kind = "1", Number = idNumber },
        { Length: 9 } when idNumber.All(char.IsAsciiDigit) => new PortalOwnerIdentity { Kind = "2", Number = idNumber },
        _ => new PortalOwnerIdentity { Kind = "1", Number = placeholder },
    };

    private static string Title(string? role) => role switch
    {
        "Desk" => "Công chức Bộ phận Một cửa",
        "Specialist" => "Chuyên viên",
        "Leader" => "Lãnh đạo",
        "FocalPoint" => "Đầu mối",
        _ => "",
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
