using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Tests;

/// <summary>
/// The applicant's notices end to end: the engine on SQLite with its bus and consumers, the notice sender, and the fake
/// notification gateway as a real HTTP server. What the applicant gets is read from what the gateway took.
/// </summary>
public sealed class ApplicantNoticeTests : IAsyncLifetime
{
    private static readonly Uri Lookup = new("https://dichvucong.laocai.gov.vn/tra-cuu");

    private FakeNationalServer fake = null!;
    private PortalHarness engine = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeNationalServer.StartAsync();
        engine = await PortalHarness.StartAsync(fake.BaseUrl, notices: new NoticeOptions
        {
            BaseUrl = new Uri(fake.BaseUrl, "notices/"),
            LookupUrl = Lookup,
            Send = new NoticeSendOptions
            {
                Idle = TimeSpan.FromMilliseconds(100), RetryFirstDelay = TimeSpan.FromMilliseconds(200), RetryMaxDelay = TimeSpan.FromSeconds(1), MaxAttempts = 4,
            },
        });
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Received_WithPhoneAndEmail_AnSmsWithoutDiacriticsAndAnEmail_EachSentOnce()
    {
        var dossier = await engine.ReceiveAsync(phone: "0912 000 001", email: "mai@example.vn");

        var notices = await SettledAsync(dossier.Id, 2);
        notices.Should().OnlyContain(n => n.Kind == NoticeKinds.Received && n.SentAt != null && n.Attempts == 0 && n.GatewayId != null);
        var taken = await TakenAsync();
        var sms = taken.Should().ContainSingle(n => n!["channel"]!.GetValue<string>() == "sms").Subject!;
        var email = taken.Should().ContainSingle(n => n!["channel"]!.GetValue<string>() == "email").Subject!;
        var due = NoticeTexts.Instant(dossier.DueAt);
        sms["to"]!.GetValue<string>().Should().Be("0912000001");
        sms["text"]!.GetValue<string>().Should().Be(
            $"Trung tam Phuc vu hanh chinh cong xa Coc San: da tiep nhan ho so {dossier.Code} (Thu tuc dang ky khai sinh) luc {NoticeTexts.Instant(dossier.ReceivedAt)}."
            + $" Hen tra ket qua: {due}. Tra cuu: {Lookup.AbsoluteUri}");
        email["to"]!.GetValue<string>().Should().Be("mai@example.vn");
        email["subject"]!.GetValue<string>().Should().Be($"Tiếp nhận hồ sơ {dossier.Code}");
        email["text"]!.GetValue<string>().Should().Contain($"đã tiếp nhận hồ sơ {dossier.Code} (Thủ tục đăng ký khai sinh)").And.Contain($"Hẹn trả kết quả: {due}.");
        sms["reference"]!.GetValue<string>().Should().Be(notices.Single(n => n.Channel == "sms").Id.ToString());
    }

    [Fact]
    public async Task ThroughItsLife_SupplementFeeResumptionsAndResult_EachToldOnce_TheSupplementWithItsReasonAndPapers_EachResumptionWithItsNewDate()
    {
        var dossier = await engine.ReceiveAsync();
        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "tiep-nhan", "cb.desk"));
        await engine.AskSupplementAsync(dossier.Id);

        await engine.RunAsync(dossier.Id, at => new ResumeWorkflow(at));
        await engine.RunAsync(dossier.Id, at => new PauseWorkflow(at, PauseReason.AwaitingFinancialObligation));
        await engine.RunAsync(dossier.Id, at => new ResumeWorkflow(at));
        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "tham-dinh", "cb.tu-phap"));
        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "ky-duyet", "ld.xa"));

        // The result reached the desk (its return step is active): the applicant is told now, and not again at the hand-over.
        await SettledAsync(dossier.Id, 6);
        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "tra-ket-qua", "cb.desk"));
        await engine.RunAsync(dossier.Id, at => new FinishWorkflow(at, Outcome.Granted, "cb.desk"));
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        await Task.Delay(500);

        var notices = await SettledAsync(dossier.Id, 6);
        notices.Select(n => n.Kind).Should().Equal(
            NoticeKinds.Received, NoticeKinds.SupplementRequested, NoticeKinds.Resumed, NoticeKinds.FeeRequested, NoticeKinds.Resumed, NoticeKinds.ResultReady);
        notices.Should().OnlyContain(n => n.Channel == "sms" && n.SentAt != null);
        var texts = notices.Select(n => n.Text).ToList();
        (await TakenAsync()).Select(n => n!["text"]!.GetValue<string>()).Should().BeEquivalentTo(texts, "the gateway took each once");
        texts[1].Should().Be(
            $"Trung tam Phuc vu hanh chinh cong xa Coc San: ho so {dossier.Code} can bo sung. Ban chup mo. Giay to can bo sung: Giay chung sinh (1 ban chinh)."
            + $" Thoi han giai quyet tam dung den khi nhan du ho so bo sung. Tra cuu: {Lookup.AbsoluteUri}");
        texts[3].Should().Contain("nghia vu tai chinh");
        texts[5].Should().Contain($"ho so {dossier.Code} da co ket qua");
        var resumptions = await engine.QueryAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.DossierId == dossier.Id && m.Type == typeof(Contracts.DossierResumed).FullName).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync());
        var resumed = resumptions.Select(p => System.Text.Json.JsonSerializer.Deserialize<Contracts.DossierResumed>(p)!).ToList();
        resumed.Should().HaveCount(2);
        texts[2].Should().Be($"Trung tam Phuc vu hanh chinh cong xa Coc San: ho so {dossier.Code} tiep tuc duoc giai quyet tu {NoticeTexts.Instant(resumed[0].OccurredAt)}."
            + $" Hen tra ket qua: {NoticeTexts.Instant(resumed[0].DueAt)}. Tra cuu: {Lookup.AbsoluteUri}");
        texts[4].Should().Contain($"Hen tra ket qua: {NoticeTexts.Instant(resumed[1].DueAt)}.");
    }

    [Fact]
    public async Task Refused_TheApplicantIsToldTheReason()
    {
        var dossier = await engine.ReceiveAsync(phone: null, email: "a@example.vn");
        await engine.RunAsync(dossier.Id, at => new FinishWorkflow(at, Outcome.Refused, "ld.xa", "Người yêu cầu không cư trú tại xã."));

        var notices = await SettledAsync(dossier.Id, 2);
        notices.Select(n => (n.Kind, n.Channel)).Should().Equal((NoticeKinds.Received, "email"), (NoticeKinds.Refused, "email"));
        notices[1].Text.Should().Be($"UBND xã Cốc San: hồ sơ {dossier.Code} không được giải quyết tiếp. Lý do: Người yêu cầu không cư trú tại xã."
            + " Mời ông/bà nhận văn bản trả lời tại bộ phận một cửa.");
    }

    [Fact]
    public async Task GatewayFailsTwice_TheSenderTriesAgainLater_TheSmsIsTakenOnce()
    {
        (await fake.Control.PostAsJsonAsync("_fake/notices/script", new[] { 500, 502 })).EnsureSuccessStatusCode();
        var dossier = await engine.ReceiveAsync();

        var notice = (await SettledAsync(dossier.Id, 1)).Single();
        notice.SentAt.Should().NotBeNull();
        notice.Attempts.Should().Be(2);
        notice.LastError.Should().Be("The notification gateway answered HTTP 502: scripted 502");
        var gateway = (await fake.Control.GetFromJsonAsync<JsonObject>("_fake/notices"))!;
        gateway["calls"]!.GetValue<int>().Should().Be(3);
        gateway["received"]!.AsArray().Should().ContainSingle().Which!["copies"]!.GetValue<int>().Should().Be(1);
    }

    [Theory]
    [InlineData("sms", "email", "0912000009")]
    [InlineData("email", "sms", "b.wrong@example.vn")]
    public async Task WrongRecipient_GivenUpAtOnce_TheOtherChannelStillSent_TheRecipientNotKeptInTheError(string wrong, string other, string recipient)
    {
        (await fake.Control.PutAsJsonAsync("_fake/notices/wrong-numbers", new[] { recipient })).EnsureSuccessStatusCode();
        var dossier = wrong == "sms" ? await engine.ReceiveAsync(phone: recipient, email: "b@example.vn") : await engine.ReceiveAsync(phone: "0912000008", email: recipient);

        var notices = await SettledAsync(dossier.Id, 2);
        var refused = notices.Single(n => n.Channel == wrong);
        refused.SentAt.Should().BeNull();
        refused.FailedAt.Should().NotBeNull();
        refused.Attempts.Should().Be(1);
        refused.LastError.Should().StartWith($"The notification gateway refused the {wrong} (HTTP 400)").And.Contain("***").And.NotContain(recipient)
            .And.NotContain("example.vn");
        notices.Single(n => n.Channel == other).SentAt.Should().NotBeNull();
    }

    [Fact]
    public async Task GatewayDown_TheSenderGivesUpAfterItsAttempts_TheNoticeKeptAsFailed()
    {
        (await fake.Control.PostAsJsonAsync("_fake/notices/script", Enumerable.Repeat(503, 12))).EnsureSuccessStatusCode();
        var dossier = await engine.ReceiveAsync();

        var notice = (await SettledAsync(dossier.Id, 1)).Single();
        notice.FailedAt.Should().NotBeNull();
        notice.SentAt.Should().BeNull();
        notice.Attempts.Should().Be(4);
        notice.LastError.Should().Contain("HTTP 503");
    }

    [Fact]
    public async Task NeitherPhoneNorEmail_NothingQueued_AndARedeliveredEventQueuesNothingTwice()
    {
        var silent = await engine.ReceiveAsync(phone: null);
        var told = await engine.ReceiveAsync(phone: "0912000002");
        await SettledAsync(told.Id, 1);

        // The bus brings the received message again (a second dispatcher's copy): the inbox drops it.
        var row = await engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.DossierId == told.Id && m.Type.EndsWith(".DossierReceived")));
        var (message, type) = OutboxMessages.Read(row);
        await engine.Services.GetRequiredService<IBus>().Publish(message, type, c => c.MessageId = row.Id);
        await WhenAsync(() => engine.QueryAsync(db => db.Inbox.AnyAsync(i => i.Consumer == ApplicantNoticeConsumer.InboxName && i.MessageId == row.Id)));
        await Task.Delay(1000);

        (await engine.QueryAsync(db => db.ApplicantNotices.CountAsync(n => n.DossierId == told.Id))).Should().Be(1);
        (await engine.QueryAsync(db => db.ApplicantNotices.CountAsync(n => n.DossierId == silent.Id))).Should().Be(0);
        (await engine.QueryAsync(db => db.Inbox.CountAsync(i => i.Consumer == ApplicantNoticeConsumer.InboxName))).Should().BeGreaterThanOrEqualTo(2);
    }

    /// <summary>The dossier's notices, oldest first, once <paramref name="count"/> exist and none waits to be sent.</summary>
    private async Task<List<ApplicantNoticeRecord>> SettledAsync(Guid dossierId, int count)
    {
        List<ApplicantNoticeRecord> notices = [];
        await WhenAsync(async () =>
        {
            notices = await engine.QueryAsync(db => db.ApplicantNotices.AsNoTracking().Where(n => n.DossierId == dossierId).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync());
            return notices.Count >= count && notices.All(n => n.SentAt != null || n.FailedAt != null);
        });
        return notices;
    }

    private async Task<List<JsonNode?>> TakenAsync() =>
        [.. (await fake.Control.GetFromJsonAsync<JsonObject>("_fake/notices"))!["received"]!.AsArray()];

    private static async Task WhenAsync(Func<Task<bool>> done)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The notices did not settle in 30 seconds.");
            }

            await Task.Delay(100);
        }
    }
}
