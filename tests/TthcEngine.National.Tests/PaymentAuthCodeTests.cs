using TthcEngine.National.Payment;
using TthcEngine.National.Payment.Wire;

namespace TthcEngine.National.Tests;

/// <summary>
/// MaXacThuc against known answers: the expected values were computed outside .NET (Python's hashlib.sha256 over the
/// fields joined by '|' in the contract's order, secret last: shared/national-api.md §3).
/// </summary>
public class PaymentAuthCodeTests
{
    private const string Secret = "s3cr3t";
    private const string Reference = "dvc0000012H562503010004220250301091500";
    private const string Description = "THANH TOAN HO SO 000.00.12.H56-250301-00042";

    [Fact]
    public void ForInit_ContractSample_IsTheKnownSha256()
    {
        var init = new PaymentInitRequest
        {
            PartnerCode = "P001", Reference = Reference, Amount = "50000", Description = Description, At = "20250301091500", Ip = "203.0.113.5",
            ReceiptInfo = new PaymentReceiptInfo
            {
                ServiceCode = "x.01", ServiceName = "x", ProcedureCode = "x", ProcedureName = "x", UnitCode = "u", UnitName = "u", DossierCode = "d", PaymentContent = "c",
            },
        };

        PaymentAuthCode.ForInit(init, Secret).Should().Be("2c61557668192fa41c45333f09195518d7216dd86915f9ab3e05663a34047130");
    }

    [Fact]
    public void ForCallback_ContractSample_IsTheKnownSha256()
    {
        PaymentAuthCode.ForCallback(Callback(), Secret).Should().Be("6710ae183fda13849ae5563df8403327902dabea80d8673eafe40fba905ad04e");
    }

    [Fact]
    public void ForLookup_Query_IsTheKnownSha256()
    {
        var query = new PaymentLookupRequest { MessageType = PaymentLookupRequest.Query, PartnerCode = "P001", Reference = Reference, At = "20250301100000" };

        PaymentAuthCode.ForLookup(query, Secret).Should().Be("2d502c1d8c6c7cc03af62e415adafa265e7eaa716000e8dbfab8d59a9d67b3c9");
    }

    [Fact]
    public void Matches_OneFieldChanged_IsFalse()
    {
        var genuine = PaymentAuthCode.ForCallback(Callback(), Secret);

        var forged = PaymentAuthCode.ForCallback(Callback() with { Amount = "5000" }, Secret);

        PaymentAuthCode.Matches(genuine, genuine).Should().BeTrue();
        PaymentAuthCode.Matches(genuine, genuine.ToUpperInvariant()).Should().BeTrue();
        PaymentAuthCode.Matches(forged, genuine).Should().BeFalse();
        PaymentAuthCode.Matches(genuine, null).Should().BeFalse();
        PaymentAuthCode.Matches(genuine, "").Should().BeFalse();
    }

    [Fact]
    public void ForCallback_AnotherSecret_Differs()
    {
        PaymentAuthCode.ForCallback(Callback(), "other").Should().NotBe(PaymentAuthCode.ForCallback(Callback(), Secret));
    }

    private static PaymentCallback Callback() => new()
    {
        MessageType = "PAY", ErrorCode = "00", PartnerCode = "P001", Reference = Reference, Amount = "50000", Currency = "VND", TransactionId = "GD778899",
        Bank = "VCB", At = "20250301091702", Description = Description,
    };
}
