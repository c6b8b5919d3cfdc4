using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Online payment end to end over real HTTP: the desk creates a payment at the fake platform, the fake "pays" and
/// calls back; a genuine callback records the fee and resumes a dossier waiting for its financial obligation, a forged
/// one is rejected and logged, a replayed or racing one changes nothing more; a lost callback is found by a query.
/// The callbacks the tests forge are signed here, independently of the engine's code.
/// </summary>
public class PaymentTests(PaymentApiFactory api) : IClassFixture<PaymentApiFactory>
{
    private const long Amount = 50000;

    [Fact]
    public async Task Callback_Genuine_RecordsTheFeeAndResumesTheDossierWaitingForItsFinancialObligation()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);

        var replies = await PayAsync(payment.Reference);

        var reply = JsonNode.Parse(replies.Single())!.AsObject();
        reply["MaLoi"]!.GetValue<string>().Should().Be("00");
        reply["MaDoiTac"]!.GetValue<string>().Should().Be(PaymentApiFactory.Partner);
        reply["MaXacThuc"]!.GetValue<string>().Should().Be(Sign(
            reply["MaLoi"]!.GetValue<string>(), reply["MoTaLoi"]!.GetValue<string>(), reply["MaDoiTac"]!.GetValue<string>(), reply["ThoiGianGD"]!.GetValue<string>()));
        var paid = (await PaymentsAsync(dossier)).Single();
        paid.GetProperty("state").GetString().Should().Be("paid");
        paid.GetProperty("transactionId").GetString().Should().StartWith("GD");
        paid.GetProperty("callbacksReceived").GetInt32().Should().Be(1);
        var view = await DossierAsync(dossier);
        view.GetProperty("nationalStatus").GetInt32().Should().Be(4, "the dossier is processed again once the fee is paid");
        var fee = FeeNotes(view).Single();
        fee.GetProperty("method").GetString().Should().Be("online");
        fee.GetProperty("amount").GetInt64().Should().Be(Amount);
        fee.GetProperty("receiptNumber").GetString().Should().Be(paid.GetProperty("transactionId").GetString());
        (await CountAsync(dossier, "WorkflowResumed")).Should().Be(1);

        // The applicant is told the payment arrived, with its amount and transaction, and then that the dossier goes on.
        await api.SettleAsync(async db => await db.ApplicantNotices.CountAsync(n => n.DossierId == dossier.Id && n.SentAt != null) == 4);
        var notices = (await (await api.As(Desk.CocSanDesk)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}/notices")).EnumerateArray().ToList();
        notices.Select(n => n.GetProperty("kind").GetString()).Should().BeEquivalentTo(
            [NoticeKinds.Received, NoticeKinds.FeeRequested, NoticeKinds.PaymentConfirmed, NoticeKinds.Resumed]);
        var paidAt = paid.GetProperty("paidAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7));
        notices.Single(n => n.GetProperty("kind").GetString() == NoticeKinds.PaymentConfirmed).GetProperty("text").GetString().Should().Be(
            $"Trung tam Phuc vu hanh chinh cong xa Coc San: da nhan 50.000 dong phi, le phi cua ho so {dossier.Code}, thanh toan truc tuyen luc "
            + $"{paidAt:HH:mm dd/MM/yyyy} (ma giao dich {paid.GetProperty("transactionId").GetString()}).");
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(4, true)]
    public async Task Callback_FakeSendsCopies_OneFeeOneResume(int copies, bool atOnce)
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        await api.FakeSettingsAsync(copies, atOnce);
        IReadOnlyList<string> replies;
        try
        {
            replies = await PayAsync(payment.Reference);
        }
        finally
        {
            await api.FakeSettingsAsync(copies: 1, atOnce: false);
        }

        replies.Should().HaveCount(copies);
        replies.Select(r => JsonNode.Parse(r)!["MaLoi"]!.GetValue<string>()).Should().AllBe("00");
        var stored = (await PaymentsAsync(dossier)).Single();
        stored.GetProperty("state").GetString().Should().Be("paid");
        stored.GetProperty("callbacksReceived").GetInt32().Should().Be(copies);
        FeeNotes(await DossierAsync(dossier)).Should().HaveCount(1);
        (await CountAsync(dossier, "WorkflowResumed")).Should().Be(1);
        await using var scope = api.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<TthcDbContext>().ApplicantNotices.CountAsync(n => n.DossierId == dossier.Id && n.Kind == NoticeKinds.PaymentConfirmed))
            .Should().Be(1, "one payment, one notice, however many callbacks");
    }

    [Fact]
    public async Task Callback_ReplayedLater_SameAnswerNothingChanges()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        await PayAsync(payment.Reference);
        var transaction = (await PaymentsAsync(dossier)).Single().GetProperty("transactionId").GetString()!;
        var events = await CountAsync(dossier, null);

        var replay = await PostCallbackAsync(Callback(payment.Reference, Amount, transaction));

        replay["MaLoi"]!.GetValue<string>().Should().Be("00");
        FeeNotes(await DossierAsync(dossier)).Should().HaveCount(1);
        (await CountAsync(dossier, null)).Should().Be(events);
    }

    public static TheoryData<string, string> Forgeries() => new()
    {
        { "wrong MaXacThuc", "01" },
        { "amount changed, hash right", "03" },
        { "unknown reference", "02" },
        { "another partner, hash right", "04" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Callback_Forged_RejectedLoggedNothingChanges(string forgery, string expectedCode)
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        var callback = forgery switch
        {
            "wrong MaXacThuc" => Callback(payment.Reference, Amount, "GD-FORGED", secret: "guessed-secret"),
            "amount changed, hash right" => Callback(payment.Reference, 5000, "GD-FORGED"),
            "unknown reference" => Callback("dvc" + Guid.NewGuid().ToString("N"), Amount, "GD-FORGED"),
            _ => Callback(payment.Reference, Amount, "GD-FORGED", partner: "OTHER"),
        };

        var reply = await PostCallbackAsync(callback);

        reply["MaLoi"]!.GetValue<string>().Should().Be(expectedCode);
        var stored = (await PaymentsAsync(dossier)).Single();
        stored.GetProperty("state").GetString().Should().Be("pending");
        stored.GetProperty("callbacksReceived").GetInt32().Should().Be(0);
        var view = await DossierAsync(dossier);
        FeeNotes(view).Should().BeEmpty();
        view.GetProperty("nationalStatus").GetInt32().Should().Be(6);
        api.Logs.Should().Contain(l => l.Contains("Payment callback rejected") && l.Contains(callback["MaThamChieu"]!.GetValue<string>()));
        api.Logs.Should().NotContain(l => l.Contains(PaymentApiFactory.Secret));
    }

    [Fact]
    public async Task Callback_PayerCancelled_PaymentFailedNoFeeStillWaiting()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);

        var response = await api.Fake.PostAsync($"_fake/payment/{payment.Reference}/pay?result=99", null);

        response.EnsureSuccessStatusCode();
        var stored = (await PaymentsAsync(dossier)).Single();
        stored.GetProperty("state").GetString().Should().Be("failed");
        stored.GetProperty("failure").GetString().Should().Contain("99");
        var view = await DossierAsync(dossier);
        FeeNotes(view).Should().BeEmpty();
        view.GetProperty("nationalStatus").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Check_CallbackLost_TheQueryPaysIt()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        (await api.Fake.PostAsync($"_fake/payment/{payment.Reference}/pay?deliver=false", null)).EnsureSuccessStatusCode();
        (await PaymentsAsync(dossier)).Single().GetProperty("state").GetString().Should().Be("pending");
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsync($"/api/dossiers/{dossier.Id}/payments/{payment.Reference}/check", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().Should().Be("paid");
        FeeNotes(await DossierAsync(dossier)).Should().HaveCount(1);
        (await DossierAsync(dossier)).GetProperty("nationalStatus").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task Reconcile_PendingLongerThanHalfAnHour_AskedAndPaid()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        (await api.Fake.PostAsync($"_fake/payment/{payment.Reference}/pay?deliver=false", null)).EnsureSuccessStatusCode();
        await using var scope = api.Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<National.Payment.OnlinePayments>();
        await payments.ReconcileAsync(1000, CancellationToken.None);
        (await PaymentsAsync(dossier)).Single().GetProperty("state").GetString().Should().Be("pending", "it is too young to be asked about");

        api.Clock.Advance(TimeSpan.FromMinutes(31));
        await payments.ReconcileAsync(1000, CancellationToken.None);

        (await PaymentsAsync(dossier)).Single().GetProperty("state").GetString().Should().Be("paid");
        FeeNotes(await DossierAsync(dossier)).Should().HaveCount(1);
    }

    [Fact]
    public async Task Receipt_Paid_IsThePlatformsPdf_StoredOnceFetched()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        await PayAsync(payment.Reference);
        var desk = await api.As(Desk.CocSanDesk);

        var first = await desk.GetAsync($"/api/dossiers/{dossier.Id}/payments/{payment.Reference}/receipt");
        await api.Fake.PostAsync("_fake/outage?seconds=60", null);
        HttpResponseMessage second;
        try
        {
            second = await (await api.As("xa-coc-san.lanh-dao-xa.leader")).GetAsync($"/api/dossiers/{dossier.Id}/payments/{payment.Reference}/receipt");
        }
        finally
        {
            await api.Fake.DeleteAsync("_fake/outage");
        }

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdf = await first.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(pdf).Should().StartWith("%PDF-").And.Contain(payment.Reference);
        second.StatusCode.Should().Be(HttpStatusCode.OK, "the receipt is stored: the platform's outage does not matter");
        (await second.Content.ReadAsByteArrayAsync()).Should().Equal(pdf);
        (await PaymentsAsync(dossier)).Single().GetProperty("hasReceipt").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Create_PlatformFailsWith500_ClearProblemAndNoPendingPaymentNoFee()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        (await api.Fake.PostAsJsonAsync("_fake/script", new[] { "ErrorAfterWork" })).EnsureSuccessStatusCode();
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/payments", new { amount = Amount });

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("payment.unavailable");
        problem.GetProperty("messageVi").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("messageEn").GetString().Should().NotBeNullOrEmpty();
        (await PaymentsAsync(dossier)).Should().NotContain(p => p.GetProperty("state").GetString() == "pending");
        var view = await DossierAsync(dossier);
        FeeNotes(view).Should().BeEmpty();
        view.GetProperty("nationalStatus").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Create_Twice_TheSecondGetsThePendingOne()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var first = await CreateAsync(dossier);
        var desk = await api.As(Desk.CocSanDesk);

        var again = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/payments", new { amount = Amount });

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString().Should().Be(first.Reference);
        (await PaymentsAsync(dossier)).Should().HaveCount(1);
    }

    [Fact]
    public async Task PublicPay_WithCodeAndPin_GetsThePaymentPageTheDeskCreated()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var payment = await CreateAsync(dossier);
        var anonymous = await api.As(null);

        var response = await anonymous.PostAsJsonAsync("/api/public/payments", new { code = dossier.Code, pin = dossier.Pin });
        var wrongPin = await anonymous.PostAsJsonAsync("/api/public/payments", new { code = dossier.Code, pin = "000000" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("reference").GetString().Should().Be(payment.Reference);
        json.GetProperty("paymentUrl").GetString().Should().Be(payment.PaymentUrl);
        wrongPin.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_BirthRegistrationIsFree_NoAmount_Conflict()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var desk = await api.As(Desk.CocSanDesk);

        var response = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/payments", new { });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("payment.no-amount");
    }

    private sealed record Created(string Reference, string PaymentUrl);

    private async Task<Created> CreateAsync(Desk.Received dossier)
    {
        var desk = await api.As(Desk.CocSanDesk);
        var response = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/payments", new { amount = Amount });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("paymentUrl").GetString().Should().StartWith(api.FakeUrl.AbsoluteUri);
        return new Created(json.GetProperty("reference").GetString()!, json.GetProperty("paymentUrl").GetString()!);
    }

    private async Task<IReadOnlyList<string>> PayAsync(string reference)
    {
        var response = await api.Fake.PostAsync($"_fake/payment/{reference}/pay", null);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. json.GetProperty("replies").EnumerateArray().Select(r => r.GetString()!)];
    }

    private async Task<List<JsonElement>> PaymentsAsync(Desk.Received dossier)
    {
        var desk = await api.As(Desk.CocSanDesk);
        return [.. (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}/payments")).EnumerateArray()];
    }

    private async Task<JsonElement> DossierAsync(Desk.Received dossier) =>
        await (await api.As(Desk.CocSanDesk)).GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}");

    private static List<JsonElement> FeeNotes(JsonElement view) =>
        [.. view.GetProperty("notes").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == NoteKinds.Fee)
            .Select(n => JsonDocument.Parse(n.GetProperty("details").GetString()!).RootElement)];

    private async Task<int> CountAsync(Desk.Received dossier, string? type)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        return await db.DossierEvents.CountAsync(e => e.DossierId == dossier.Id && (type == null || e.Type == type));
    }

    private async Task<JsonObject> PostCallbackAsync(JsonObject callback)
    {
        var response = await api.CreateClient().PostAsync("/api/payments/callback", new StringContent(callback.ToJsonString(), Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>A callback as the platform sends it (SoTien a number), signed here with the contract's field order.</summary>
    private static JsonObject Callback(string reference, long amount, string transaction, string secret = PaymentApiFactory.Secret, string partner = PaymentApiFactory.Partner)
    {
        var at = "20260309081500";
        var description = "THANH TOAN";
        var hash = SignWith(secret, "PAY", "00", partner, reference, amount.ToString(CultureInfo.InvariantCulture), "VND", transaction, "VCB", at, description);
        return new JsonObject
        {
            ["LoaiBanTin"] = "PAY", ["MaLoi"] = "00", ["MaDoiTac"] = partner, ["MaThamChieu"] = reference, ["SoTien"] = amount, ["MaTienTe"] = "VND",
            ["MaGiaoDich"] = transaction, ["MaNganHang"] = "VCB", ["ThoiGianGD"] = at, ["ThongTinGiaoDich"] = description, ["MaXacThuc"] = hash,
        };
    }

    private static string Sign(params string[] fields) => SignWith(PaymentApiFactory.Secret, fields);

    private static string SignWith(string secret, params string[] fields) =>
        BitConverter.ToString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", fields.Append(secret))))).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
}
