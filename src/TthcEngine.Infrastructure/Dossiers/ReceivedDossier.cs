namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>What the desk prints on the receipt: the dossier code, the lookup PIN (shown once, stored only hashed) and the appointment.</summary>
public sealed record ReceivedDossier(Guid Id, string Code, string Pin, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, int NationalStatus);
