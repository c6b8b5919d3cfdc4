namespace TthcEngine.UiTests;

/// <summary>
/// Who holds a step, in the browser: the commune's leader gives the appraisal to the specialist from the dossier's page,
/// the specialist is told on their notices page and hands it back, the leader transfers the steps of an officer on
/// leave to a colleague, and the admin releases the steps of an officer from the accounts page.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class StepAssignmentPageTests(UiFixture ui)
{
    private const string Specialist = "xa-coc-san.tu-phap-ho-tich.specialist";

    [Fact]
    public async Task Leader_GivesTheStep_TheSpecialistSeesItAndHandsItBack()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Vàng Thị Mai", "010203004881");
        var dossier = await Steps.ReceiveAsync(desk);

        var leader = await ui.OpenAsync("xa-coc-san.lanh-dao-xa.leader");
        await leader.GotoAsync("/viec");
        await leader.ClickAsync("#scope a[href*='chua-giao']");
        await leader.ClickAsync($"tr[data-code='{dossier.Code}'] a.assign");
        await leader.WaitForURLAsync($"**/ho-so/{dossier.Id}#step-tham-dinh");
        var step = leader.Locator("section[data-step='tham-dinh']");
        await step.Locator("details.assign summary").ClickAsync();
        await leader.SelectOptionAsync("#assignee-tham-dinh", Specialist);
        await leader.FillAsync("#assign-why-tham-dinh", "Phân công theo lĩnh vực hộ tịch");
        await step.Locator("form[action*='handler=Assign'] button").ClickAsync();
        await leader.Locator("p.msg.ok").WaitForAsync();

        var shown = await leader.Locator("section[data-step='tham-dinh']").InnerTextAsync();
        shown.Should().Contain("đang giữ " + Specialist).And.Contain("Giao cho " + Specialist).And.Contain("Phân công theo lĩnh vực hộ tịch");

        // The specialist is told: the count in the header, the notice on their notices page, which opens the step.
        var specialist = await ui.OpenAsync(Specialist);
        await specialist.GotoAsync("/viec");
        int.Parse(await specialist.InnerTextAsync("#notices-link .count")).Should().BeGreaterThan(0);
        await specialist.ClickAsync("#notices-link");
        var notice = specialist.Locator($"ul.notices li[data-code='{dossier.Code}']");
        (await notice.GetAttributeAsync("class")).Should().Be("unread");
        (await notice.InnerTextAsync()).Should().Contain("giao cho bạn bước").And.Contain("Lý do: Phân công theo lĩnh vực hộ tịch");
        await notice.Locator("button").ClickAsync();
        await specialist.WaitForURLAsync($"**/ho-so/{dossier.Id}#step-tham-dinh");
        (await specialist.Locator($"#opinion-tham-dinh").CountAsync()).Should().Be(1, "the step given to the specialist is theirs to complete");
        await specialist.GotoAsync("/thong-bao");
        (await specialist.Locator($"ul.notices li[data-code='{dossier.Code}']").GetAttributeAsync("class")).Should().Be("read", "opening it marked it read");
        await specialist.GotoAsync($"/ho-so/{dossier.Id}");
        await specialist.ClickAsync("section[data-step='tham-dinh'] form.release button");
        await specialist.Locator("p.msg.ok").WaitForAsync();

        (await specialist.InnerTextAsync("section[data-step='tham-dinh']")).Should().Contain("chưa ai nhận").And.Contain("Trả lại");
        (await specialist.Locator("section[data-step='tham-dinh'] form[action*='handler=Claim']").CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Admin_ReleasesTheStepsOfAnOfficer_FromTheAccountsPage()
    {
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Lù Thị Hoa", "010203004882");
        var dossier = await Steps.ReceiveAsync(desk);
        var specialist = await ui.OpenAsync(Specialist);
        await specialist.GotoAsync($"/ho-so/{dossier.Id}");
        await specialist.ClickAsync("section[data-step='tham-dinh'] form[action*='handler=Claim'] button");
        await specialist.Locator("p.msg.ok").WaitForAsync();

        var admin = await ui.OpenAsync("admin");
        await admin.GotoAsync("/quan-tri/can-bo");
        var row = admin.Locator($"tr[data-user='{Specialist}']");
        int.Parse(await row.Locator("td.held").InnerTextAsync()).Should().BeGreaterThan(0);
        await row.Locator("details.release summary").ClickAsync();
        await row.Locator("input[name=reason]").FillAsync("Cán bộ chuyển công tác");
        await row.Locator("details.release button").ClickAsync();
        await admin.Locator("p.msg.ok").WaitForAsync();

        (await admin.InnerTextAsync("p.msg.ok")).Should().Contain("Đã trả lại");
        (await admin.InnerTextAsync($"tr[data-user='{Specialist}'] td.held")).Trim().Should().Be("0");
        await specialist.GotoAsync($"/ho-so/{dossier.Id}");
        (await specialist.InnerTextAsync("section[data-step='tham-dinh']")).Should().Contain("chưa ai nhận").And.Contain("Cán bộ chuyển công tác");
    }

    [Fact]
    public async Task Leader_TransfersTheStepsOfAnOfficerOnLeave_FromTheAgencyWorklist()
    {
        var away = await ui.SpecialistAsync("ui.lo.van.vang", "Lò Văn Vắng");
        var stand = await ui.SpecialistAsync("ui.lo.thi.thay", "Lò Thị Thay");
        var desk = await ui.OpenAsync("xa-coc-san.mot-cua-xa.desk");
        await Steps.OpenReceiveFormAsync(desk, "dang ky khai sinh", "1.001193", "Sùng Thị Chơ", "010203004883");
        var dossier = await Steps.ReceiveAsync(desk);
        var holder = await ui.OpenAsync(away);
        await holder.GotoAsync($"/ho-so/{dossier.Id}");
        await holder.ClickAsync("section[data-step='tham-dinh'] form[action*='handler=Claim'] button");
        await holder.Locator("p.msg.ok").WaitForAsync();

        var leader = await ui.OpenAsync("xa-coc-san.lanh-dao-xa.leader");
        await leader.GotoAsync("/viec?pham-vi=co-quan");
        await leader.ClickAsync("details.transfer summary");
        await leader.SelectOptionAsync("#transfer-from", away);
        await leader.SelectOptionAsync("#transfer-to", stand);
        await leader.FillAsync("#transfer-why", "Nghỉ phép một tuần");
        await leader.ClickAsync("details.transfer button");
        await leader.Locator("p.msg.ok").WaitForAsync();

        (await leader.InnerTextAsync("p.msg.ok")).Should().Be($"Đã chuyển 1 bước cho {stand}; 0 bước giữ nguyên.");
        (await leader.InnerTextAsync($"tr[data-code='{dossier.Code}']")).Should().Contain(stand);
        var standIn = await ui.OpenAsync(stand);
        await standIn.GotoAsync("/viec");
        await standIn.ClickAsync("#scope a[href*='cua-toi']");
        (await standIn.InnerTextAsync("h1")).Should().Be("Việc tôi đang giữ");
        await standIn.ClickAsync($"tr[data-code='{dossier.Code}'] a");
        await standIn.WaitForURLAsync($"**/ho-so/{dossier.Id}");
        (await standIn.Locator("#opinion-tham-dinh").CountAsync()).Should().Be(1, "the step transferred is the stand-in's to complete");
    }
}
