using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Who holds a step: the commune's leader gives the appraisal to a specialist (phân công) or takes it back with a
/// reason, the holder hands it back, and the admin releases every step of an officer who left. Each change is stored in
/// the history and in a note, and the worklist shows the new holder.
/// </summary>
public class StepAssignmentTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    private const string Specialist = "xa-coc-san.tu-phap-ho-tich.specialist";
    private const string Leader = "xa-coc-san.lanh-dao-xa.leader";

    private static Task<JsonElement> OkAsync(HttpResponseMessage response) => Answers.OkAsync(response);

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Problems.ExpectAsync(response, status, code);

    private Task<string> ColleagueAsync(string userName, string agency = "xa-coc-san", string unit = "tu-phap-ho-tich", string role = "specialist") =>
        Answers.ColleagueAsync(api, userName, agency, unit, role);

    private static Task<HttpResponseMessage> AssignAsync(HttpClient client, Guid id, string? officer, string? reason = null) =>
        client.PostAsJsonAsync($"/api/dossiers/{id}/steps/tham-dinh/assign", new { officer, reason });

    private async Task<string?> HolderAsync(Guid id) =>
        (await OkAsync(await (await api.As(Leader)).GetAsync($"/api/dossiers/{id}"))).GetProperty("activeSteps").EnumerateArray()
            .Single(s => s.GetProperty("stepId").GetString() == "tham-dinh").GetProperty("claimedBy").GetString();

    private async Task<IReadOnlyList<JsonElement>> AssignmentNotesAsync(Guid id) =>
        [.. (await OkAsync(await (await api.As(Leader)).GetAsync($"/api/dossiers/{id}"))).GetProperty("notes").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "stepAssigned")];

    /// <summary>A note's details, stored as a JSON text.</summary>
    private static JsonElement Details(JsonElement note) => JsonDocument.Parse(note.GetProperty("details").GetString()!).RootElement;

    [Fact]
    public async Task Leader_GivesTheStepToASpecialist_OnlyTheyComplete_AndTheWorklistAndNotesShowIt()
    {
        var colleague = await ColleagueAsync("lo.van.minh.giao");
        var dossier = await Desk.ReceiveAsync(api);

        var assigned = await OkAsync(await AssignAsync(await api.As(Leader), dossier.Id, colleague, "Phân công theo lĩnh vực"));

        assigned.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Equal("stepAssigned");
        (await HolderAsync(dossier.Id)).Should().Be(colleague);
        var worklist = await OkAsync(await (await api.As(Specialist)).GetAsync("/api/worklist"));
        worklist.EnumerateArray().Single(w => w.GetProperty("dossierId").GetGuid() == dossier.Id).GetProperty("claimedBy").GetString().Should().Be(colleague);
        var note = (await AssignmentNotesAsync(dossier.Id)).Single();
        note.GetProperty("officer").GetString().Should().Be(Leader);
        Details(note).GetProperty("to").GetString().Should().Be(colleague);
        Details(note).GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
        Details(note).GetProperty("reason").GetString().Should().Be("Phân công theo lĩnh vực");

        await ProblemAsync(
            await (await api.As(Specialist)).PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/complete", new { opinion = "Đủ" }),
            HttpStatusCode.UnprocessableEntity, "step.claimed-by-other");
        var done = await OkAsync(await (await api.As(colleague)).PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/complete", new { opinion = "Đủ điều kiện" }));
        done.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Contain("stepCompleted");
    }

    [Fact]
    public async Task Assignees_AreTheEnabledOfficersOfTheStepsUnitAndRole_WithTheirLoad()
    {
        var colleague = await ColleagueAsync("lo.van.minh.tai");
        var away = await ColleagueAsync("lo.van.minh.nghi");
        (await (await api.As("admin")).PostAsync($"/api/admin/officers/{away}/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await ColleagueAsync("lo.van.minh.bacha", agency: "xa-bac-ha");
        var first = await Desk.ReceiveAsync(api);
        var second = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(colleague)).PostAsync($"/api/dossiers/{first.Id}/steps/tham-dinh/claim", null));

        var listed = await OkAsync(await (await api.As(Leader)).GetAsync($"/api/dossiers/{second.Id}/steps/tham-dinh/assignees"));

        var byName = listed.EnumerateArray().ToDictionary(a => a.GetProperty("userName").GetString()!, a => a);
        byName.Keys.Should().Contain([Specialist, colleague]);
        byName.Keys.Should().NotContain([away, "lo.van.minh.bacha", Leader, Desk.CocSanDesk]);
        byName[colleague].GetProperty("heldSteps").GetInt32().Should().Be(1);
        byName[colleague].GetProperty("unit").GetString().Should().Be("tu-phap-ho-tich");
        byName[colleague].GetProperty("fullName").GetString().Should().Be("Lò Văn Minh");
    }

    [Fact]
    public async Task Holder_ReleasesTheirClaim_AnotherClaims_ButMayNotGiveItAway()
    {
        var colleague = await ColleagueAsync("lo.van.minh.tra");
        var dossier = await Desk.ReceiveAsync(api);
        var holder = await api.As(Specialist);
        await OkAsync(await holder.PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));

        await ProblemAsync(await AssignAsync(holder, dossier.Id, colleague), HttpStatusCode.Forbidden, "officer.not-allowed");
        await ProblemAsync(await AssignAsync(await api.As(colleague), dossier.Id, null), HttpStatusCode.Forbidden, "officer.not-allowed");
        var released = await OkAsync(await AssignAsync(holder, dossier.Id, null));

        released.GetProperty("activeSteps").EnumerateArray().Single().GetProperty("claimedBy").ValueKind.Should().Be(JsonValueKind.Null);
        await OkAsync(await (await api.As(colleague)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        (await HolderAsync(dossier.Id)).Should().Be(colleague);
        var note = (await AssignmentNotesAsync(dossier.Id)).Single();
        note.GetProperty("officer").GetString().Should().Be(Specialist);
        Details(note).GetProperty("from").GetString().Should().Be(Specialist);
        Details(note).GetProperty("to").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Leader_TakesAHeldStep_OnlyWithAReason_AndOnlyForAnOfficerWhoMayDoIt()
    {
        var colleague = await ColleagueAsync("lo.van.minh.lay");
        var away = await ColleagueAsync("lo.van.minh.khoa");
        (await (await api.As("admin")).PostAsync($"/api/admin/officers/{away}/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var dossier = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        var leader = await api.As(Leader);

        await ProblemAsync(await AssignAsync(leader, dossier.Id, colleague), HttpStatusCode.UnprocessableEntity, "assign.reason");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, colleague, new string('x', 2001)), HttpStatusCode.UnprocessableEntity, "assign.reason");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, "khong.co.ai", "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, away, "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, Desk.CocSanDesk, "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, "xa-bac-ha.tu-phap-ho-tich.specialist", "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await AssignAsync(leader, dossier.Id, Specialist, "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "step.assign-same");
        (await HolderAsync(dossier.Id)).Should().Be(Specialist);
        (await AssignmentNotesAsync(dossier.Id)).Should().BeEmpty();

        await OkAsync(await AssignAsync(leader, dossier.Id, colleague, "Chuyên viên nghỉ phép"));

        (await HolderAsync(dossier.Id)).Should().Be(colleague);
        var note = Details((await AssignmentNotesAsync(dossier.Id)).Single());
        note.GetProperty("from").GetString().Should().Be(Specialist);
        note.GetProperty("reason").GetString().Should().Be("Chuyên viên nghỉ phép");
        await ProblemAsync(
            await (await api.As(Specialist)).PostAsJsonAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/complete", new { opinion = "Đủ" }),
            HttpStatusCode.UnprocessableEntity, "step.claimed-by-other");
    }

    [Fact]
    public async Task Admin_ReleasesEveryStepOfAnOfficerWhoLeft()
    {
        var leaving = await ColleagueAsync("lo.van.minh.roi");
        var first = await Desk.ReceiveAsync(api);
        var second = await Desk.ReceiveAsync(api);
        var other = await Desk.ReceiveAsync(api);
        var officer = await api.As(leaving);
        await OkAsync(await officer.PostAsync($"/api/dossiers/{first.Id}/steps/tham-dinh/claim", null));
        await OkAsync(await officer.PostAsync($"/api/dossiers/{second.Id}/steps/tham-dinh/claim", null));
        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{other.Id}/steps/tham-dinh/claim", null));
        var admin = await api.As("admin");
        (await admin.PostAsync($"/api/admin/officers/{leaving}/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var held = await OkAsync(await admin.GetAsync($"/api/admin/officers/{leaving}/steps"));
        held.EnumerateArray().Select(h => h.GetProperty("dossierCode").GetString()).Should().BeEquivalentTo([first.Code, second.Code]);
        await ProblemAsync(await admin.PostAsJsonAsync($"/api/admin/officers/{leaving}/release-steps", new { reason = " " }), HttpStatusCode.UnprocessableEntity, "release.reason");

        var result = await OkAsync(await admin.PostAsJsonAsync($"/api/admin/officers/{leaving}/release-steps", new { reason = "Cán bộ nghỉ việc" }));

        result.GetProperty("released").EnumerateArray().Select(r => r.GetProperty("dossierId").GetGuid()).Should().BeEquivalentTo([first.Id, second.Id]);
        result.GetProperty("skipped").GetArrayLength().Should().Be(0);
        (await OkAsync(await admin.GetAsync($"/api/admin/officers/{leaving}/steps"))).GetArrayLength().Should().Be(0);
        (await HolderAsync(first.Id)).Should().BeNull();
        (await HolderAsync(second.Id)).Should().BeNull();
        (await HolderAsync(other.Id)).Should().Be(Specialist, "another officer's claim is not touched");
        var note = (await AssignmentNotesAsync(first.Id)).Single();
        note.GetProperty("officer").GetString().Should().Be("admin");
        Details(note).GetProperty("reason").GetString().Should().Be("Cán bộ nghỉ việc");
        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{first.Id}/steps/tham-dinh/claim", null));
        (await OkAsync(await admin.PostAsJsonAsync($"/api/admin/officers/{leaving}/release-steps", new { reason = "Lần nữa" })))
            .GetProperty("released").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task AgencyWorklist_ShowsEveryUnitsSteps_AndWhatNobodyHolds_ToTheAgencysLeadersOnly()
    {
        var held = await Desk.ReceiveAsync(api);
        var free = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(Specialist)).PostAsync($"/api/dossiers/{held.Id}/steps/tham-dinh/claim", null));
        var leader = await api.As(Leader);

        var all = (await OkAsync(await leader.GetAsync("/api/worklist/agency"))).EnumerateArray().ToList();
        var unclaimed = (await OkAsync(await leader.GetAsync("/api/worklist/agency?unclaimed=true"))).EnumerateArray().ToList();
        var own = (await OkAsync(await leader.GetAsync("/api/worklist"))).EnumerateArray().ToList();
        var foreign = (await OkAsync(await (await api.As("xa-bac-ha.lanh-dao-xa.leader")).GetAsync("/api/worklist/agency"))).EnumerateArray().ToList();

        var heldRow = all.Single(w => w.GetProperty("dossierId").GetGuid() == held.Id);
        heldRow.GetProperty("unit").GetString().Should().Be("tu-phap-ho-tich", "the leader sees the steps of every unit of the commune");
        heldRow.GetProperty("claimedBy").GetString().Should().Be(Specialist);
        all.Should().Contain(w => w.GetProperty("dossierId").GetGuid() == free.Id);
        unclaimed.Select(w => w.GetProperty("dossierId").GetGuid()).Should().Contain(free.Id).And.NotContain(held.Id);
        unclaimed.Should().OnlyContain(w => w.GetProperty("claimedBy").ValueKind == JsonValueKind.Null);
        own.Should().NotContain(w => w.GetProperty("dossierId").GetGuid() == free.Id, "the leader's own worklist is their unit's");
        foreign.Should().NotContain(w => w.GetProperty("dossierId").GetGuid() == free.Id || w.GetProperty("dossierId").GetGuid() == held.Id);
        (await (await api.As(Specialist)).GetAsync("/api/worklist/agency")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Leader_TransfersAnOfficersSteps_ToAColleague_LeavingThoseTheyMayNotTake()
    {
        var away = await ColleagueAsync("lo.van.minh.vang");
        var colleague = await ColleagueAsync("lo.van.minh.thay");
        var otherUnit = await ColleagueAsync("lo.van.minh.vhxh", unit: "van-hoa-xa-hoi");
        var first = await Desk.ReceiveAsync(api);
        var second = await Desk.ReceiveAsync(api);
        foreach (var dossier in new[] { first, second })
        {
            await OkAsync(await (await api.As(away)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        }

        var leader = await api.As(Leader);
        var refused = await OkAsync(await leader.PostAsJsonAsync($"/api/officers/{away}/transfer-steps", new { to = otherUnit, reason = "Nghỉ phép" }));
        refused.GetProperty("transferred").GetArrayLength().Should().Be(0);
        refused.GetProperty("skipped").EnumerateArray().Select(s => (s.GetProperty("step").GetProperty("dossierId").GetGuid(), s.GetProperty("code").GetString()))
            .Should().BeEquivalentTo([(first.Id, "assign.officer"), (second.Id, "assign.officer")], "another unit's specialist may not take an appraisal of tư pháp - hộ tịch");
        (await HolderAsync(first.Id)).Should().Be(away);

        var moved = await OkAsync(await leader.PostAsJsonAsync($"/api/officers/{away}/transfer-steps", new { to = colleague, reason = "Nghỉ phép một tuần" }));

        moved.GetProperty("transferred").EnumerateArray().Select(s => s.GetProperty("dossierId").GetGuid()).Should().BeEquivalentTo([first.Id, second.Id]);
        moved.GetProperty("skipped").GetArrayLength().Should().Be(0);
        (await HolderAsync(first.Id)).Should().Be(colleague);
        (await HolderAsync(second.Id)).Should().Be(colleague);
        var note = (await AssignmentNotesAsync(second.Id)).Single();
        note.GetProperty("officer").GetString().Should().Be(Leader);
        Details(note).GetProperty("from").GetString().Should().Be(away);
        Details(note).GetProperty("to").GetString().Should().Be(colleague);
        Details(note).GetProperty("reason").GetString().Should().Be("Nghỉ phép một tuần");
        var told = await OkAsync(await (await api.As(colleague)).GetAsync("/api/me/notices"));
        told.GetProperty("notices").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "stepAssigned")
            .Select(n => n.GetProperty("dossierCode").GetString()).Should().BeEquivalentTo([first.Code, second.Code]);
        var left = await OkAsync(await (await api.As(away)).GetAsync("/api/me/notices"));
        left.GetProperty("notices").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "stepTaken").Should().HaveCount(2);
    }

    [Fact]
    public async Task Transfer_Refusals()
    {
        var away = await ColleagueAsync("lo.van.minh.bangiao");
        var disabled = await ColleagueAsync("lo.van.minh.dakhoa");
        (await (await api.As("admin")).PostAsync($"/api/admin/officers/{disabled}/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var leader = await api.As(Leader);
        Task<HttpResponseMessage> Transfer(HttpClient client, string from, string? to, string? reason) =>
            client.PostAsJsonAsync($"/api/officers/{from}/transfer-steps", new { to, reason });

        await ProblemAsync(await Transfer(leader, away, Specialist, null), HttpStatusCode.UnprocessableEntity, "transfer.reason");
        await ProblemAsync(await Transfer(leader, away, Specialist, new string('x', 2001)), HttpStatusCode.UnprocessableEntity, "transfer.reason");
        await ProblemAsync(await Transfer(leader, away, "khong.co.ai", "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await Transfer(leader, away, disabled, "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await Transfer(leader, away, "xa-bac-ha.tu-phap-ho-tich.specialist", "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "assign.officer");
        await ProblemAsync(await Transfer(leader, away, away, "Nghỉ phép"), HttpStatusCode.UnprocessableEntity, "transfer.same");
        await ProblemAsync(await Transfer(leader, "xa-bac-ha.tu-phap-ho-tich.specialist", "xa-bac-ha.mot-cua-xa.desk", "Nghỉ phép"),
            HttpStatusCode.NotFound, "officer.not-found");
        (await Transfer(await api.As(Specialist), away, Specialist, "Nghỉ phép")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MyWorklist_ListsEveryStepIHold_EvenAfterIMoveToAnotherUnit()
    {
        var mover = await ColleagueAsync("lo.van.minh.chuyendonvi");
        var dossier = await Desk.ReceiveAsync(api);
        await OkAsync(await (await api.As(mover)).PostAsync($"/api/dossiers/{dossier.Id}/steps/tham-dinh/claim", null));
        var moved = await (await api.As("admin")).PutAsJsonAsync($"/api/admin/officers/{mover}", new
        {
            fullName = "Lò Văn Minh", agency = "xa-coc-san", unit = "van-hoa-xa-hoi", roles = new[] { "specialist" },
        });
        moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        api.Clock.Advance(TimeSpan.FromHours(2));

        var client = await api.As(mover);
        var mine = await OkAsync(await client.GetAsync("/api/worklist?mine=true"));
        var unit = await OkAsync(await client.GetAsync("/api/worklist"));

        mine.EnumerateArray().Select(w => (w.GetProperty("dossierId").GetGuid(), w.GetProperty("stepId").GetString())).Should().Equal((dossier.Id, "tham-dinh"));
        unit.EnumerateArray().Should().NotContain(w => w.GetProperty("dossierId").GetGuid() == dossier.Id, "the new unit's worklist is not the old one's");
    }
}
