namespace TthcEngine.FakeNational;

/// <summary>One payment the fake platform holds, and what the partner answered to its callbacks.</summary>
public sealed class PaymentTransaction
{
    public required string Reference { get; init; }

    public required long Amount { get; init; }

    public required string Description { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>TrangThaiGD: 1 paid, 3 pending, 4 failed.</summary>
    public string State { get; set; } = "3";

    public string TransactionId { get; set; } = "";

    public string Bank { get; set; } = "";

    public DateTimeOffset? PaidAt { get; set; }

    public List<string> CallbackReplies { get; } = [];
}
