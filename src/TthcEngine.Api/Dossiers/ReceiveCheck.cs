using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// Checks a dossier to receive against its procedure before anything is stored: the applicant, the channel and lane,
/// the competent agency (phi địa giới), and the papers against the required documents (every one present once, uploads
/// of this desk, reuse only of the applicant's own accepted papers of a reusable document).
/// </summary>
internal static partial class ReceiveCheck
{
    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(["inPerson", "online", "postal"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(["original", "copy", "certifiedCopy", "electronic"], StringComparer.Ordinal);

    /// <summary>A paper not handed in but taken from the population database (khai thác từ CSDL quốc gia về dân cư) through the receipt's lookup.</summary>
    public const string PopulationDatabaseKind = "populationDatabase";

    /// <param name="Uploads">The uploads the papers name.</param>
    /// <param name="Reused">The accepted papers of earlier dossiers the papers reuse, as stored (read during the check, so that the receipt reads nothing more).</param>
    /// <param name="Lookup">The population lookup that verified the applicant's identity, when the receipt names one.</param>
    public sealed record Checked(
        ProcedureDefinition Procedure,
        Lane Lane,
        AgencyDefinition Agency,
        AgencyDefinition Desk,
        IReadOnlyList<StoredFileRecord> Uploads,
        IReadOnlyDictionary<Guid, AttachmentRecord> Reused,
        PopulationLookupRecord? Lookup);

    /// <param name="uploader">
    /// Whose uploads the papers may name: the officer's own (by default), or those an online application claimed
    /// (<see cref="OnlineUploads.ClaimedBy"/>) when the desk accepts it.
    /// </param>
    public static async Task<(Checked? Ok, RequestCheck Check)> RunAsync(
        ReceiveRequest body, Officer officer, ProcedureCatalog procedures, AgencyCatalog agencies, TthcDbContext db, IConfiguration configuration, CancellationToken cancellationToken,
        string? uploader = null)
    {
        var check = new RequestCheck();
        var procedure = procedures.Find(body.ProcedureCode ?? "");
        if (procedure is null)
        {
            check.Add("procedureCode", "receive.unknown-procedure", $"Không có thủ tục mã {body.ProcedureCode}.", $"There is no procedure with code {body.ProcedureCode}.");
        }

        CheckApplicant(body.Applicant, check);
        check.Require(body.Channel is not null && Channels.Contains(body.Channel), "channel", "receive.channel",
            "Kênh tiếp nhận phải là inPerson, online hoặc postal.", "The channel must be inPerson, online or postal.");
        check.Require(body.Sets is >= 1 and <= 20, "sets", "receive.sets", "Số bộ hồ sơ phải từ 1 đến 20.", "The number of sets must be 1 to 20.");
        check.Require(body.ReturnPlace is null || body.ReturnPlace.Length <= 512, "returnPlace", "receive.return-place",
            "Nơi trả kết quả quá dài.", "The return place is too long.");

        var lane = Lane.Standard;
        if (body.Lane == "greenLane")
        {
            lane = Lane.GreenLane;
            check.Require(procedure is null || procedure.GreenLane is not null, "lane", "receive.no-green-lane",
                "Thủ tục này không có luồng xanh.", "This procedure has no green lane.");
        }
        else
        {
            check.Require(body.Lane is null or "standard", "lane", "receive.lane", "Luồng phải là standard hoặc greenLane.", "The lane must be standard or greenLane.");
        }

        var desk = agencies.Find(officer.Agency);
        AgencyDefinition? agency = null;
        if (desk is null)
        {
            check.Add("agency", "receive.desk-unknown", "Tài khoản không thuộc cơ quan nào trong danh mục.", "The officer's agency is not in the agency catalogue.");
        }
        else if (procedure is not null)
        {
            agency = CompetentAgency(body.Agency, procedure, desk, agencies, check);
        }

        var papers = new CheckedPapers([], new Dictionary<Guid, AttachmentRecord>());
        if (procedure is not null)
        {
            papers = await CheckDocumentsAsync(body.Documents, body.Applicant?.IdNumber, procedure, uploader ?? officer.UserName, db, check, cancellationToken);
        }

        var lookup = await CheckPopulationLookupAsync(body, officer, db, configuration, check, cancellationToken);
        return check.Failed ? (null, check) : (new Checked(procedure!, lane, agency!, desk!, papers.Uploads, papers.Reused, lookup), check);
    }

    internal static AgencyDefinition? CompetentAgency(string? requested, ProcedureDefinition procedure, AgencyDefinition desk, AgencyCatalog agencies, RequestCheck check)
    {
        var province = agencies.ProvinceOf(desk);
        if (procedure.Level == CompetentLevel.Province)
        {
            check.Require(requested is null || requested == province.Id, "agency", "receive.agency",
                $"Thủ tục cấp tỉnh do {province.Name} giải quyết.", $"A province-level procedure is handled by {province.Id}.");
            return province;
        }

        var id = requested ?? desk.Id;
        var agency = agencies.Find(id);
        if (agency is null || agency.Level != "commune" || agencies.ProvinceOf(agency).Id != province.Id)
        {
            check.Add("agency", "receive.agency", $"Thủ tục cấp xã phải chọn một xã, phường thuộc {province.Name}.",
                $"A commune-level procedure needs a commune of {province.Id}; '{id}' is not one.");
            return null;
        }

        return agency;
    }

    internal static void CheckApplicant(ApplicantInput? applicant, RequestCheck check)
    {
        if (applicant is null)
        {
            check.Add("applicant", "receive.applicant", "Thiếu thông tin tổ chức, cá nhân nộp hồ sơ.", "The applicant is missing.");
            return;
        }

        check.Require(!string.IsNullOrWhiteSpace(applicant.Name) && applicant.Name.Length <= 256, "applicant.name", "receive.applicant-name",
            "Họ tên tổ chức, cá nhân là bắt buộc (tối đa 256 ký tự).", "The applicant's name is required (at most 256 characters).");
        check.Require(applicant.IdNumber is not null && IdNumber().IsMatch(applicant.IdNumber), "applicant.idNumber", "receive.applicant-id",
            "Số định danh cá nhân phải có 12 chữ số, hoặc mã số thuế 10 chữ số (có thể kèm -XXX).",
            "The personal identification number must be 12 digits, or a tax code of 10 digits (optionally -XXX).");
        check.Require(applicant.Phone is null || Phone().IsMatch(applicant.Phone), "applicant.phone", "receive.applicant-phone",
            "Số điện thoại không hợp lệ.", "The phone number is not valid.");
        check.Require(applicant.Email is null || (applicant.Email.Length <= 256 && Email().IsMatch(applicant.Email)), "applicant.email", "receive.applicant-email",
            "Địa chỉ thư điện tử không hợp lệ.", "The email address is not valid.");
        check.Require(applicant.Address is null || applicant.Address.Length <= 512, "applicant.address", "receive.applicant-address",
            "Địa chỉ quá dài.", "The address is too long.");
    }

    /// <summary>
    /// The papers against the procedure's documents: each known and listed once, every document that is not conditional
    /// present, uploads of <paramref name="uploader"/> only, reuse only of an accepted paper of a reusable document of the
    /// applicant <paramref name="idNumber"/>.
    /// </summary>
    internal static async Task<CheckedPapers> CheckDocumentsAsync(
        IReadOnlyList<DocumentInput>? papers, string? idNumber, ProcedureDefinition procedure, string uploader, TthcDbContext db, RequestCheck check, CancellationToken cancellationToken)
    {
        var documents = papers ?? [];
        var known = procedure.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!known.ContainsKey(document.DocumentId ?? ""))
            {
                check.Add("documents", "receive.unknown-document", $"Thủ tục không yêu cầu giấy tờ \"{document.DocumentId}\".",
                    $"Procedure {procedure.Code} asks for no document \"{document.DocumentId}\".");
            }

            check.Require(Kinds.Contains(document.Kind ?? "") || document.Kind == PopulationDatabaseKind, "documents", "receive.document-kind",
                "Loại giấy tờ phải là original, copy, certifiedCopy, electronic hoặc populationDatabase.",
                "A paper's kind must be original, copy, certifiedCopy, electronic or populationDatabase.");
            check.Require(document.Kind != PopulationDatabaseKind || (document.UploadId is null && document.ReusedFrom is null), "documents", "receive.document-source",
                "Giấy tờ khai thác từ CSDL dân cư không kèm tệp tải lên hay giấy tờ tái sử dụng.", "A paper taken from the population database has no upload and reuses nothing.");
            check.Require(document.Quantity is >= 1 and <= 100, "documents", "receive.document-quantity",
                "Số lượng mỗi giấy tờ từ 1 đến 100.", "Each paper's quantity must be 1 to 100.");
            check.Require(document.UploadId is null || document.ReusedFrom is null, "documents", "receive.document-source",
                "Một giấy tờ hoặc được tải lên hoặc được tái sử dụng, không đồng thời cả hai.", "A paper is either uploaded or reused, not both.");
        }

        foreach (var duplicate in documents.GroupBy(d => d.DocumentId).Where(g => g.Count() > 1))
        {
            check.Add("documents", "receive.duplicate-document", $"Giấy tờ \"{duplicate.Key}\" được kê khai hơn một lần.", $"Document \"{duplicate.Key}\" is listed more than once.");
        }

        var missing = procedure.Documents.Where(r => !r.Conditional && documents.All(d => d.DocumentId != r.Id)).ToList();
        if (missing.Count > 0)
        {
            check.Add("documents", "receive.missing-document",
                $"Hồ sơ chưa đủ thành phần: {string.Join("; ", missing.Select(m => m.Name))}. Hướng dẫn bổ sung trước khi tiếp nhận (Mẫu 02).",
                $"The dossier lacks required documents: {string.Join(", ", missing.Select(m => m.Id))}.");
        }

        var uploadIds = documents.Where(d => d.UploadId is not null).Select(d => d.UploadId!.Value).ToList();
        var uploads = await db.StoredFiles.Where(f => uploadIds.Contains(f.Id)).ToListAsync(cancellationToken);
        foreach (var id in uploadIds.Where(id => uploads.All(u => u.Id != id || u.UploadedBy != uploader)))
        {
            check.Add("documents", "receive.unknown-upload", $"Không có tệp tải lên {id} dùng được ở đây (của người khác, hoặc đã được dùng).",
                $"There is no upload {id} that may be used here (it is another's, or was already used).");
        }

        var reused = new Dictionary<Guid, AttachmentRecord>();
        foreach (var reuse in documents.Where(d => d.ReusedFrom is not null))
        {
            var requirement = known.GetValueOrDefault(reuse.DocumentId ?? "");
            var earlier = await db.Attachments.AsNoTracking()
                .Where(a => a.Id == reuse.ReusedFrom && a.DocumentId == reuse.DocumentId)
                .Join(db.Dossiers, a => a.DossierId, d => d.Id, (a, d) => new { Paper = a, d.Applicant.IdNumber })
                .FirstOrDefaultAsync(cancellationToken);
            if (requirement is null || !requirement.Reusable || earlier is null || earlier.IdNumber != idNumber)
            {
                check.Add("documents", "receive.not-reusable", $"Giấy tờ {reuse.ReusedFrom} không được tái sử dụng cho \"{reuse.DocumentId}\" của người nộp này.",
                    $"Attachment {reuse.ReusedFrom} is not an accepted \"{reuse.DocumentId}\" of this applicant that may be reused.");
            }
            else
            {
                reused[earlier.Paper.Id] = earlier.Paper;
            }
        }

        return new CheckedPapers(uploads, reused);
    }

    /// <summary>What <see cref="CheckDocumentsAsync"/> found: the uploads the papers name, and the earlier papers they reuse that may be reused, by id.</summary>
    internal sealed record CheckedPapers(List<StoredFileRecord> Uploads, IReadOnlyDictionary<Guid, AttachmentRecord> Reused);

    /// <summary>
    /// The population lookup a receipt names must be this agency's, have found the applicant (the same ID number, by its
    /// audit hash), and not have served another dossier; papers of kind <see cref="PopulationDatabaseKind"/> need one.
    /// </summary>
    private static async Task<PopulationLookupRecord?> CheckPopulationLookupAsync(
        ReceiveRequest body, Officer officer, TthcDbContext db, IConfiguration configuration, RequestCheck check, CancellationToken cancellationToken)
    {
        var lookup = body.PopulationLookupId is { } id
            ? await db.PopulationLookups.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            : null;
        if (body.PopulationLookupId is not null)
        {
            var idNumber = body.Applicant?.IdNumber;
            var matches = lookup is { Result: PopulationLookupResults.Found, DossierId: null }
                && lookup.Agency == officer.Agency
                && idNumber is not null
                && lookup.IdNumberHash == IdNumberAudit.Hash(configuration, idNumber);
            check.Require(matches, "populationLookupId", "receive.population-lookup",
                "Lượt tra cứu CSDL dân cư không thuộc cơ quan này, không tìm thấy người nộp, khác số định danh hoặc đã dùng cho hồ sơ khác.",
                "The population lookup is not this agency's, did not find the applicant, is for another ID number, or served another dossier.");
        }

        check.Require(body.PopulationLookupId is not null || (body.Documents ?? []).All(d => d.Kind != PopulationDatabaseKind), "documents", "receive.population-paper",
            "Giấy tờ khai thác từ CSDL dân cư cần một lượt tra cứu đã tìm thấy người nộp (populationLookupId).",
            "A paper taken from the population database needs a lookup that found the applicant (populationLookupId).");
        return lookup;
    }

    [GeneratedRegex(@"^(\d{12}|\d{10}(-\d{3})?)$")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"^\+?[0-9 .-]{8,15}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
