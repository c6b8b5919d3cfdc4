using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// Scenario b, phi địa giới: a province-level dossier received at a commune's desk. The commune desk only receives it;
/// the province's desk completes the receipt step and the province's units decide.
/// </summary>
public sealed class ProvinceDossierAtCommuneDeskTests(TthcServer server) : IClassFixture<TthcServer>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task PrivateEnterprise_ReceivedAtCommuneDesk_FinishedByTheProvince()
    {
        var applicant = Requests.Applicant("Công ty Sao Mai", "5300123456");
        var communeDesk = await server.As(Officers.CocSanDesk);

        var receipt = await communeDesk.ReceiveAsync(Requests.PrivateEnterprise(applicant));

        receipt.Code.Should().StartWith("000.21.40.H40-", "the code is the receiving desk's");
        receipt.NationalStatus.Should().Be(2, "nothing is done until the competent desk takes the receipt step");
        receipt.DueAt.Should().Be(new DateTimeOffset(2026, 3, 12, 8, 0, 0, Vietnam), "3 working days from Monday 08:00");
        var received = await communeDesk.DossierAsync(receipt.Id);
        received.Agency.Should().Be("lao-cai");
        received.ReceivingAgency.Should().Be("xa-coc-san");
        received.ActiveSteps.Should().ContainSingle().Which.Should().BeEquivalentTo(new { StepId = "tiep-nhan", Unit = "mot-cua-tinh", Role = "desk" });

        server.Clock.Advance(TimeSpan.FromHours(1));
        var provinceDesk = await server.As(Officers.ProvinceDesk);
        (await provinceDesk.WorklistAsync()).Should().Contain(w => w.DossierId == receipt.Id && w.StepId == "tiep-nhan");
        var afterReceipt = await provinceDesk.CompleteAsync(receipt.Id, "tiep-nhan", new CompleteRequest("Đã nhận hồ sơ từ xã Cốc San."));
        afterReceipt.NationalStatus.Should().Be(4);
        afterReceipt.ActiveSteps.Should().ContainSingle().Which.StepId.Should().Be("tham-dinh");

        server.Clock.Advance(TimeSpan.FromHours(4));
        var specialist = await server.As(Officers.BusinessRegistration);
        (await specialist.WorklistAsync()).Should().ContainSingle(w => w.DossierId == receipt.Id).Which.StepId.Should().Be("tham-dinh");
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest("Hồ sơ hợp lệ, tên doanh nghiệp không trùng."));
        server.Clock.Advance(TimeSpan.FromHours(2));
        await (await server.As(Officers.BusinessRegistrationHead)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest("Cấp Giấy chứng nhận."));
        server.Clock.Advance(TimeSpan.FromHours(1));
        var done = await provinceDesk.HandOverAsync(receipt.Id, new HandOverRequest("paper"));

        done.NationalStatus.Should().Be(10);
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(10);
        lookup.Outcome.Should().Be("granted");
        lookup.Steps.Select(s => s.Timeliness).Should().Equal("onTime", "early", "onTime", "onTime");
        lookup.Steps[0].CompletedAt.Should().Be(new DateTimeOffset(2026, 3, 9, 9, 0, 0, Vietnam), "the province desk took the receipt step at 09:00");
        await server.ShouldShowNoPersonalDataAsync(
            receipt, applicant, Officers.CocSanDesk, Officers.ProvinceDesk, Officers.BusinessRegistration, Officers.BusinessRegistrationHead);
    }
}
