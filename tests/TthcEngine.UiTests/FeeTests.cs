namespace TthcEngine.UiTests;

/// <summary>The desk records the fee of a procedure that has one, from the dossier's page.</summary>
[Collection(UiCollection.Name)]
public sealed class FeeTests(UiFixture ui)
{
    [Fact]
    public async Task CertifiedCopy_DeskRecordsThePublishedFee_ShownOnTheDossier()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "chung thuc ban sao", "2.000815", "Hoàng Văn Nam", "010203004099");
        var dossier = await Steps.ReceiveAsync(desk);

        (await desk.InnerTextAsync("#fees")).Should().Contain("2.000 đ", "the procedure's published fee");
        await desk.ClickAsync("#fees summary");
        (await desk.InputValueAsync("#fee-amount")).Should().Be("2000", "the form starts from the published fee");
        await desk.FillAsync("#fee-amount", "4000");
        await desk.FillAsync("#fee-receipt", "BL-0042");
        await desk.ClickAsync("#record-fee");
        await desk.Locator("p.msg.ok").WaitForAsync();

        var paid = await desk.InnerTextAsync("#fees-paid");
        paid.Should().Contain("4.000 đ").And.Contain("Tiền mặt").And.Contain("BL-0042").And.Contain("xa-coc-san.mot-cua-xa.desk");
        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        (await desk.Locator("#fees-paid tbody tr").CountAsync()).Should().Be(1);
    }
}
