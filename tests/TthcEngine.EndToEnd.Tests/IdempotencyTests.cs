using System.Net;
using System.Text.RegularExpressions;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>Scenario g: a receipt or a completion sent twice with the same Idempotency-Key happens once.</summary>
public sealed class IdempotencyTests(TthcServer server) : IClassFixture<TthcServer>
{
    [Fact]
    public async Task Receive_SameKeyTwice_AnswersTheSameDossierAndReceivesOne()
    {
        var applicant = Requests.Applicant("Nguyen Van Mot Lan", "012345678907");
        var desk = await server.As(Officers.CocSanDesk);
        var request = Requests.MaritalStatus(applicant);

        var first = await desk.ReceiveAsync(request, "receive-7f3a");
        var second = await desk.ReceiveAsync(request, "receive-7f3a");

        second.Should().Be(first);
        var logbook = await desk.LogbookAsync(2026);
        Regex.Count(logbook, Regex.Escape(applicant.Name)).Should().Be(1, "the desk's logbook lists one dossier of this applicant");
        var worklist = await (await server.As(Officers.CocSanCivilStatus)).WorklistAsync();
        worklist.Where(w => w.ProcedureCode == "1.004873").Select(w => w.DossierId).Should().Equal(first.Id);
        var lookup = await server.LookupAsync(first);
        lookup.Code.Should().Be(first.Code);
        lookup.NationalStatus.Should().Be(4);
        await server.ShouldShowNoPersonalDataAsync(first, applicant, Officers.CocSanDesk);
    }

    [Fact]
    public async Task Receive_SameKeyConcurrently_ReceivesOneDossier()
    {
        var applicant = Requests.Applicant("Nguyen Van Cung Luc", "012345678921");
        var desk = await server.As(Officers.CocSanDesk);
        var request = Requests.HouseholdBusiness(applicant);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => desk.ReceiveAsync(request, "receive-concurrent")));

        answers.Should().AllBeEquivalentTo(answers[0]);
        Regex.Count(await desk.LogbookAsync(2026), Regex.Escape(applicant.Name)).Should().Be(1);
    }

    /// <remarks>
    /// docs/api.md, Idempotency: "a retry with the same key and body gets the same status and body". A retry that
    /// arrives while the first request is still being stored (a client's attempt timeout, then its retry) races it on
    /// the dossier's version: receive answers such a race with the stored answer, complete answers 409
    /// dossier.concurrent-change, which tells the caller the completion failed although it was made.
    /// </remarks>
    [Fact]
    public async Task Complete_SameKeyConcurrently_EveryRequestGetsTheCompletion()
    {
        var desk = await server.As(Officers.CocSanDesk);
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var refused = new List<string>();

        for (var round = 0; round < 4; round++)
        {
            var receipt = await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant($"Tran Van Dong Thoi {round}", $"01234567893{round}")));
            var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
            {
                try
                {
                    return (await specialist.CompleteAsync(receipt.Id, "tham-dinh", new CompleteRequest("Đủ điều kiện."), "complete-concurrent")).ActiveSteps[0].StepId;
                }
                catch (ApiException e)
                {
                    return e.Problem().Code;
                }
            }));
            refused.AddRange(answers.Where(a => a != "ky-duyet"));
        }

        refused.Should().BeEmpty("a repeat of a completion answers the completion");
    }

    [Fact]
    public async Task Receive_SameKeyOtherBody_IsRefused()
    {
        var desk = await server.As(Officers.CocSanDesk);
        await desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Nguyen Thi Hai", "012345678908")), "receive-reused");

        var reuse = () => desk.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("Nguyen Thi Ba", "012345678909")), "receive-reused");

        var problem = (await reuse.Should().ThrowAsync<ApiException>()).Which.Problem();
        problem.Status.Should().Be((int)HttpStatusCode.UnprocessableEntity);
        problem.Code.Should().Be("idempotency.key-reused");
    }

    [Fact]
    public async Task Complete_SameKeyTwice_AnswersTheSameAndCompletesOnce()
    {
        var applicant = Requests.Applicant("Tran Van Hai Lan", "012345678910");
        var receipt = await (await server.As(Officers.CocSanDesk)).ReceiveAsync(Requests.BirthRegistration(applicant));
        var specialist = await server.As(Officers.CocSanCivilStatus);
        var opinion = new CompleteRequest("Đủ điều kiện.");

        var first = await specialist.CompleteAsync(receipt.Id, "tham-dinh", opinion, "complete-91c2");
        var second = await specialist.CompleteAsync(receipt.Id, "tham-dinh", opinion, "complete-91c2");

        second.Should().BeEquivalentTo(first);
        first.ActiveSteps.Select(s => s.StepId).Should().Equal("ky-duyet");
        var dossier = await specialist.DossierAsync(receipt.Id);
        dossier.Timeline.Select(t => (t.StepId, Done: t.CompletedAt is not null)).Should().Equal(("tiep-nhan", true), ("tham-dinh", true), ("ky-duyet", false));
        var withAnotherKey = () => specialist.CompleteAsync(receipt.Id, "tham-dinh", opinion, "complete-other");
        (await withAnotherKey.Should().ThrowAsync<ApiException>()).Which.Problem().Code.Should().Be("step.not-active");
        var lookup = await server.LookupAsync(receipt);
        lookup.Steps.Should().HaveCount(3);
        lookup.Steps.Count(s => s.CompletedAt is not null).Should().Be(2);
        await server.ShouldShowNoPersonalDataAsync(receipt, applicant, Officers.CocSanDesk, Officers.CocSanCivilStatus);
    }
}
