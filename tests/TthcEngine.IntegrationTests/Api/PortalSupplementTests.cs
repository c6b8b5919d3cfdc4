using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// A supplement request made at the desk reaches the portal's record (DanhSachHoSoBoSung): the sync reads the desk's
/// request back with the officer, the reason and the papers, at the instant of the pause it matches the wait by.
/// </summary>
public class PortalSupplementTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task SupplementRequests_AreReadForThePortal_WithOfficerReasonAndPapers_AtTheirPausesInstants()
    {
        var dossier = await Desk.ReceiveAsync(api);
        var desk = await api.As(Desk.CocSanDesk);
        var me = await desk.GetFromJsonAsync<JsonElement>("/api/me");

        (await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/supplement-request", new
        {
            items = new object[] { new { name = "Giấy chứng sinh", kind = "original", quantity = 1 }, new { name = "Giấy chứng nhận kết hôn", kind = "certifiedCopy", quantity = 2 } },
            reason = "Giấy chứng sinh bị mờ, không đọc được số",
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromHours(2));
        (await desk.PostAsync($"/api/dossiers/{dossier.Id}/supplement-accepted", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromHours(1));
        (await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/supplement-request", new
        {
            items = new object[] { new { name = "Tờ khai đăng ký khai sinh", kind = "original", quantity = 1 } },
            reason = "Tờ khai thiếu chữ ký.",
        })).StatusCode.Should().Be(HttpStatusCode.OK);

        var facts = await api.PortalFactsAsync(dossier.Id);
        var pauses = await PausedAtAsync(dossier.Id);

        facts.Supplements.Should().HaveCount(2);
        facts.Supplements!.Select(s => s.Officer).Should().AllBe(me.GetProperty("fullName").GetString());
        facts.Supplements[0].Content.Should().Be(
            "Giấy chứng sinh bị mờ, không đọc được số. Giấy tờ cần bổ sung: Giấy chứng sinh (1 bản chính); Giấy chứng nhận kết hôn (2 bản sao chứng thực).");
        facts.Supplements[1].Content.Should().Be("Tờ khai thiếu chữ ký. Giấy tờ cần bổ sung: Tờ khai đăng ký khai sinh (1 bản chính).");
        pauses.Should().HaveCount(2);
        facts.Supplements.Zip(pauses).Should().OnlyContain(p => (p.First.RequestedAt - p.Second).Duration() < TimeSpan.FromMilliseconds(1),
            "the record matches a wait to its request by the pause's instant");
    }

    /// <summary>The instants of the dossier's DossierPaused events, as the messages the portal's queue is fed from carry them.</summary>
    private async Task<List<DateTimeOffset>> PausedAtAsync(Guid dossierId)
    {
        using var scope = api.Services.CreateScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Outbox.AsNoTracking()
            .Where(m => m.DossierId == dossierId && m.Type.EndsWith("DossierPaused"))
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("OccurredAt").GetDateTimeOffset())];
    }
}
