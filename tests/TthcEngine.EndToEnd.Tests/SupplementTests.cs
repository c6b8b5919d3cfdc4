using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// Scenario c: a supplement request stops the statutory clock (national status 5); the supplement restarts the count
/// from zero (Decree 61/2018 Art. 19(4)), so the appointment moves.
/// </summary>
public sealed class SupplementTests(TthcServer server) : IClassFixture<TthcServer>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task HouseholdBusiness_SupplementRequestedThenAccepted_PausesThenMovesTheAppointment()
    {
        var applicant = Requests.Applicant("Đặng Thị Thu", "012345678903");
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.HouseholdBusiness(applicant));
        server.Clock.Advance(TimeSpan.FromHours(2));
        var specialist = await server.As(Officers.CocSanEconomy);
        var before = (await specialist.DossierAsync(receipt.Id)).ActiveSteps.Single();

        var paused = await specialist.RequestSupplementAsync(receipt.Id, new SupplementRequest(
            [new SupplementItem("Bản sao chứng thực giấy tờ pháp lý của chủ hộ", "certifiedCopy")], "Bản sao nộp kèm chưa được chứng thực."));

        receipt.DueAt.Should().Be(new DateTimeOffset(2026, 3, 12, 8, 0, 0, Vietnam));
        paused.NationalStatus.Should().Be(5);
        var waiting = await server.LookupAsync(receipt);
        waiting.NationalStatus.Should().Be(5);
        waiting.NationalStatusName.Should().Be("Yêu cầu bổ sung giấy tờ");
        var form = await specialist.FormAsync(receipt.Id, "supplement-request");
        form.Should().Contain("Bản sao nộp kèm chưa được chứng thực.");

        server.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, Vietnam));
        desk = await server.As(Officers.CocSanDesk);
        specialist = await server.As(Officers.CocSanEconomy);
        var resumed = await desk.AcceptSupplementAsync(receipt.Id);

        resumed.NationalStatus.Should().Be(4);
        var dossier = await desk.DossierAsync(receipt.Id);
        dossier.DueAt.Should().Be(new DateTimeOffset(2026, 3, 13, 9, 0, 0, Vietnam), "the count restarts from the supplement on Tuesday 09:00: 3 working days");
        dossier.ActiveSteps.Single().DueAt.Should().BeAfter(before.DueAt!.Value, "the step's time stopped while the applicant held the dossier");
        dossier.Notes.Select(n => n.Kind).Should().Contain(["supplementRequested", "supplementAccepted"]);
        var moved = await server.LookupAsync(receipt);
        moved.NationalStatus.Should().Be(4);
        moved.AppointmentAt.Should().Be(new DateTimeOffset(2026, 3, 13, 9, 0, 0, Vietnam));

        server.Clock.Advance(TimeSpan.FromHours(1));
        await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest("Đủ điều kiện đăng ký."));
        await (await server.As(Officers.CocSanEconomyHead)).CompleteAsync(receipt.Id, "ky-duyet", new CompleteRequest(null));
        await desk.HandOverAsync(receipt.Id, new HandOverRequest("paper"));
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(10);
        lookup.AppointmentAt.Should().Be(new DateTimeOffset(2026, 3, 13, 9, 0, 0, Vietnam));
        lookup.Steps.Select(s => s.Timeliness).Should().Equal("onTime", "early", "onTime", "onTime");
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanEconomy, Officers.CocSanEconomyHead);
    }
}
