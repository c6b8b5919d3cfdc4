using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Apologies;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// A dossier heading for lateness gets its apology prepared for the unit at fault in time to be issued one working day
/// before its due instant (convention 7); the leader issues it once, with one new appointment; the original due instant
/// stays; a same-day dossier is not judged at its receipt.
/// </summary>
public class ApologyPreparationTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>A land-allocation style commune procedure of 15 working days (1.009994), with every non-conditional paper.</summary>
    private async Task<object> FifteenDayDossierAsync()
    {
        var procedure = await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/procedures/1.009994");
        var documents = procedure.GetProperty("documents").EnumerateArray()
            .Where(d => !d.GetProperty("conditional").GetBoolean())
            .Select(d => new { documentId = d.GetProperty("id").GetString() })
            .ToArray();
        return new { procedureCode = "1.009994", applicant = new { name = "Vàng Seo Chử", idNumber = "010203004006" }, documents };
    }

    /// <summary>The codes with an apology prepared, once each, after a sweep (the in-process sweeper may have run too).</summary>
    private async Task<List<string>> PreparedAsync()
    {
        await api.Services.GetRequiredService<ApologyPreparer>().SweepAsync(CancellationToken.None);
        var supervisor = await api.As("xa-coc-san.supervisor");
        return [.. (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervisor/apologies")).EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "apologyPrepared")
            .Select(a => a.GetProperty("code").GetString()!)];
    }

    [Fact]
    public async Task HeadingForLateness_PreparedOnceForTheUnitAtFault_ThenIssuedOnce()
    {
        var sameDay = await Desk.ReceiveAsync(api);
        var dossier = await Desk.ReceiveAsync(api, await FifteenDayDossierAsync());
        var leader = await api.As("xa-coc-san.phong-kinh-te.leader");
        var view = await leader.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}");
        var due = view.GetProperty("dueAt").GetDateTimeOffset();
        due.Should().Be(new DateTimeOffset(2026, 3, 30, 8, 0, 0, Vietnam), "15 working days from Monday 9/3 08:00");

        (await PreparedAsync()).Should().BeEmpty("nothing is judged at receipt, not even the same-day dossier");

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 25, 16, 0, 0, Vietnam));
        (await PreparedAsync()).Should().Equal([sameDay.Code],
            "the same-day dossier's steps overran long ago; the 15-day one is not looked at before two working days before its due");

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 26, 8, 30, 0, Vietnam));
        await PreparedAsync();
        (await PreparedAsync()).Should().BeEquivalentTo([sameDay.Code, dossier.Code], "the appraisal (8 working days) overran on 19/3; each is prepared once");

        leader = await api.As("xa-coc-san.phong-kinh-te.leader");

        // The heads of the units at fault are told: the economic office's leader of the late appraisal; the same-day
        // dossier's tư pháp - hộ tịch has no leader of its own, so the commune's leaders who sign birth certificates.
        var told = (await leader.GetFromJsonAsync<JsonElement>("/api/me/notices"))!.GetProperty("notices").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "apologyPrepared").ToList();
        told.Select(n => n.GetProperty("dossierCode").GetString()).Should().Equal(dossier.Code);
        told.Single().GetProperty("text").GetString().Should().Be(
            $"Hồ sơ {dossier.Code} có nguy cơ trễ hạn (hạn 08:00 30/03/2026). Thư xin lỗi và hẹn lại ngày trả (Mẫu 04) đã được chuẩn bị cho "
            + "Phòng Kinh tế (UBND xã) / Phòng Kinh tế, Hạ tầng và Đô thị (UBND phường), chờ lãnh đạo ký ban hành trước hạn.");
        var commune = await (await api.As("xa-coc-san.lanh-dao-xa.leader")).GetFromJsonAsync<JsonElement>("/api/me/notices");
        commune.GetProperty("notices").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "apologyPrepared")
            .Select(n => n.GetProperty("dossierCode").GetString()).Should().Equal(sameDay.Code);
        var supervisor = await api.As("xa-coc-san.supervisor");
        var prepared = (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervisor/apologies")).EnumerateArray().Single(a => a.GetProperty("code").GetString() == dossier.Code);
        prepared.GetProperty("unitAtFault").GetString().Should().Be("phong-kinh-te");
        (await leader.GetAsync($"/api/dossiers/{dossier.Id}/forms/apology")).StatusCode.Should().Be(HttpStatusCode.OK);

        var newDue = new DateTimeOffset(2026, 4, 3, 16, 0, 0, Vietnam);
        var issued = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { reason = "Cần xác minh thực địa", newDueAt = newDue });
        var again = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { reason = "Lần hai", newDueAt = newDue.AddDays(3) });

        issued.StatusCode.Should().Be(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("apology.already-issued");
        var after = await leader.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}");
        after.GetProperty("dueAt").GetDateTimeOffset().Should().Be(due, "the original due instant stays in the statistics");
        after.GetProperty("extendedDueAt").GetDateTimeOffset().Should().Be(newDue);
        var lookup = await (await api.CreateClient().PostAsJsonAsync("/api/public/lookup", new { code = dossier.Code, pin = dossier.Pin })).Content.ReadFromJsonAsync<JsonElement>();
        lookup.GetProperty("appointmentAt").GetDateTimeOffset().Should().Be(newDue);
        var form = await (await leader.GetAsync($"/api/dossiers/{dossier.Id}/forms/apology")).Content.ReadAsStringAsync();
        form.Should().Contain("Cần xác minh thực địa").And.Contain("16 giờ 00 phút, ngày 03 tháng 04 năm 2026").And.Contain("08 giờ 00 phút, ngày 30 tháng 03 năm 2026");
    }
}
