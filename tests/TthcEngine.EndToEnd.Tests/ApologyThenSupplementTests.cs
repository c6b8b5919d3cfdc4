using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// An apology's new appointment, then a supplement request: the supplement restarts the statutory count (Decree
/// 61/2018 Art. 19(4)), so the appointment the applicant is given is the new count's due instant.
/// </summary>
public sealed class ApologyThenSupplementTests(TthcServer server) : IClassFixture<TthcServer>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <remarks>
    /// The dossier row keeps <c>ExtendedDueAt</c> from the apology when a new count starts, and the public view shows
    /// <c>ExtendedDueAt ?? DueAt</c>: the applicant is told Friday 13/3 while the dossier is due Thursday 19/3, and a
    /// new apology is refused as the second one.
    /// </remarks>
    [Fact]
    public async Task Apology_ThenSupplementRestartsTheCount_PublicAppointmentIsTheNewDue()
    {
        var applicant = Requests.Applicant("Phàn Thị Mai", "012345678940");
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.HouseholdBusiness(applicant));
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 15, 0, 0, Vietnam));
        await (await server.As(Officers.CocSanLeader)).IssueApologyAsync(
            receipt.Id, new ApologyRequest("Chậm kiểm tra ngành nghề.", new DateTimeOffset(2026, 3, 13, 17, 0, 0, Vietnam)));
        await (await server.As(Officers.CocSanEconomy)).RequestSupplementAsync(
            receipt.Id, new SupplementRequest([new SupplementItem("Biên bản họp thành viên hộ gia đình")], "Thiếu biên bản họp."));
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, Vietnam));
        var desk = await server.As(Officers.CocSanDesk);

        await desk.AcceptSupplementAsync(receipt.Id);

        var dossier = await desk.DossierAsync(receipt.Id);
        dossier.DueAt.Should().Be(new DateTimeOffset(2026, 3, 19, 9, 0, 0, Vietnam), "3 working days from the supplement on Monday 16/3 09:00");
        var lookup = await server.LookupAsync(receipt);
        lookup.AppointmentAt.Should().Be(dossier.DueAt, "the earlier new appointment belongs to the count the supplement ended");
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanLeader, Officers.CocSanEconomy);
    }
}
