using System.Text;
using Microsoft.Playwright;

namespace TthcEngine.UiTests;

/// <summary>What officers do in the browser, step by step, shared by the tests.</summary>
internal static class Steps
{
    /// <summary>A one-page PDF, enough for the upload's check by content.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public sealed record Received(Guid Id, string Code, string Pin);

    /// <summary>
    /// Opens the receive form of <paramref name="procedureCode"/> from the desk's search, fills the applicant, optionally
    /// uploads a scan for one document, and calls <paramref name="beforeReceive"/> before pressing "receive".
    /// </summary>
    public static async Task OpenReceiveFormAsync(IPage desk, string search, string procedureCode, string name, string idNumber)
    {
        await desk.GotoAsync("/mot-cua");
        await desk.FillAsync("#q", search);
        await desk.ClickAsync("form[role=search] button[type=submit]");
        await desk.ClickAsync($"a[href='/mot-cua/tiep-nhan/{procedureCode}']");
        await desk.FillAsync("#Form_Name", name);
        await desk.FillAsync("#Form_IdNumber", idNumber);
        await desk.FillAsync("#Form_Phone", "0912345678");
        await desk.FillAsync("#Form_Address", "Thôn Cốc San, xã Cốc San, tỉnh Lào Cai");
    }

    public static async Task UploadAsync(IPage desk, string documentId, string fileName)
    {
        await desk.SelectOptionAsync("#UploadFor", documentId);
        await desk.SetInputFilesAsync("#file", new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = Pdf });
        await desk.ClickAsync("button[formaction*='handler=Upload']");
        await desk.Locator($"tr[data-document='{documentId}'] .tag.ok").Filter(new() { HasText = fileName }).WaitForAsync();
    }

    public static async Task<Received> ReceiveAsync(IPage desk)
    {
        await desk.ClickAsync("#receive");
        await desk.Locator("#receive-error, #received-code").WaitForAsync();
        if (await desk.Locator("#receive-error").CountAsync() > 0)
        {
            throw new InvalidOperationException("The desk could not receive: " + await desk.InnerTextAsync("#receive-error"));
        }

        await desk.WaitForURLAsync("**/ho-so/*");
        var id = Guid.Parse(desk.Url[(desk.Url.LastIndexOf('/') + 1)..]);
        return new Received(id, (await desk.InnerTextAsync("#received-code")).Trim(), (await desk.InnerTextAsync("#received-pin")).Trim());
    }

    /// <summary>Claims and completes a step of the dossier from its page, with an opinion.</summary>
    public static async Task FinishStepAsync(IPage officer, Guid dossier, string stepId, string opinion)
    {
        await officer.GotoAsync($"/ho-so/{dossier}");
        var step = officer.Locator($"section[data-step='{stepId}']");
        await step.Locator("form[action*='handler=Claim'] button").ClickAsync();
        await officer.Locator($"#opinion-{stepId}").FillAsync(opinion);
        await officer.Locator($"section[data-step='{stepId}'] form[action*='handler=Complete'] button").ClickAsync();
        await officer.Locator("p.msg.ok").WaitForAsync();
    }

    /// <summary>The public lookup of <paramref name="dossier"/> with its code and PIN, as the applicant does it.</summary>
    public static async Task LookUpAsync(IPage citizen, Received dossier)
    {
        await citizen.GotoAsync($"/tra-cuu?ma={Uri.EscapeDataString(dossier.Code)}");
        await citizen.FillAsync("#Pin", dossier.Pin);
        await citizen.ClickAsync("form:not([action*='handler']) button[type=submit]");
    }
}
