using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.UiTests;

/// <summary>
/// A green-lane building permit (1.009972): four branches run at once; one answers at once, one runs late and its
/// focal point expedites it from the board; the public page shows the progress without a name.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class GreenLaneTests(UiFixture ui)
{
    private const string Company = "Công ty CP Đầu tư Xây dựng Sa Pa";

    [Fact]
    public async Task GreenLaneCase_ThreeBranchesOpenOneLate_FocalPointSeesBarsAndExpedites()
    {
        var desk = await ui.OpenAsync("lao-cai.mot-cua-tinh.desk");
        await Steps.OpenReceiveFormAsync(desk, "cap phep xay dung cong trinh cap dac biet", "1.009972", Company, "5300123456");
        await desk.SelectOptionAsync("#Form_Lane", "greenLane");
        var dossier = await Steps.ReceiveAsync(desk);

        // The commune's opinion comes at once; the other three branches keep running.
        var commune = await ui.OpenAsync("lao-cai.ubnd-xa-noi-co-cong-trinh.specialist");
        await Steps.FinishStepAsync(commune, dossier.Id, "gl-y-kien-xa", "Mặt bằng sạch, không tranh chấp.");

        // Three working days and three hours later the land-and-environment opinion (3 days) is late; the others are near their due.
        var calendar = ui.App.Services.GetRequiredService<WorkingCalendar>();
        ui.App.Clock.SetUtcNow(calendar.AddWorkingTime(ui.App.Clock.GetUtcNow(), TimeSpan.FromHours(27)));

        var focal = await ui.OpenAsync("lao-cai.so-xay-dung.focalPoint");
        await focal.GotoAsync("/luong-xanh");
        await focal.ClickAsync($"a:text-is('{dossier.Code}')");
        await focal.WaitForURLAsync($"**/luong-xanh/{dossier.Id}");
        string[] branches = ["gl-tham-dinh", "gl-y-kien-pccc", "gl-y-kien-nong-nghiep-moi-truong", "gl-y-kien-xa"];
        foreach (var step in branches)
        {
            (await focal.Locator($".bar[data-step='{step}'] .track .plan").CountAsync()).Should().Be(1, step);
        }

        (await focal.GetAttributeAsync(".bar[data-step='gl-y-kien-xa']", "data-state")).Should().Be("done");
        (await focal.GetAttributeAsync(".bar[data-step='gl-y-kien-nong-nghiep-moi-truong']", "data-state")).Should().Be("overdue");
        (await focal.Locator(".bar:is([data-step='gl-tham-dinh'],[data-step='gl-y-kien-pccc'])[data-state='active']").CountAsync()).Should().Be(2);
        (await focal.Locator(".bar[data-step='gl-tong-hop'][data-state='waiting']").CountAsync()).Should().Be(1);

        var late = focal.Locator(".bar[data-step='gl-y-kien-nong-nghiep-moi-truong']");
        await late.Locator("input[name=message]").FillAsync("Đề nghị Sở Nông nghiệp và Môi trường trả lời ngay trong hôm nay.");
        await late.Locator("button").ClickAsync();
        (await focal.InnerTextAsync("p.msg.ok")).Should().Contain("lãnh đạo đơn vị");
        (await focal.InnerTextAsync("#expedites")).Should().Contain("gl-y-kien-nong-nghiep-moi-truong").And.Contain("đã báo lãnh đạo đơn vị");
        await focal.Locator("#lane-board").ScrollIntoViewIfNeededAsync();
        await UiFixture.ShootAsync(focal, "readme-green-lane");
        await UiFixture.ShootAsync(focal, "green-lane-full", fullPage: true);

        // The public page: the project's steps and states, nobody's name.
        var citizen = await ui.OpenAsync(null);
        await citizen.GotoAsync($"/cong-khai/{dossier.Code}");
        (await citizen.Locator(".bar").CountAsync()).Should().Be(9, "every step of the green-lane flow");
        var page = await citizen.ContentAsync();
        page.Should().NotContain(Company).And.NotContain("5300123456").And.NotContain("lao-cai.").And.NotContain("Đôn đốc");
        await UiFixture.ShootAsync(citizen, "public-green-lane", fullPage: true);
    }
}
