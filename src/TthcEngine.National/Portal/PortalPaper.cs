namespace TthcEngine.National.Portal;

/// <summary>
/// A paper of the dossier as TaiLieuNop reports it: a stored file (<see cref="Digitised"/>), possibly reused from an
/// earlier dossier of the applicant, or a document taken from the population database instead of a paper.
/// </summary>
/// <param name="Id">The attachment's id, or the population lookup's for a document taken from the database.</param>
/// <param name="DocumentId">Our id of the procedure's document (MaThanhPhanHoSo until the national component codes are imported).</param>
/// <param name="Name">The file's name, or the document's for one taken from the database.</param>
/// <param name="DownloadUrl">A signed link to the file (DuongDanTaiTepTin) when file links are configured; null otherwise.</param>
public sealed record PortalPaper(string Id, string DocumentId, string Name, bool Digitised, bool Reused, bool FromNationalStore, string? DownloadUrl = null);
