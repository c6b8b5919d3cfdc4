using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The API with the national portal's sync on, sending to the fake portal on a free loopback port.</summary>
public sealed class PortalApiFactory : FakeNationalApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("National:Portal:BaseUrl", FakeUrl.AbsoluteUri),
        new("National:Portal:Sync:Idle", "00:00:00.100"),
        new("National:Portal:Resilience:AttemptTimeout", "00:00:03"),
    ];

    /// <summary>What the fake portal holds under <paramref name="code"/>: <c>current</c>, <c>received</c>, <c>history</c>.</summary>
    public async Task<JsonElement> HeldAsync(string code) => await Fake.GetFromJsonAsync<JsonElement>($"_fake/dossiers/{code}");

    /// <summary>Until every queued portal event is acknowledged.</summary>
    public Task SyncedAsync() => SettleAsync(async db =>
        await db.Set<NationalPortalSyncItemRecord>().AnyAsync() && !await db.Set<NationalPortalSyncItemRecord>().AnyAsync(i => i.AcknowledgedAt == null));
}

/// <summary>
/// An online application the desk refuses at receipt reaches the national portal as status 3 "Không được tiếp nhận",
/// under a code the refusal takes from the desk's daily serials, between the codes of the dossiers received around it;
/// an accepted one's record says when it was submitted.
/// </summary>
public sealed class PortalRefusalTests(PortalApiFactory api) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public async Task RefusedApplication_ReachesThePortalAsStatus3_UnderACodeBetweenTheDesksReceipts()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var application = await OnlineApplicationTests.SubmitAsync(citizen, await OnlineApplicationTests.BirthRegistrationAsync(citizen, "012345600106"));
        var submittedAt = api.Clock.GetUtcNow();
        var id = await OnlineApplicationTests.PendingIdAsync(desk, application.Reference);
        var before = await Desk.ReceiveAsync(api);
        api.Clock.Advance(TimeSpan.FromMinutes(30));
        var refusedAt = api.Clock.GetUtcNow();

        var refused = await desk.PostAsJsonAsync($"/api/desk/applications/{id}/refuse", new { reason = "Thủ tục không thuộc thẩm quyền của xã" });
        var after = await Desk.ReceiveAsync(api);

        refused.StatusCode.Should().Be(HttpStatusCode.NoContent, await refused.Content.ReadAsStringAsync());
        var code = (await OnlineApplicationTests.LookupAsync(citizen, application)).GetProperty("refusedCode").GetString()!;
        Serial(code).Should().Be(Serial(before.Code) + 1);
        Serial(after.Code).Should().Be(Serial(code) + 1, "receipts and refusals share the desk's daily serials");
        code[..^4].Should().Be(before.Code[..^4]);

        await api.SyncedAsync();
        var held = await api.HeldAsync(code);
        var record = held.GetProperty("current");
        record.GetProperty("TrangThaiHoSo").GetString().Should().Be("3");
        record.GetProperty("KenhThucHien").GetString().Should().Be("2");
        record.GetProperty("ChuHoSo").GetString().Should().Be("Vàng Thị Mai");
        record.GetProperty("MaTTHC").GetString().Should().Be("1.001193");
        record.GetProperty("NgayNopHoSo").GetString().Should().Be(Vietnam(submittedAt));
        record.GetProperty("NgayTiepNhan").GetString().Should().BeEmpty();
        record.GetProperty("NgayTuChoi").GetString().Should().Be(Vietnam(refusedAt));
        record.GetProperty("NgayKetThucXuLy").GetString().Should().Be(Vietnam(refusedAt));
        record.GetProperty("GhiChu").GetString().Should().Be("Không tiếp nhận: Thủ tục không thuộc thẩm quyền của xã");
        record.GetProperty("DonViXuLy").GetString().Should().Be("UBND xã Cốc San");
        record.GetProperty("TaiLieuNop").GetArrayLength().Should().Be(3, "the three papers it came with");
        held.GetProperty("received").GetArrayLength().Should().Be(1, "one record, sent once");
        held.GetProperty("history").GetArrayLength().Should().Be(0, "history is sent only for a received dossier");
    }

    [Fact]
    public async Task AcceptedApplication_ItsRecordWasSubmittedWhenTheApplicationCame_AndReceivedAtTheAcceptance()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var application = await OnlineApplicationTests.SubmitAsync(citizen, await OnlineApplicationTests.BirthRegistrationAsync(citizen, "012345600107"));
        var submittedAt = api.Clock.GetUtcNow();
        var id = await OnlineApplicationTests.PendingIdAsync(desk, application.Reference);
        api.Clock.Advance(TimeSpan.FromHours(2));

        var accepted = await desk.PostAsync($"/api/desk/applications/{id}/accept", null);

        var received = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        accepted.StatusCode.Should().Be(HttpStatusCode.Created, received.ToString());
        var record = await api.PortalRecordAsync(received.GetProperty("id").GetGuid());
        record.SubmittedAt.Should().Be(Vietnam(submittedAt));
        record.ReceivedAt.Should().Be(Vietnam(submittedAt.AddHours(2)));
        record.Note.Should().BeEmpty();
    }

    private static string Vietnam(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    private static int Serial(string code) => int.Parse(code[^4..], System.Globalization.CultureInfo.InvariantCulture);
}
