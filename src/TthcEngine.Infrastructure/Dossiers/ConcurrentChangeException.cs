using TthcEngine.Domain;

namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>Someone else changed the dossier between reading and writing it; the caller may reload and retry (HTTP 409).</summary>
public sealed class ConcurrentChangeException(string code)
    : DomainRuleException("dossier.concurrent-change", $"Dossier {code} was changed by someone else at the same moment; reload it and try again.");
