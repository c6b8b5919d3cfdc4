using TthcEngine.Domain;

namespace TthcEngine.National.Payment;

/// <summary>A payment that cannot be made or read as asked, with its messages in Vietnamese and English.</summary>
public sealed class PaymentRuleException(string code, string messageVi, string messageEn) : DomainRuleException(code, messageEn)
{
    public string MessageVi { get; } = messageVi;
}
