using System.Net;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>Scenario d: a leader refuses a dossier with its reason; the refusal (Form 03) carries the reason.</summary>
public sealed class RefusalTests(TthcServer server) : IClassFixture<TthcServer>
{
    private const string Reason = "Giấy chứng sinh không khớp với thông tin trong tờ khai; đề nghị cơ sở y tế cấp lại.";

    [Fact]
    public async Task BirthRegistration_RefusedByLeader_StopsWithTheReasonOnForm03()
    {
        var applicant = Requests.Applicant("Vàng Seo Páo", "012345678904");
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(applicant));
        server.Clock.Advance(TimeSpan.FromHours(1));
        await (await server.As(Officers.CocSanCivilStatus)).CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest("Đề nghị từ chối: giấy chứng sinh sai lệch."));
        server.Clock.Advance(TimeSpan.FromHours(1));
        var leader = await server.As(Officers.CocSanLeader);

        var refused = await leader.RefuseAsync(receipt.Id, new ReasonRequest(Reason));

        refused.NationalStatus.Should().Be(8);
        refused.ActiveSteps.Should().BeEmpty();
        var dossier = await leader.DossierAsync(receipt.Id);
        dossier.Outcome.Should().Be("refused");
        dossier.NationalStatusName.Should().Be("Dừng xử lý");
        var form = await leader.FormAsync(receipt.Id, "refusal");
        form.Should().Contain(Reason);
        var lookup = await server.LookupAsync(receipt);
        lookup.NationalStatus.Should().Be(8);
        lookup.Outcome.Should().Be("refused");
        lookup.CanRate.Should().BeFalse();
        lookup.Steps.Select(s => s.CompletedAt is not null).Should().Equal(true, true, false);
        lookup.Steps[^1].Timeliness.Should().Be("cancelled", "the signing step ended undone when the leader refused");
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanCivilStatus, Officers.CocSanLeader);
    }

    [Fact]
    public async Task Refuse_BySpecialist_IsForbiddenWithBothMessages()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Sùng A Lử", "012345678905")));
        var specialist = await server.As(Officers.CocSanCivilStatus);

        var refuse = () => specialist.RefuseAsync(receipt.Id, new ReasonRequest(Reason));

        var problem = (await refuse.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Status.Should().Be((int)HttpStatusCode.Forbidden);
        problem.Code.Should().Be("officer.not-allowed");
        problem.MessageVi.Should().StartWith("Cán bộ không có quyền thực hiện thao tác này");
        problem.MessageEn.Should().StartWith("This officer may not do this");
        (await server.LookupAsync(receipt)).NationalStatus.Should().Be(4);
    }
}
