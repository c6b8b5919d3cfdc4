using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Payment;

/// <summary>
/// A dossier's online payments: creates them at the platform (INIT), takes the platform's word that one was paid (a
/// verified callback, or a status query when the callback was lost) and applies it once, in one transaction with the
/// dossier: the payment paid, the fee recorded (a <see cref="NoteKinds.Fee"/> note, method <c>online</c>, the receipt
/// number MaGiaoDich), and the dossier resumed when it waits for the financial obligation.
/// </summary>
public sealed partial class OnlinePayments(
    TthcDbContext db,
    DossierService dossiers,
    ProcedureVersions procedures,
    AgencyCatalog agencies,
    PaymentClient client,
    PaymentOptions options,
    ApplicantNotices notices,
    TimeProvider time,
    ILogger<OnlinePayments> logger)
{
    private const int Attempts = 8;

    private static readonly JsonSerializerOptions NoteJson = new(JsonSerializerDefaults.Web);

    public PaymentOptions Options => options;

    /// <summary>
    /// The dossier's payment still waiting to be paid, or a new one created at the platform for <paramref name="amount"/>
    /// (the procedure's fee when null). A platform that fails leaves the payment <see cref="PaymentState.Failed"/>
    /// and throws <see cref="PaymentUnavailableException"/>: no payment page, no fee.
    /// </summary>
    /// <returns>The payment, and whether it is new.</returns>
    public async Task<(PaymentRecord Payment, bool Created)> StartAsync(Guid dossierId, long? amount, string? officer, string payerIp, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new DossierNotFoundException(dossierId);
        if (dossier.FinishedAt is not null)
        {
            throw new PaymentRuleException("payment.dossier-finished", "Hồ sơ đã kết thúc; không thu phí trực tuyến.", "The dossier is finished; no online payment.");
        }

        var waiting = await db.Payments.AsNoTracking()
            .Where(p => p.DossierId == dossierId && p.State == PaymentState.Pending)
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (waiting is not null && (amount is null || amount == waiting.Amount))
        {
            return (waiting, false);
        }

        var definition = await procedures.PinnedAsync(db, dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken);
        var due = amount ?? definition.Fee?.Amount ?? 0;
        if (due <= 0)
        {
            throw new PaymentRuleException("payment.no-amount", "Thủ tục không có phí, lệ phí cố định; cần nhập số tiền phải nộp.",
                "The procedure has no fixed fee; give the amount to pay.");
        }

        var now = time.GetUtcNow();
        var description = $"Thanh toan ho so {dossier.Code}";
        var payment = new PaymentRecord
        {
            Id = Guid.CreateVersion7(now),
            DossierId = dossierId,
            Reference = Reference(dossier.Code, now),
            Amount = due,
            Description = description,
            FeeItems = JsonSerializer.Serialize(new[] { new { code = definition.Code, name = description, amount = due } }, NoteJson),
            State = PaymentState.Created,
            CreatedAt = now,
            CreatedBy = officer,
        };
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same reference (same dossier, same second) was just stored by a twin request.
            db.ChangeTracker.Clear();
            throw new ConcurrentChangeException(dossier.Code);
        }

        var order = new PaymentOrder(
            payment.Reference,
            due,
            description,
            now,
            payerIp,
            dossier.Code,
            definition.Code,
            definition.Name,
            dossier.ReceivingUnit,
            agencies.Find(dossier.Agency)?.Name ?? dossier.Agency,
            dossier.Applicant.Name,
            dossier.Applicant.IdNumber ?? "",
            dossier.Applicant.Address ?? "");
        try
        {
            payment.PaymentUrl = (await client.InitAsync(order, cancellationToken)).AbsoluteUri;
            payment.State = PaymentState.Pending;
        }
        catch (PaymentUnavailableException e)
        {
            // A genuine callback may still come for it (an INIT whose answer was lost): it is matched and applied.
            payment.State = PaymentState.Failed;
            payment.Failure = e.Message;
            logger.LogWarning("Payment {Reference} of dossier {Code} could not be created: {Reason}", payment.Reference, dossier.Code, e.Message);
            payment.Version++;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        payment.Version++;
        await db.SaveChangesAsync(CancellationToken.None);
        return (payment, true);
    }

    /// <summary>The platform's receipt of a paid payment (GET_BILL), fetched once and stored.</summary>
    public async Task<byte[]> ReceiptAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
        if (payment.Receipt is { } stored)
        {
            return stored;
        }

        if (payment.State != PaymentState.Paid)
        {
            throw new PaymentRuleException("payment.not-paid", "Khoản thanh toán chưa được thanh toán; chưa có biên lai.", "The payment is not paid; there is no receipt yet.");
        }

        payment.Receipt = await client.GetBillAsync(payment.Reference, time.GetUtcNow(), cancellationToken);
        payment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request stored it (or the payment changed) meanwhile: this copy is as good.
            db.ChangeTracker.Clear();
        }

        return payment.Receipt;
    }

    /// <summary>MaThamChieu: "dvc" + the dossier code + the instant (Vietnam time, to the second), non-word characters stripped (§3).</summary>
    internal static string Reference(string dossierCode, DateTimeOffset at) => NonWord().Replace("dvc" + dossierCode + Portal.PortalDates.Write(at), "");

    [GeneratedRegex(@"\W")]
    private static partial Regex NonWord();
}
