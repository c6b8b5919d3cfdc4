using TthcEngine.Domain;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>No dossier with that id (HTTP 404).</summary>
public sealed class DossierNotFoundException(Guid id)
    : DomainRuleException("dossier.not-found", $"There is no dossier {id}.");
