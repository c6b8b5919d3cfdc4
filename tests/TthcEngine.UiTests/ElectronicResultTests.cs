using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>The desk hands a result over electronically; the applicant downloads it from the public lookup.</summary>
[Collection(UiCollection.Name)]
public sealed class ElectronicResultTests(UiFixture ui)
{
    [Fact]
    public async Task CertifiedCopy_HandedOverAsAFile_DownloadedWithTheCodeAndPin()
    {
        var (desk, dossier) = await ReadyToHandOverAsync("Vàng Thị Mai", "010203004088");
        await desk.SetInputFilesAsync("#result-file", new FilePayload { Name = "ban-sao-chung-thuc.pdf", MimeType = "application/pdf", Buffer = Steps.Pdf });
        await desk.ClickAsync("#hand-over");
        await desk.Locator("#status").Filter(new() { HasText = "Đã trả kết quả" }).WaitForAsync();
        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        var officersCopy = await desk.APIRequest.GetAsync((await desk.GetAttributeAsync("#result-file-link", "href"))!);

        var citizen = await ui.OpenAsync(null, 390, 844);
        await Steps.LookUpAsync(citizen, dossier);
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.ClickAsync("#download-result"));

        officersCopy.Status.Should().Be(200, "the desk's page links the result it handed over");
        (await officersCopy.BodyAsync()).Should().Equal(Steps.Pdf);
        download.SuggestedFilename.Should().Be("ban-sao-chung-thuc.pdf");
        var saved = Path.Combine(Path.GetTempPath(), $"tthc-result-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).Should().Equal(Steps.Pdf);
        File.Delete(saved);
    }

    [Fact]
    public async Task PaperHandOver_NoDownloadOffered()
    {
        var (desk, dossier) = await ReadyToHandOverAsync("Lò Văn Sáng", "010203004077");
        await desk.ClickAsync("#hand-over");
        await desk.Locator("#status").Filter(new() { HasText = "Đã trả kết quả" }).WaitForAsync();

        var citizen = await ui.OpenAsync(null, 390, 844);
        await Steps.LookUpAsync(citizen, dossier);

        (await citizen.InnerTextAsync("#public-status")).Should().Contain("Đã trả kết quả");
        (await citizen.Locator("#download-result").CountAsync()).Should().Be(0);
        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        (await desk.Locator("#result-file-link").CountAsync()).Should().Be(0);
    }

    /// <summary>A certified copy received, checked and signed: the desk on its page, ready to hand the result over.</summary>
    private async Task<(IPage Desk, Steps.Received Dossier)> ReadyToHandOverAsync(string name, string idNumber)
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "chung thuc ban sao", "2.000815", name, idNumber);
        var dossier = await Steps.ReceiveAsync(desk);
        await Steps.FinishStepAsync(await ui.OpenAsync("xa-coc-san.tu-phap-ho-tich.specialist"), dossier.Id, "doi-chieu", "Bản sao khớp bản chính.");
        await Steps.FinishStepAsync(await ui.OpenAsync("xa-coc-san.lanh-dao-xa.leader"), dossier.Id, "ky-chung-thuc", "Ký chứng thực.");
        await desk.GotoAsync($"/ho-so/{dossier.Id}");
        return (desk, dossier);
    }
}
