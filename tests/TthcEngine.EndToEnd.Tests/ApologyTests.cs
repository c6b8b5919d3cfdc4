using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Apologies;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// Scenario e: a step overruns its budget; the system prepares the apology (Form 04) for the unit at fault, a leader
/// issues it with the one new appointment, and the public sees that appointment while the statistics keep the first.
/// </summary>
public sealed class ApologyTests(TthcServer server) : IClassFixture<TthcServer>
{
    private const string Reason = "Chậm xác minh do phải đối chiếu dữ liệu hộ tịch với địa phương nơi cư trú trước đây.";

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly DateTimeOffset OriginalDue = new(2026, 3, 12, 8, 0, 0, Vietnam);

    private static readonly DateTimeOffset NewDue = new(2026, 3, 13, 17, 0, 0, Vietnam);

    [Fact]
    public async Task MaritalStatus_StepOverdue_ApologyPreparedIssuedOnceAndShownToThePublic()
    {
        var applicant = Requests.Applicant("Lục Văn Khánh", "012345678906");
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.MaritalStatus(applicant));

        // The verification step (12 working hours from Monday 08:00) was due Tuesday 14:00.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 15, 0, 0, Vietnam));
        var prepared = await server.Services.GetRequiredService<ApologyPreparer>().SweepAsync(CancellationToken.None);

        receipt.DueAt.Should().Be(OriginalDue);
        prepared.Should().Be(1);
        var supervisor = await server.As(Officers.ProvinceSupervisor);
        (await supervisor.ApologiesAsync()).Should().ContainSingle(a => a.DossierId == receipt.Id).Which.Should().BeEquivalentTo(new
        {
            Kind = "apologyPrepared",
            UnitAtFault = "tu-phap-ho-tich",
            OriginalDueAt = OriginalDue,
            NewDueAt = (DateTimeOffset?)null,
        });

        var leader = await server.As(Officers.CocSanLeader);
        await leader.IssueApologyAsync(receipt.Id, new ApologyRequest(Reason, NewDue));
        var again = () => leader.IssueApologyAsync(receipt.Id, new ApologyRequest(Reason, NewDue.AddDays(3)));

        var second = (await again.Should().ThrowAsync<ApiException>()).Which;
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        second.Problem().Code.Should().Be("apology.already-issued");
        var dossier = await leader.DossierAsync(receipt.Id);
        dossier.DueAt.Should().Be(OriginalDue, "the statistics judge the dossier against its first appointment");
        dossier.ExtendedDueAt.Should().Be(NewDue);
        (await supervisor.ApologiesAsync()).Where(a => a.DossierId == receipt.Id).Should().ContainSingle(a => a.Kind == "apologyIssued")
            .Which.Should().BeEquivalentTo(new { OriginalDueAt = OriginalDue, NewDueAt = (DateTimeOffset?)NewDue, Reason });
        var form = await leader.FormAsync(receipt.Id, "apology");
        form.Should().Contain(Reason)
            .And.Contain("08 giờ 00 phút, ngày 12 tháng 03 năm 2026", "the first appointment")
            .And.Contain("17 giờ 00 phút, ngày 13 tháng 03 năm 2026", "the new appointment");
        var lookup = await server.LookupAsync(receipt);
        lookup.AppointmentAt.Should().Be(NewDue);
        lookup.NationalStatus.Should().Be(4);
        lookup.Steps.Should().HaveCount(2);
        lookup.Steps[1].Should().BeEquivalentTo(new { CompletedAt = (DateTimeOffset?)null, Timeliness = (string?)null });

        await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(receipt.Id, "xac-minh", new CompleteRequest("Đã xác minh."));
        var finished = await server.LookupAsync(receipt);
        finished.Steps[1].Timeliness.Should().Be("late");
        finished.AppointmentAt.Should().Be(NewDue);
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanLeader, Officers.CocSanCivilStatus);
    }
}
