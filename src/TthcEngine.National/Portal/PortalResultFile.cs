namespace TthcEngine.National.Portal;

/// <summary>The electronic result handed over (DanhSachGiayToKetQua), once the dossier's hand-over named a file.</summary>
/// <param name="FileId">The stored file's id (GiayToId).</param>
/// <param name="FileName">The file's name (TenGiayTo: the procedures do not name their results).</param>
/// <param name="DownloadUrl">A signed link to the file (DuongDanTepTinKetQua) when file links are configured; null otherwise.</param>
public sealed record PortalResultFile(Guid FileId, string FileName, string? DownloadUrl);
