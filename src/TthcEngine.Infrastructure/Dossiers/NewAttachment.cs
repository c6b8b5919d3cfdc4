namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>A paper to record on a dossier: its file's metadata, or the earlier accepted attachment it reuses.</summary>
public sealed record NewAttachment(string DocumentId, string FileName, string ContentType, long Size, string Sha256, Guid? ReusedFrom = null);
