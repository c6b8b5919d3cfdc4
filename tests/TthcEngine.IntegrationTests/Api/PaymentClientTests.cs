using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The engine's Refit client (<see cref="ITthcApi"/>) on the payment endpoints, over real HTTP against the API with the
/// fake national payment platform: what a program that is not the web pages (a province's own portal, a kiosk) calls.
/// </summary>
public class PaymentClientTests(PaymentApiFactory api) : IClassFixture<PaymentApiFactory>
{
    [Fact]
    public async Task Desk_CreatesPayment_FakePays_ListCheckAndReceiptShowItPaid()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var desk = await ClientAsAsync(Desk.CocSanDesk);

        var created = await desk.StartPaymentAsync(dossier.Id, new PaymentRequest(65000));
        var again = await desk.StartPaymentAsync(dossier.Id, new PaymentRequest(65000));
        await PayAsync(created.Reference);
        var listed = await desk.PaymentsAsync(dossier.Id);
        var checkedAfter = await desk.CheckPaymentAsync(dossier.Id, created.Reference);
        using var receipt = await desk.PaymentReceiptAsync(dossier.Id, created.Reference);

        created.Should().BeEquivalentTo(new { Amount = 65000L, State = "pending", CreatedBy = Desk.CocSanDesk, CallbacksReceived = 0, HasReceipt = false });
        created.PaymentUrl.Should().StartWith(api.FakeUrl.AbsoluteUri);
        again.Reference.Should().Be(created.Reference, "a second create gets the payment still pending");
        listed.Should().ContainSingle().Which.Should().BeEquivalentTo(new { created.Reference, State = "paid", CallbacksReceived = 1 });
        checkedAfter.State.Should().Be("paid");
        checkedAfter.TransactionId.Should().StartWith("GD").And.Be(listed.Single().TransactionId);
        receipt.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        Encoding.ASCII.GetString((await receipt.ReadAsByteArrayAsync())[..5]).Should().Be("%PDF-");
    }

    [Fact]
    public async Task Public_PaysWithCodeAndPin_GetsTheDesksPaymentPage_AWrongPinIsNotFound()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var created = await (await ClientAsAsync(Desk.CocSanDesk)).StartPaymentAsync(dossier.Id, new PaymentRequest(65000));
        var anonymous = TthcClient.Create(api.ClientOptions.BaseAddress);

        var paying = await anonymous.PublicPaymentAsync(new LookupRequest(dossier.Code, dossier.Pin));
        var wrongPin = () => anonymous.PublicPaymentAsync(new LookupRequest(dossier.Code, "000000"));

        paying.Should().BeEquivalentTo(new { created.Reference, created.PaymentUrl, State = "pending" });
        (await wrongPin.Should().ThrowAsync<ApiException>()).Which.Problem().Status.Should().Be(404);
    }

    [Fact]
    public async Task BadAmount_UnknownReference_AndAnotherAgencysDossier_AreProblemsWithTheirCodes()
    {
        var dossier = await api.WaitingForFinancialObligationAsync();
        var desk = await ClientAsAsync(Desk.CocSanDesk);
        var otherCommune = await ClientAsAsync("xa-bac-ha.mot-cua-xa.desk");

        var negative = () => desk.StartPaymentAsync(dossier.Id, new PaymentRequest(-1));
        var unknown = () => desk.CheckPaymentAsync(dossier.Id, "KHONG-CO");
        var notTheirs = () => otherCommune.StartPaymentAsync(dossier.Id, new PaymentRequest(65000));

        var amount = (await negative.Should().ThrowAsync<ApiException>()).Which.Problem();
        amount.Code.Should().Be("payment.amount");
        amount.MessageVi.Should().NotBeNullOrWhiteSpace();
        amount.MessageEn.Should().NotBeNullOrWhiteSpace();
        (await unknown.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("payment.not-found");
        (await notTheirs.Should().ThrowAsync<ApiException>()).Which.Problem().Status.Should().Be(404, "another commune's desk does not see the dossier");
        (await desk.PaymentsAsync(dossier.Id)).Should().BeEmpty("nothing was created by the refused calls");
    }

    private async Task<ITthcApi> ClientAsAsync(string userName)
    {
        var token = await TthcClient.Create(api.ClientOptions.BaseAddress).TokenAsync(new SignInRequest(userName, OfficeApiFactory.Password));
        return TthcClient.Create(api.ClientOptions.BaseAddress, token.AccessToken);
    }

    /// <summary>The fake platform "pays" the payment and calls the engine back.</summary>
    private async Task PayAsync(string reference)
    {
        var response = await api.Fake.PostAsync($"_fake/payment/{reference}/pay", null);
        response.EnsureSuccessStatusCode();
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replies").GetArrayLength().Should().Be(1);
    }
}
