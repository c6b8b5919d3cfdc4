using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;

namespace TthcEngine.UiTests;

/// <summary>
/// A dossier waiting for its fee: the applicant pays from the public lookup through the (fake) national payment
/// platform's page; its signed callback records the fee and the dossier goes on; the desk sees the payment.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class OnlinePaymentTests(UiFixture ui)
{
    [Fact]
    public async Task WaitingForTheFee_ApplicantPaysOnline_FeeRecordedAndTheDossierGoesOn()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "chung thuc ban sao", "2.000815", "Đinh Thị Hoa", "010203004066");
        var dossier = await Steps.ReceiveAsync(desk);
        // The flow's own financial-obligation pause, asked for ad hoc (no shipped commune flow has one early on).
        await using (var scope = ui.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DossierService>()
                .ExecuteAsync(dossier.Id, now => new PauseWorkflow(now, PauseReason.AwaitingFinancialObligation));
        }

        var citizen = await ui.OpenAsync(null, 390, 844);
        await Steps.LookUpAsync(citizen, dossier);
        (await citizen.InnerTextAsync("#public-status")).Should().Contain("Yêu cầu thực hiện nghĩa vụ tài chính");
        await citizen.ClickAsync("#pay-online");
        await citizen.ClickAsync("#pay-link");
        await citizen.WaitForURLAsync(url => url.StartsWith(ui.App.FakeNationalUrl + "payment/pay/", StringComparison.Ordinal));
        (await citizen.ContentAsync()).Should().Contain(dossier.Code).And.Contain("2,000 VND");
        await citizen.ClickAsync("button[value='00']");
        await citizen.Locator("body").Filter(new() { HasText = "replies" }).WaitForAsync();

        await Steps.LookUpAsync(citizen, dossier);
        (await citizen.InnerTextAsync("#public-status")).Should().NotContain("nghĩa vụ tài chính", "the paid fee ended the wait");
        (await citizen.Locator("#pay-online").CountAsync()).Should().Be(0);

        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        (await desk.InnerTextAsync("#payments")).Should().Contain("Đã thanh toán").And.Contain("2.000 đ");
        (await desk.InnerTextAsync("#fees-paid")).Should().Contain("Thanh toán trực tuyến").And.Contain("2.000 đ");
    }
}
