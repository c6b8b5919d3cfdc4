using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.FakeNational;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Persistence;
using Fault = TthcEngine.FakeNational.Fault;

namespace TthcEngine.National.Tests;

/// <summary>The portal sync against the fake national host, one failure at a time.</summary>
public sealed class PortalSyncTests : IAsyncLifetime
{
    private FakeNationalServer fake = null!;
    private PortalHarness engine = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeNationalServer.StartAsync();
        engine = await PortalHarness.StartAsync(fake.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Sync_OfADossierThroughItsLife_SendsEachStatusAndHistoryRecordOnceInOrder()
    {
        var dossier = await ReceiveAndFinishAsync();

        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        var held = (await fake.DossierAsync(dossier.Code))!;
        var expected = await engine.ExpectedAsync(dossier.Id);
        Statuses(held).Should().Equal(expected.Statuses).And.Equal("2", "4", "9", "10");
        History(held).Should().Equal(expected.History);
        held["history"]!.AsArray().Select(h => h!["NoiDungXuLy"]!.GetValue<string>()).Should()
            .Equal("Tiếp nhận hồ sơ", "Tiếp nhận, kiểm tra hồ sơ, cấp mã hồ sơ", "Kiểm tra thông tin khai sinh, ghi Sổ hộ tịch, dự thảo Giấy khai sinh",
                "Ký Giấy khai sinh", "Trả kết quả, cập nhật Cơ sở dữ liệu hộ tịch điện tử", "Đã xử lý xong", "Trả kết quả");
    }

    [Fact]
    public async Task Sync_InsertAnsweredAlreadyExists_SwitchesToUpdate()
    {
        await fake.FaultsAsync(new FaultSettings { AlreadyExistsRate = 1 });

        var dossier = await engine.ReceiveAsync();
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        var held = (await fake.DossierAsync(dossier.Code))!;
        held["seeded"]!.GetValue<bool>().Should().BeTrue();
        Statuses(held).Should().Equal("2");
        var state = await engine.QueryAsync(db => db.Set<NationalPortalSyncDossierRecord>().AsNoTracking().SingleAsync(d => d.DossierId == dossier.Id));
        state.Inserted.Should().BeTrue();
        state.AcknowledgedStatus.Should().Be(2);
    }

    [Theory]
    [InlineData(Fault.TimeoutAfterWork)]
    [InlineData(Fault.ErrorAfterWork)]
    public async Task Sync_InsertDoneButItsAnswerLost_LooksUpAndSendsItOnce(Fault fault)
    {
        await fake.ScriptAsync(fault);

        var dossier = await engine.ReceiveAsync();
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        var held = (await fake.DossierAsync(dossier.Code))!;
        Statuses(held).Should().Equal("2");
        History(held).Should().Equal((await engine.ExpectedAsync(dossier.Id)).History);
        (await fake.StatsAsync())["faults"]![fault.ToString()]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Sync_HistoryDoneButItsAnswerLost_CountsWhatArrivedAndSendsNothingTwice()
    {
        var dossier = await engine.ReceiveAsync();
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        await fake.ScriptAsync(Fault.ErrorAfterWork);

        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "tiep-nhan", "cb.desk"));
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        var held = (await fake.DossierAsync(dossier.Code))!;
        Statuses(held).Should().Equal("2", "4");
        History(held).Should().Equal((await engine.ExpectedAsync(dossier.Id)).History);
    }

    [Fact]
    public async Task Sync_SupplementAskedThenReceived_TheRecordsListTheRequest_OpenThenAnswered()
    {
        var dossier = await engine.ReceiveAsync();
        await engine.RunAsync(dossier.Id, at => new CompleteStep(at, "tiep-nhan", "cb.desk"));
        await engine.AskSupplementAsync(dossier.Id);

        await engine.RunAsync(dossier.Id, at => new ResumeWorkflow(at));
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        var held = (await fake.DossierAsync(dossier.Code))!;
        Statuses(held).Should().Equal("2", "4", "5", "4");
        var lists = held["received"]!.AsArray().Select(r => r!["DanhSachHoSoBoSung"]!.AsArray()).ToList();
        lists[..2].Should().OnlyContain(l => l.Count == 0);
        var asked = lists[2].Should().ContainSingle().Subject!;
        var answered = lists[3].Should().ContainSingle().Subject!;
        asked["NoiDungBoSung"]!.GetValue<string>().Should().Be("Bản chụp mờ. Giấy tờ cần bổ sung: Giấy chứng sinh (1 bản chính).");
        asked["NguoiYeuCauBoSung"]!.GetValue<string>().Should().Be("Lò Văn Tú");
        asked["NgayTiepNhanBoSung"]!.GetValue<string>().Should().BeEmpty();
        asked["NgayHenTraMoi"]!.GetValue<string>().Should().BeEmpty();
        asked["NgayHenTraTruoc"]!.GetValue<string>().Should().Be(held["received"]![1]!["NgayHenTra"]!.GetValue<string>());
        answered["HoSoBoSungId"]!.GetValue<string>().Should().Be(asked["HoSoBoSungId"]!.GetValue<string>()).And.NotBeEmpty();
        answered["NgayTiepNhanBoSung"]!.GetValue<string>().Should().NotBeEmpty();
        answered["NgayHenTraMoi"]!.GetValue<string>().Should().Be(held["received"]![3]!["NgayHenTra"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_ServiceUnavailableOnce_IsRetriedInsideTheCall()
    {
        await fake.ScriptAsync(Fault.Unavailable);

        var dossier = await engine.ReceiveAsync();
        (await engine.SyncedAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();

        Statuses((await fake.DossierAsync(dossier.Code))!).Should().Equal("2");
        var state = await engine.QueryAsync(db => db.Set<NationalPortalSyncDossierRecord>().AsNoTracking().SingleAsync(d => d.DossierId == dossier.Id));
        state.Attempts.Should().Be(0);
        state.InDoubt.Should().BeFalse();
    }

    private async Task<Infrastructure.Dossiers.ReceivedDossier> ReceiveAndFinishAsync()
    {
        var dossier = await engine.ReceiveAsync();
        foreach (var step in new[] { "tiep-nhan", "tham-dinh", "ky-duyet", "tra-ket-qua" })
        {
            await engine.RunAsync(dossier.Id, at => new CompleteStep(at, step, "cb." + step));
        }

        await engine.RunAsync(dossier.Id, at => new FinishWorkflow(at, Outcome.Granted, "cb.desk"));
        return dossier;
    }

    internal static List<string> Statuses(JsonObject held) =>
        [.. held["received"]!.AsArray().Select(r => r!["TrangThaiHoSo"]!.GetValue<string>())];

    internal static List<string> History(JsonObject held) =>
        [.. held["history"]!.AsArray().Select(h => $"{h!["ThoiDiemXuLy"]!.GetValue<string>()} {h["TrangThai"]!.GetValue<string>()}")];

    [Fact]
    public async Task BatchWithAMessageThatHasNoOutboxRow_TheOthersQueuedOnce()
    {
        var dossierId = Guid.CreateVersion7();
        var now = TimeProvider.System.GetUtcNow();
        TthcEngine.Contracts.StepCompleted Completed(string officer) => new()
        {
            DossierId = dossierId, OccurredAt = now, DossierCode = "000.21.40.H40-260309-0099", NationalStatus = 4, StepId = "tham-dinh", Activation = 1,
            Unit = "tu-phap", Officer = officer, DueAt = now.AddHours(1), Timeliness = "OnTime", WorkingMinutesUsed = 5,
        };

        // Two of the messages are in the outbox (as published, so the dispatcher leaves them); the middle one is not:
        // its place in the dossier's order is unknown, and the batch's transaction fails.
        var first = OutboxMessages.Create(Completed("cb.first"), dossierId, 7, now);
        var third = OutboxMessages.Create(Completed("cb.third"), dossierId, 9, now);
        await engine.QueryAsync(async db =>
        {
            foreach (var row in new[] { first, third })
            {
                row.DispatchedAt = now;
                db.Outbox.Add(row);
            }

            return await db.SaveChangesAsync();
        });
        var orphan = Guid.CreateVersion7();
        var bus = engine.Services.GetRequiredService<IBus>();
        var ids = new Dictionary<string, Guid> { ["cb.first"] = first.Id, ["cb.orphan"] = orphan, ["cb.third"] = third.Id };
        await bus.PublishBatch([Completed("cb.first"), Completed("cb.orphan"), Completed("cb.third")], c => c.MessageId = ids[c.Message.Officer]);

        var items = await ItemsWhenAsync(dossierId, 2);
        await Task.Delay(500);
        items = await ItemsWhenAsync(dossierId, 2);

        items.Select(i => (i.Sequence, i.Officer)).Should().BeEquivalentTo([(7, "cb.first"), (9, "cb.third")]);
        var inbox = await engine.QueryAsync(db => db.Inbox.AsNoTracking().Where(i => i.Consumer == PortalSyncConsumer.InboxName).Select(i => i.MessageId).ToListAsync());
        inbox.Should().Contain([first.Id, third.Id]).And.NotContain(orphan);
        (await engine.QueryAsync(db => db.Set<NationalPortalSyncDossierRecord>().CountAsync(d => d.DossierId == dossierId))).Should().Be(1);
    }

    private async Task<List<NationalPortalSyncItemRecord>> ItemsWhenAsync(Guid dossierId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var items = await engine.QueryAsync(db => db.Set<NationalPortalSyncItemRecord>().AsNoTracking().Where(i => i.DossierId == dossierId).ToListAsync());
            if (items.Count >= count)
            {
                return items;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
