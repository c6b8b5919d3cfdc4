using System.Net;
using System.Text.Json;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// Rút hồ sơ: the applicant asks at the desk to withdraw a dossier before its result is ready; the desk records it,
/// the dossier ends with national status 7 and is judged on time or late at that moment (Decision 766).
/// </summary>
public sealed class WithdrawalTests(TthcServer server) : IClassFixture<TthcServer>
{
    private const string Request = "Người nộp có đơn đề nghị rút hồ sơ để nộp lại sau khi bổ sung giấy chứng sinh.";

    /// <remarks>
    /// A province procedure no other test of this class receives, so that the on-time line this test reads moves only
    /// with its own dossier.
    /// </remarks>
    [Fact]
    public async Task PrivateEnterprise_WithdrawnAtTheDeskDuringAppraisal_EndsWithStatus7_JudgedOnce_InTheLogbook()
    {
        var applicant = Requests.Applicant("Công ty Sông Chảy", "5300555666");
        var desk = await server.As(Officers.ProvinceDesk);
        var supervisor = await server.As(Officers.ProvinceSupervisor);
        var judgedBefore = await JudgedAsync(supervisor);
        var receipt = await desk.ReceiveAsync(Requests.PrivateEnterprise(applicant));
        server.Clock.Advance(TimeSpan.FromHours(1));

        var withdrawn = await desk.WithdrawAsync(receipt.Id, new ReasonRequest(Request));

        withdrawn.NationalStatus.Should().Be(7);
        withdrawn.ActiveSteps.Should().BeEmpty();
        var dossier = await desk.DossierAsync(receipt.Id);
        dossier.Outcome.Should().Be("withdrawn");
        dossier.NationalStatusName.Should().Be("Công dân yêu cầu rút hồ sơ");
        var note = dossier.Notes.Should().ContainSingle(n => n.Kind == "withdrawn").Which;
        JsonDocument.Parse(note.Details).RootElement.GetProperty("reason").GetString().Should().Be(Request);
        note.Officer.Should().Be(Officers.ProvinceDesk);
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(7);
        lookup.Outcome.Should().Be("withdrawn");
        lookup.CanRate.Should().BeFalse();
        lookup.Steps[^1].Timeliness.Should().Be("cancelled", "the appraisal ended undone when the dossier was withdrawn");
        (await desk.LogbookAsync(2026)).Should().Contain(receipt.Code).And.Contain("Rút hồ sơ");
        await Eventually(async () => await JudgedAsync(supervisor) > judgedBefore);
        (await JudgedAsync(supervisor)).Should().Be(judgedBefore + 1, "the withdrawal is judged once, when it is recorded");
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.ProvinceDesk);
    }

    [Fact]
    public async Task Withdraw_BySpecialist_WithoutTheRequest_Twice_OrOnceTheResultIsReady_IsRefusedWithItsProblem()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var leader = await server.As(Officers.CocSanLeader);
        var first = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Giàng Thị Mỷ", "012345678941")));
        var second = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Giàng A Tủa", "012345678942")));
        await specialist.CompleteAsync(second.Id, "tham-dinh", new CompleteRequest(null));
        await leader.CompleteAsync(second.Id, "ky-duyet", new CompleteRequest(null));
        await desk.CompleteAsync(second.Id, "tra-ket-qua", new CompleteRequest(null));

        var bySpecialist = await ProblemAsync(() => specialist.WithdrawAsync(first.Id, new ReasonRequest(Request)));
        var blank = await ProblemAsync(() => desk.WithdrawAsync(first.Id, new ReasonRequest("  ")));
        await desk.WithdrawAsync(first.Id, new ReasonRequest(Request));
        var twice = await ProblemAsync(() => desk.WithdrawAsync(first.Id, new ReasonRequest(Request)));
        var resultReady = await ProblemAsync(() => desk.WithdrawAsync(second.Id, new ReasonRequest(Request)));

        bySpecialist.Should().BeEquivalentTo(new { Status = (int)HttpStatusCode.Forbidden, Code = "officer.not-allowed" });
        blank.Code.Should().Be("withdraw.reason");
        blank.MessageVi.Should().NotBeNullOrWhiteSpace();
        blank.MessageEn.Should().NotBeNullOrWhiteSpace();
        twice.Code.Should().Be("workflow.finished");
        resultReady.Code.Should().Be("workflow.withdrawal-result-ready");
        (await server.LookupAsync(second)).NationalStatus.Should().Be(9, "the flow is complete: the result is ready");
        (await server.LookupAsync(first)).NationalStatus.Should().Be(7);
    }

    [Fact]
    public async Task ApplicantAsksOnline_TheDeskSeesTheRequestAndWithdraws_OnceAndOnlyBeforeTheResult()
    {
        const string Online = "Tôi muốn rút hồ sơ để nộp lại tại xã nơi cư trú.";
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Lý Thị Xuân", "012345678951")));
        var ready = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Lý A Sín", "012345678952")));
        await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(ready.Id, "tham-dinh", new CompleteRequest(null));
        await (await server.As(Officers.CocSanLeader)).CompleteAsync(ready.Id, "ky-duyet", new CompleteRequest(null));
        await desk.CompleteAsync(ready.Id, "tra-ket-qua", new CompleteRequest(null));
        server.Clock.Advance(TimeSpan.FromMinutes(30));

        var blank = await ProblemAsync(() => server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, receipt.Pin, " ")));
        var wrongPin = await ProblemAsync(() => server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, "ZZZZZZZZ", Online)));
        await server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, receipt.Pin, Online));
        var twice = await ProblemAsync(() => server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, receipt.Pin, Online)));
        var tooLate = await ProblemAsync(() => server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(ready.Code, ready.Pin, Online)));
        var asked = await server.LookupAsync(receipt);
        var note = (await desk.DossierAsync(receipt.Id)).Notes.Should().ContainSingle(n => n.Kind == "withdrawalRequested").Which;

        blank.Should().BeEquivalentTo(new { Status = 422, Code = "withdrawal-request.reason" });
        wrongPin.Should().BeEquivalentTo(new { Status = 404, Code = "lookup.not-found" });
        twice.Should().BeEquivalentTo(new { Status = 409, Code = "withdrawal-request.already" });
        tooLate.Should().BeEquivalentTo(new { Status = 422, Code = "withdrawal-request.too-late" });
        asked.Should().BeEquivalentTo(new { NationalStatus = 4, WithdrawalRequestedAt = server.Clock.GetUtcNow(), CanRequestWithdrawal = false });
        note.Officer.Should().BeNull("the applicant asked, not an officer");
        JsonDocument.Parse(note.Details).RootElement.GetProperty("reason").GetString().Should().Be(Online);
        (await server.LookupAsync(ready)).CanRequestWithdrawal.Should().BeFalse("the result is ready");

        await desk.WithdrawAsync(receipt.Id, new ReasonRequest($"Đề nghị trực tuyến: {Online}"));

        (await server.LookupAsync(receipt)).Should().BeEquivalentTo(new { NationalStatus = 7, Outcome = "withdrawn", CanRequestWithdrawal = false });
    }

    [Fact]
    public async Task DeskDeclinesTheOnlineRequest_WithAReason_TheApplicantSeesItAndMayAskAgain()
    {
        const string Online = "Tôi muốn rút hồ sơ vì đã nộp nhầm nơi.";
        const string Answer = "Người nộp đã gọi điện xin tiếp tục giải quyết hồ sơ.";
        var desk = await server.As(Officers.CocSanDesk);
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Sần Thị Mỷ", "012345678953")));
        var nothingAsked = await ProblemAsync(() => desk.DeclineWithdrawalAsync(receipt.Id, new ReasonRequest(Answer)));
        await server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, receipt.Pin, Online));
        server.Clock.Advance(TimeSpan.FromMinutes(10));

        var blank = await ProblemAsync(() => desk.DeclineWithdrawalAsync(receipt.Id, new ReasonRequest(" ")));
        var notTheDesk = await ProblemAsync(() => specialist.DeclineWithdrawalAsync(receipt.Id, new ReasonRequest(Answer)));
        var declined = await desk.DeclineWithdrawalAsync(receipt.Id, new ReasonRequest(Answer));
        var twice = await ProblemAsync(() => desk.DeclineWithdrawalAsync(receipt.Id, new ReasonRequest(Answer)));
        var seen = await server.LookupAsync(receipt);

        nothingAsked.Should().BeEquivalentTo(new { Status = 409, Code = "withdrawal-request.none" });
        blank.Should().BeEquivalentTo(new { Status = 422, Code = "withdrawal-decline.reason" });
        notTheDesk.Status.Should().Be(403);
        twice.Should().BeEquivalentTo(new { Status = 409, Code = "withdrawal-request.none" });
        declined.Kind.Should().Be("withdrawalDeclined");
        seen.Should().BeEquivalentTo(new
        {
            NationalStatus = 4,
            WithdrawalRequestedAt = (DateTimeOffset?)null,
            WithdrawalDeclinedAt = server.Clock.GetUtcNow(),
            WithdrawalDeclineReason = Answer,
            CanRequestWithdrawal = true,
        });

        server.Clock.Advance(TimeSpan.FromMinutes(10));
        await server.Public.RequestWithdrawalAsync(new WithdrawalRequestByApplicant(receipt.Code, receipt.Pin, "Tôi vẫn muốn rút hồ sơ."));

        (await server.LookupAsync(receipt)).Should().BeEquivalentTo(new
        {
            WithdrawalRequestedAt = server.Clock.GetUtcNow(), WithdrawalDeclinedAt = (DateTimeOffset?)null, CanRequestWithdrawal = false,
        });
        await desk.WithdrawAsync(receipt.Id, new ReasonRequest("Đề nghị trực tuyến lần hai: Tôi vẫn muốn rút hồ sơ."));
        (await server.LookupAsync(receipt)).NationalStatus.Should().Be(7);
        (await desk.DossierAsync(receipt.Id)).Notes.Select(n => n.Kind).Should().ContainInOrder("withdrawalRequested", "withdrawalDeclined", "withdrawalRequested", "withdrawn");
    }

    private static async Task<TthcProblem> ProblemAsync(Func<Task> call) =>
        (await call.Should().ThrowAsync<ApiException>()).Which.Problem();

    /// <summary>Dossiers of private enterprise registration at the province judged this month (early, on time or late).</summary>
    private static async Task<int> JudgedAsync(ITthcApi supervisor) =>
        (await supervisor.OnTimeAsync(from: "2026-03", to: "2026-03", agency: "lao-cai", procedure: "2.001610"))
            .Where(l => l.Key == "lao-cai|2.001610").Sum(l => l.Early + l.OnTime + l.Late);

    /// <summary>What the worker counts after the outbox is dispatched: the fake clock moves the dispatcher on.</summary>
    private async Task Eventually(Func<Task<bool>> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            if (await done())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("The on-time figures did not count the withdrawal within 10 seconds.");
    }
}
