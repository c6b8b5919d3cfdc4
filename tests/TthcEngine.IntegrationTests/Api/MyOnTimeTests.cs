using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>An officer's own on-time figures (<c>GET /api/me/on-time</c>): the steps they completed, by month, and only theirs.</summary>
public class MyOnTimeTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task TheStepsICompleted_AreCountedForMe_AndForNobodyElse()
    {
        var me = await Answers.ColleagueAsync(api, "lo.van.minh.solieu");
        var other = await Answers.ColleagueAsync(api, "lo.van.minh.khac");
        var dossier = await Desk.ReceiveAsync(api);
        var client = await api.As(me);
        await Answers.OkAsync(await client.PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        await Answers.OkAsync(await client.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/complete", new { opinion = "Đủ điều kiện" }));
        await api.SettleAsync(db => db.OnTimeCounts.AnyAsync(c => c.Scope == "officer" && c.Key == me));

        var mine = await Answers.OkAsync(await client.GetAsync("/api/me/on-time"));
        var theirs = await Answers.OkAsync(await (await api.As(other)).GetAsync("/api/me/on-time"));

        var line = mine.EnumerateArray().Should().ContainSingle().Which;
        line.GetProperty("scope").GetString().Should().Be("officer");
        line.GetProperty("key").GetString().Should().Be(me);
        line.GetProperty("month").GetString().Should().Be("2026-03");
        (line.GetProperty("early").GetInt32() + line.GetProperty("onTime").GetInt32()).Should().Be(1);
        line.GetProperty("late").GetInt32().Should().Be(0);
        line.GetProperty("onTimeRate").GetDouble().Should().Be(1.0);
        theirs.GetArrayLength().Should().Be(0);
        (await (await api.As(null)).GetAsync("/api/me/on-time")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
