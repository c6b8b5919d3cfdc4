using System.Net;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>Scenario a: a birth registration received at the commune's desk, processed, handed over and rated.</summary>
public sealed class CommuneDossierTests(TthcServer server) : IClassFixture<TthcServer>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task BirthRegistration_ProcessedHandedOverAndRated_LookupShowsItReturnedWithoutPersonalData()
    {
        var applicant = Requests.Applicant("Hoàng Văn Minh", "012345678901");
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(applicant));
        server.Clock.Advance(TimeSpan.FromHours(1));
        var specialist = await server.As(Officers.CocSanCivilStatus);
        await specialist.ClaimAsync(receipt.Id, "tham-dinh");
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest("Thông tin khai sinh đầy đủ; đã ghi Sổ hộ tịch."));
        server.Clock.Advance(TimeSpan.FromHours(1));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest("Đồng ý ký."));
        server.Clock.Advance(TimeSpan.FromMinutes(30));
        var handedOver = await desk.HandOverAsync(receipt.Id, new HandOverRequest("paper", ResultNumber: "KS-2026-001"));

        receipt.ReceivedAt.Should().Be(new DateTimeOffset(2026, 3, 9, 8, 0, 0, Vietnam));
        receipt.DueAt.Should().Be(new DateTimeOffset(2026, 3, 9, 17, 30, 0, Vietnam), "a same-day procedure received before 15:00 is due at the day's close");
        receipt.Code.Should().StartWith("000.21.40.H40-");
        handedOver.NationalStatus.Should().Be(10);
        handedOver.ActiveSteps.Should().BeEmpty();
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(10);
        lookup.Outcome.Should().Be("granted");
        lookup.AppointmentAt.Should().Be(receipt.DueAt);
        lookup.FinishedAt.Should().Be(new DateTimeOffset(2026, 3, 9, 10, 30, 0, Vietnam));
        lookup.Steps.Select(s => (s.CompletedAt, s.Timeliness)).Should().Equal(
            (new DateTimeOffset(2026, 3, 9, 8, 0, 0, Vietnam), "onTime"),
            (new DateTimeOffset(2026, 3, 9, 9, 0, 0, Vietnam), "onTime"),
            (new DateTimeOffset(2026, 3, 9, 10, 0, 0, Vietnam), "onTime"),
            (new DateTimeOffset(2026, 3, 9, 10, 30, 0, Vietnam), "onTime"));
        lookup.CanRate.Should().BeTrue();
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanCivilStatus, Officers.CocSanLeader);
    }

    [Fact]
    public async Task Rating_SecondTime_IsRefusedWithConflict()
    {
        var applicant = Requests.Applicant("Lò Thị Hoa", "012345678902");
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(applicant));
        await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));
        await desk.HandOverAsync(receipt.Id, new HandOverRequest("paper"));

        await server.Public.RateAsync(new RatingRequest(receipt.Code, receipt.Pin, 5, "Nhanh, chu đáo."));
        var again = () => server.Public.RateAsync(new RatingRequest(receipt.Code, receipt.Pin, 1, null));

        var refused = (await again.Should().ThrowAsync<ApiException>()).Which;
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        refused.Problem().Should().BeEquivalentTo(new { Status = 409, Code = "rating.already", MessageVi = "Hồ sơ này đã được đánh giá.", MessageEn = "This dossier was already rated." });
        var lookup = await server.LookupAsync(receipt);
        lookup.CanRate.Should().BeFalse();
        lookup.NationalStatus.Should().Be(10);
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanCivilStatus, Officers.CocSanLeader);
    }
}
