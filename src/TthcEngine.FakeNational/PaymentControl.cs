namespace TthcEngine.FakeNational;

/// <summary>A change of the fake platform's callback settings; a null keeps the current value.</summary>
public sealed record PaymentControl(string? CallbackUrl, int? CallbackCopies, bool? CallbacksAtOnce);
