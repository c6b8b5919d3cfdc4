namespace TthcEngine.Infrastructure.Persistence;

/// <summary>Tổ chức, cá nhân nộp hồ sơ: the applicant as recorded on the receipt.</summary>
public sealed class ApplicantRecord
{
    public required string Name { get; set; }

    /// <summary>CCCD/định danh or tax code; the key for reusing documents already accepted.</summary>
    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }
}
