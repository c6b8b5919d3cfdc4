namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// The identity of one hồ sơ (dossier) inside the engine. The Guid is made outside the domain; the public-facing
/// identity is the <see cref="DossierCode"/>.
/// </summary>
public readonly record struct DossierId(Guid Value);
