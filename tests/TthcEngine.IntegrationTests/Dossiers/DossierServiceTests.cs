using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Domain;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>The dossier service's storage rules, run alike on SQLite and on PostgreSQL.</summary>
public abstract partial class DossierServiceTests : IAsyncLifetime
{
    private const string Unit = "000.00.12.H56";
    private static readonly WorkingCalendar Calendar = CalendarDirectory.Resolve("vn", Path.Combine(AppContext.BaseDirectory, "calendars"));
    private static readonly ProcedureCatalog Catalog = ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures"));

    /// <summary>Tue 10/3/2026 09:00 in Vietnam.</summary>
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly ProcedureVersions versions = new(Catalog);
    private readonly DossierStateCache states = new();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Receive_ValidDossier_StoresCodePinHistoryAndOpenStep()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());

        received.Code.Should().Be($"{Unit}-260310-0001");
        received.Pin.Should().HaveLength(LookupPin.Length);
        received.DueAt.Should().Be(new DateTimeOffset(2026, 3, 10, 17, 30, 0, TimeSpan.FromHours(7)));
        await using var db = NewContext();
        var row = await db.Dossiers.SingleAsync(d => d.Id == received.Id);
        row.Should().Match<DossierRecord>(d => d.ProcedureCode == "1.001193" && d.ProcedureVersion == 1 && d.EventCount > 1 && d.Applicant.Name == "Nguyễn Thị Hoa");
        LookupPin.Matches(row.PinHash, DossierCode.Parse(row.Code), received.Pin).Should().BeTrue();
        (await db.OpenSteps.Where(s => s.DossierId == received.Id).Select(s => s.StepId).ToListAsync()).Should().Equal("tiep-nhan");
    }

    [Fact]
    public async Task Receive_SameUnitSameDay_SerialsFollowAndRestartNextDay()
    {
        var first = await Service().ReceiveAsync(BirthRegistration());
        var second = await Service().ReceiveAsync(BirthRegistration());
        time.Advance(TimeSpan.FromDays(1));
        var nextDay = await Service().ReceiveAsync(BirthRegistration());

        first.Code.Should().EndWith("-260310-0001");
        second.Code.Should().EndWith("-260310-0002");
        nextDay.Code.Should().EndWith("-260311-0001");
    }

    [Fact]
    public async Task Receive_ManyDesksAtOnce_EveryCodeUnique()
    {
        var received = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => Service().ReceiveAsync(BirthRegistration()))));

        received.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        received.Select(r => DossierCode.Parse(r.Code).Serial).Order().Should().Equal(Enumerable.Range(1, 12));
    }

    [Fact]
    public async Task Execute_CompleteStep_AppendsHistoryAndMovesOpenStep()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        time.Advance(TimeSpan.FromMinutes(30));

        var events = await Service().ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.mot-cua"));

        events.OfType<StepCompleted>().Single().Timeliness.Should().Be(Timeliness.OnTime);
        await using var db = NewContext();
        (await db.OpenSteps.Where(s => s.DossierId == received.Id).Select(s => s.StepId).ToListAsync()).Should().Equal("tham-dinh");
        var state = await Service().LoadStateAsync(received.Id);
        state.Completed.Should().ContainSingle(c => c.Step.StepId == "tiep-nhan" && c.Officer == "cb.mot-cua");
    }

    [Fact]
    public async Task Execute_RefusedCommand_StoresNothing()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        await using var before = NewContext();
        var count = (await before.Dossiers.SingleAsync(d => d.Id == received.Id)).EventCount;

        var act = () => Service().ExecuteAsync(received.Id, at => new CompleteStep(at, "ky-duyet", "x"));

        await act.Should().ThrowAsync<DomainRuleException>().Where(e => e.Code == "step.not-active");
        await using var after = NewContext();
        (await after.DossierEvents.CountAsync(e => e.DossierId == received.Id)).Should().Be(count);
    }

    [Fact]
    public async Task Execute_TwoOfficersCompleteTheSameStepAtOnce_OneWinsOneConflicts()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        var gate = new Barrier(2);

        async Task<Exception?> Complete(string officer)
        {
            try
            {
                await Service().ExecuteAsync(received.Id, at =>
                {
                    gate.SignalAndWait(TimeSpan.FromSeconds(10));
                    return new CompleteStep(at, "tiep-nhan", officer);
                });
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }

        var outcomes = await Task.WhenAll(Task.Run(() => Complete("cb.a")), Task.Run(() => Complete("cb.b")));

        outcomes.Count(o => o is null).Should().Be(1);
        outcomes.Single(o => o is not null).Should().BeOfType<ConcurrentChangeException>();
        var state = await Service().LoadStateAsync(received.Id);
        state.Completed.Should().ContainSingle(c => c.Step.StepId == "tiep-nhan");
    }

    [Fact]
    public async Task Execute_UnknownDossier_NotFound()
    {
        var act = () => Service().ExecuteAsync(Guid.NewGuid(), at => new ResumeWorkflow(at));

        await act.Should().ThrowAsync<DossierNotFoundException>();
    }

    [Fact]
    public async Task Dossier_RunToTheEnd_FinishedAndGranted()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        foreach (var step in new[] { "tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua" })
        {
            time.Advance(TimeSpan.FromMinutes(20));
            await Service().ExecuteAsync(received.Id, at => new CompleteStep(at, step, "cb.x"));
        }

        await Service().ExecuteAsync(received.Id, at => new FinishWorkflow(at, Outcome.Granted, "cb.x"));

        await using var db = NewContext();
        var row = await db.Dossiers.SingleAsync(d => d.Id == received.Id);
        row.Should().Match<DossierRecord>(d => d.Outcome == "Granted" && d.Timeliness == "OnTime" && d.NationalStatus == (int)NationalStatus.ResultReturned);
        (await db.OpenSteps.CountAsync(s => s.DossierId == received.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Execute_ClaimAfterTheWatcherAnnouncedTheStep_KeepsTheAnnouncement()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        var announcedAt = time.GetUtcNow();
        await using (var watcher = NewContext())
        {
            await watcher.OpenSteps.Where(s => s.DossierId == received.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueSoonAnnouncedAt, announcedAt));
        }

        await Service().ExecuteAsync(received.Id, at => new ClaimStep(at, "tiep-nhan", "cb.mot-cua"));

        await using var db = NewContext();
        (await db.OpenSteps.SingleAsync(s => s.DossierId == received.Id))
            .Should().Match<OpenStepRecord>(s => s.StepId == "tiep-nhan" && s.ClaimedBy == "cb.mot-cua" && s.DueSoonAnnouncedAt == announcedAt);
    }

    [Fact]
    public async Task Execute_ReturnForRework_StepOpenAgainAsANewActivationNotYetAnnounced()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        foreach (var step in new[] { "tiep-nhan", "tham-dinh" })
        {
            time.Advance(TimeSpan.FromMinutes(20));
            await Service().ExecuteAsync(received.Id, at => new CompleteStep(at, step, "cb.x"));
        }

        await using (var watcher = NewContext())
        {
            await watcher.OpenSteps.Where(s => s.DossierId == received.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.OverdueAnnouncedAt, time.GetUtcNow()));
        }

        await Service().ExecuteAsync(received.Id, at => new ReturnForRework(at, "ky-duyet", "tham-dinh", "ld.x", "Thiếu trích lục"));

        await using var db = NewContext();
        (await db.OpenSteps.Where(s => s.DossierId == received.Id).ToListAsync())
            .Should().ContainSingle().Which.Should().Match<OpenStepRecord>(s => s.StepId == "tham-dinh" && s.Activation == 2 && s.OverdueAnnouncedAt == null);
    }

    [Fact]
    public async Task Execute_DossierChangedByAnotherProcess_StartsFromTheStoredHistory()
    {
        var desk = new DossierStateCache();
        var received = await Service(cache: desk).ReceiveAsync(BirthRegistration());
        await Service(cache: new DossierStateCache()).ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.other-process"));

        await Service(cache: desk).ExecuteAsync(received.Id, at => new CompleteStep(at, "tham-dinh", "cb.desk"));

        var state = await Service(cache: new DossierStateCache()).LoadStateAsync(received.Id);
        state.Completed.Select(c => c.Officer).Should().Equal("cb.other-process", "cb.desk");
        await using var db = NewContext();
        (await db.OpenSteps.Where(s => s.DossierId == received.Id).Select(s => s.StepId).ToListAsync()).Should().Equal("ky-duyet");
    }

    [Fact]
    public async Task Execute_RunFromTheCache_StoredHistoryReplaysToTheSameState()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        await Service().ExecuteAsync(received.Id, at => new ClaimStep(at, "tiep-nhan", "cb.x"));
        var refused = () => Service().ExecuteAsync(received.Id, at => new CompleteStep(at, "ky-duyet", "cb.x"));
        await refused.Should().ThrowAsync<DomainRuleException>();
        foreach (var step in new[] { "tiep-nhan", "tham-dinh" })
        {
            time.Advance(TimeSpan.FromMinutes(20));
            await Service().ExecuteAsync(received.Id, at => new CompleteStep(at, step, "cb.x"));
        }

        var live = await Service().LoadStateAsync(received.Id);
        var replayed = await Service(cache: new DossierStateCache()).LoadStateAsync(received.Id);

        replayed.History.Select(WorkflowEventJson.Write).Should().Equal(live.History.Select(WorkflowEventJson.Write));
        replayed.Active.Select(a => a.Ref).Should().Equal(live.Active.Select(a => a.Ref));
    }

    [Fact]
    public async Task LoadState_OfARowReadBeforeAnotherChange_IsTheStateOfThatRow()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        DossierRecord read;
        await using (var db = NewContext())
        {
            read = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == received.Id);
        }

        time.Advance(TimeSpan.FromMinutes(20));
        await Service().ExecuteAsync(received.Id, at => new CompleteStep(at, "tiep-nhan", "cb.x"));

        // This process's cache holds the newer version; another process has nothing cached.
        foreach (var service in new[] { Service(), Service(cache: new DossierStateCache()) })
        {
            var state = await service.LoadStateAsync(read);

            state.History.Should().HaveCount(read.EventCount);
            state.Completed.Should().BeEmpty();
            state.Active.Select(a => a.Ref.StepId).Should().Equal("tiep-nhan");
        }

        var now = await Service(cache: new DossierStateCache()).LoadStateAsync(received.Id);
        now.History.Count.Should().BeGreaterThan(read.EventCount);
        now.Active.Select(a => a.Ref.StepId).Should().Equal("tham-dinh");
    }

    [Fact]
    public async Task ProcedureVersion_FileChangedWithoutNewVersion_Refused_NewVersionLeavesRunningDossiersAlone()
    {
        var running = await Service().ReceiveAsync(BirthRegistration());
        var entry = Catalog.FindEntry("1.001193")!;
        var edited = entry.Json.Replace("\"version\": 1", "\"version\": 1 ", StringComparison.Ordinal);
        var sameVersion = new ProcedureVersions(new ProcedureCatalog([entry with { Json = edited }]));
        var json2 = entry.Json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal);
        var version2 = new ProcedureVersions(new ProcedureCatalog([new ProcedureCatalog.Entry(ProcedureDocument.Parse(json2, "1.001193.json").Definition!, json2)]));

        var act = () => Service(sameVersion).ReceiveAsync(BirthRegistration());
        var newer = await Service(version2).ReceiveAsync(BirthRegistration());

        await act.Should().ThrowAsync<DomainRuleException>().Where(e => e.Code == "procedure.version-changed");
        (await Service(version2).LoadStateAsync(running.Id)).Definition.Version.Should().Be(1);
        (await Service(version2).LoadStateAsync(newer.Id)).Definition.Version.Should().Be(2);
    }

    [Fact]
    public async Task Attach_RequiredDocument_StoredWithItsHash()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());

        var id = await Attachments().AttachAsync(received.Id, new NewAttachment("to-khai", "to-khai.pdf", "application/pdf", 120_000, Hash('a')));

        await using var db = NewContext();
        (await db.Attachments.SingleAsync(a => a.Id == id)).Should().Match<AttachmentRecord>(a => a.DossierId == received.Id && a.Sha256 == Hash('a'));
    }

    [Fact]
    public async Task Attach_DocumentTheProcedureDoesNotAskFor_Refused()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());

        var act = () => Attachments().AttachAsync(received.Id, new NewAttachment("so-do", "x.pdf", "application/pdf", 1, Hash('b')));

        await act.Should().ThrowAsync<DomainRuleException>().Where(e => e.Code == "attachment.unknown-document" && e.Message.Contains("giay-to-tuy-than"));
    }

    [Fact]
    public async Task Reuse_IdentityPaperOfAGrantedDossier_OfferedAndAccepted_NotFromAnotherApplicant()
    {
        var first = await Service().ReceiveAsync(BirthRegistration());
        var paper = await Attachments().AttachAsync(first.Id, new NewAttachment("giay-to-tuy-than", "cccd.jpg", "image/jpeg", 80_000, Hash('c')));
        foreach (var step in new[] { "tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua" })
        {
            await Service().ExecuteAsync(first.Id, at => new CompleteStep(at, step, "cb.x"));
        }

        await Service().ExecuteAsync(first.Id, at => new FinishWorkflow(at, Outcome.Granted, "cb.x"));
        var second = await Service().ReceiveAsync(BirthRegistration());
        var stranger = await Service().ReceiveAsync(BirthRegistration() with { Applicant = new ApplicantData("Người khác", "001099000111") });

        var offered = await Attachments().ReusableAsync("038190001234", "giay-to-tuy-than");
        var reused = await Attachments().AttachAsync(second.Id, new NewAttachment("giay-to-tuy-than", "cccd.jpg", "image/jpeg", 80_000, Hash('c'), paper));
        var act = () => Attachments().AttachAsync(stranger.Id, new NewAttachment("giay-to-tuy-than", "cccd.jpg", "image/jpeg", 80_000, Hash('c'), paper));

        offered.Select(a => a.Id).Should().Equal(paper);
        reused.Should().NotBe(paper);
        await act.Should().ThrowAsync<DomainRuleException>().Where(e => e.Code == "attachment.not-reusable");
    }

    protected abstract TthcDbContext NewContext();

    private static string Hash(char digit) => new(digit, 64);

    private DossierAttachments Attachments() => new(NewContext(), versions, time);

    private static ReceiveDossier BirthRegistration() =>
        new("1.001193", Unit, new ApplicantData("Nguyễn Thị Hoa", "038190001234", "0912000000"), "inPerson");

    private DossierService Service(ProcedureVersions? procedures = null, DossierStateCache? cache = null) =>
        new(NewContext(), procedures ?? versions, Calendar, time, states: cache ?? states);
}
