using Microsoft.EntityFrameworkCore;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Dossiers;

/// <summary>What the API stores with a change: agencies, rows added alongside, columns changed alongside, the apology's marks.</summary>
public abstract partial class DossierServiceTests
{
    [Fact]
    public async Task Receive_AtTheCompetentAgencysDeskWithNotes_AgenciesStoredReceiptDoneNoteSaved()
    {
        await using var context = NewContext();
        var service = Service(context);

        var received = await service.ReceiveAsync(
            BirthRegistration() with { Agency = "xa-coc-san", ReceivingAgency = "xa-coc-san", ReceivedBy = "cb.mot-cua" },
            (record, _) => context.Notes.Add(Note(record.Id, NoteKinds.Documents)));

        await using var db = NewContext();
        var row = await db.Dossiers.SingleAsync(d => d.Id == received.Id);
        row.Should().Match<DossierRecord>(d => d.Agency == "xa-coc-san" && d.ReceivingAgency == "xa-coc-san" && d.ReceivingUnit == Unit && d.ApologyDueAt != null);
        (await db.OpenSteps.Where(s => s.DossierId == received.Id).Select(s => s.StepId).ToListAsync()).Should().Equal("tham-dinh");
        (await db.Notes.CountAsync(n => n.DossierId == received.Id && n.Kind == NoteKinds.Documents)).Should().Be(1);
        (await Service().LoadStateAsync(received.Id)).Completed.Should().ContainSingle(c => c.Step.StepId == "tiep-nhan" && c.Officer == "cb.mot-cua");
    }

    [Fact]
    public async Task Execute_NoCommandRowChangedAlongside_VersionRaisedColumnAndNoteStored()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        var version = await VersionOf(received.Id);
        var newDueAt = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.FromHours(7));
        await using var context = NewContext();

        var events = await Service(context).ExecuteAsync(received.Id, (_, _) => [], (record, _, _) =>
        {
            record.ExtendedDueAt = newDueAt;
            context.Notes.Add(Note(record.Id, NoteKinds.ApologyIssued));
        });

        events.Should().BeEmpty();
        await using var db = NewContext();
        (await db.Dossiers.SingleAsync(d => d.Id == received.Id)).Should().Match<DossierRecord>(d => d.Version == version + 1 && d.ExtendedDueAt == newDueAt);
        (await db.Notes.CountAsync(n => n.DossierId == received.Id && n.Kind == NoteKinds.ApologyIssued)).Should().Be(1);
    }

    [Fact]
    public async Task Execute_IdempotencyKeyAddedAlongsideAlreadyStored_DbUpdateExceptionNothingStored()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        await using (var first = NewContext())
        {
            first.IdempotencyKeys.Add(Key("complete:cb.a:k1"));
            await first.SaveChangesAsync();
        }

        var version = await VersionOf(received.Id);
        await using var context = NewContext();

        var act = () => Service(context).ExecuteAsync(
            received.Id, (now, _) => [new CompleteStep(now, "tiep-nhan", "cb.a")], (_, _, _) => context.IdempotencyKeys.Add(Key("complete:cb.a:k1")));

        await act.Should().ThrowAsync<DbUpdateException>();
        (await VersionOf(received.Id)).Should().Be(version);
        (await Service(cache: new DossierStateCache()).LoadStateAsync(received.Id)).Completed.Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_ApologyClaimedAfterTheRowWasRead_ClaimAndNextLookKept()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        var claimedAt = time.GetUtcNow();
        var nextLook = claimedAt.AddHours(1);

        // The sweep's conditional updates run between the change's read and its write; they do not raise the version.
        await Service().ExecuteAsync(received.Id, (now, _) => [new ClaimStep(now, "tiep-nhan", "cb.a")], (_, _, _) =>
        {
            using var sweep = NewContext();
            sweep.Dossiers.Where(d => d.Id == received.Id && d.ApologyPreparedAt == null)
                .ExecuteUpdate(d => d.SetProperty(r => r.ApologyPreparedAt, claimedAt).SetProperty(r => r.ApologyDueAt, nextLook));
        });

        await using var db = NewContext();
        (await db.Dossiers.SingleAsync(d => d.Id == received.Id))
            .Should().Match<DossierRecord>(d => d.ApologyPreparedAt == claimedAt && d.ApologyDueAt == nextLook);
    }

    [Fact]
    public async Task Execute_SupplementRestartsTheCount_PreparedApologyAndNewAppointmentCleared()
    {
        var received = await Service().ReceiveAsync(BirthRegistration());
        await Service().ExecuteAsync(received.Id, at => new PauseWorkflow(at, PauseReason.AwaitingSupplement));
        await using (var sweep = NewContext())
        {
            await sweep.Dossiers.Where(d => d.Id == received.Id).ExecuteUpdateAsync(d => d
                .SetProperty(r => r.ApologyPreparedAt, time.GetUtcNow()).SetProperty(r => r.ExtendedDueAt, time.GetUtcNow().AddDays(3)));
        }

        var paused = await RowOf(received.Id);
        time.Advance(TimeSpan.FromDays(1));

        await Service().ExecuteAsync(received.Id, at => new ResumeWorkflow(at));

        var resumed = await RowOf(received.Id);
        paused.ApologyDueAt.Should().BeNull();
        resumed.Should().Match<DossierRecord>(d =>
            d.ClockStartsAt > paused.ClockStartsAt && d.ApologyPreparedAt == null && d.ExtendedDueAt == null && d.ApologyDueAt != null);
    }

    private DossierService Service(TthcDbContext context) => new(context, versions, Calendar, time, states: states);

    private async Task<int> VersionOf(Guid id) => (await RowOf(id)).Version;

    private async Task<DossierRecord> RowOf(Guid id)
    {
        await using var db = NewContext();
        return await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private DossierNoteRecord Note(Guid dossierId, string kind) =>
        new() { Id = Guid.NewGuid(), DossierId = dossierId, Kind = kind, At = time.GetUtcNow(), Officer = "cb.a", Payload = "{}" };

    private IdempotencyRecord Key(string key) =>
        new() { Key = key, RequestHash = new string('0', 64), StatusCode = 200, Response = "{}", CreatedAt = time.GetUtcNow() };
}
