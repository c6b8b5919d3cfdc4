using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.National.Payment;

/// <summary>The platform's word that a payment was paid or failed: its callback, or its answer to a status query.</summary>
public sealed partial class OnlinePayments
{
    /// <summary>
    /// The platform's callback, checked in this order: MaXacThuc, MaDoiTac, MaThamChieu known, SoTien and MaTienTe as
    /// created. A failed check changes nothing and is logged as a warning (no secret, no hash); a genuine success is
    /// applied once; a genuine failure marks a pending payment failed. A replay is answered as the first call was.
    /// </summary>
    public async Task<PaymentCallbackAnswer> ReceiveCallbackAsync(Wire.PaymentCallback callback, CancellationToken cancellationToken)
    {
        if (!PaymentAuthCode.Matches(PaymentAuthCode.ForCallback(callback, options.Secret), callback.AuthCode))
        {
            return Rejected(PaymentCallbackAnswer.BadAuthCode, callback, "its MaXacThuc does not match");
        }

        if (callback.PartnerCode != options.PartnerCode)
        {
            return Rejected(PaymentCallbackAnswer.WrongPartner, callback, "it names another partner");
        }

        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Reference == callback.Reference, cancellationToken);
        if (payment is null)
        {
            return Rejected(PaymentCallbackAnswer.UnknownReference, callback, "no payment has this reference");
        }

        if (callback.Amount != payment.Amount.ToString(CultureInfo.InvariantCulture) || callback.Currency != "VND")
        {
            return Rejected(PaymentCallbackAnswer.AmountMismatch, callback, $"its amount {callback.Amount} {callback.Currency} is not the {payment.Amount} VND created");
        }

        await db.Payments.Where(p => p.Id == payment.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(r => r.CallbacksReceived, r => r.CallbacksReceived + 1), cancellationToken);
        if (callback.ErrorCode == "00")
        {
            var paid = await PayAsync(payment.Id, callback.TransactionId ?? "", callback.Bank, cancellationToken);
            logger.LogInformation("Payment {Reference}: callback {Outcome}.", payment.Reference, paid ? "applied" : "replayed, nothing changed");
        }
        else
        {
            await FailAsync(payment.Id, $"The platform reported MaLoi {callback.ErrorCode}.", cancellationToken);
        }

        return PaymentCallbackAnswer.Accepted;
    }

    /// <summary>Asks the platform about one payment (QUERY) and applies its answer as a callback would be.</summary>
    public async Task<PaymentRecord> CheckAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, cancellationToken);
        if (payment.State is PaymentState.Paid)
        {
            return payment;
        }

        var now = time.GetUtcNow();
        var status = await client.QueryAsync(payment.Reference, now, cancellationToken);
        await db.Payments.Where(p => p.Id == paymentId).ExecuteUpdateAsync(p => p.SetProperty(r => r.LastQueriedAt, now), cancellationToken);
        switch (status.State)
        {
            case PlatformPaymentState.Paid when status.Amount is { } paid && paid != payment.Amount:
                logger.LogWarning("Payment {Reference}: the platform reports {Paid} VND paid, not the {Amount} VND created; not applied.", payment.Reference, paid, payment.Amount);
                break;
            case PlatformPaymentState.Paid:
                await PayAsync(paymentId, status.TransactionId ?? "", status.Bank, cancellationToken);
                break;
            case PlatformPaymentState.Failed:
                await FailAsync(paymentId, "The platform reports the payment failed (TrangThaiGD 4).", cancellationToken);
                break;
        }

        return await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, cancellationToken);
    }

    /// <summary>
    /// One round of the reconciler: payments pending longer than <see cref="PaymentOptions.QueryAfter"/>, younger than
    /// <see cref="PaymentOptions.QueryUntil"/>, not asked about for <see cref="PaymentOptions.QueryInterval"/>.
    /// </summary>
    /// <returns>How many were asked about.</returns>
    public async Task<int> ReconcileAsync(int batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var createdBefore = now - options.QueryAfter;
        var createdAfter = now - options.QueryUntil;
        var askedBefore = now - options.QueryInterval;
        var due = await db.Payments.AsNoTracking()
            .Where(p => p.State == PaymentState.Pending && p.CreatedAt <= createdBefore && p.CreatedAt >= createdAfter)
            .Where(p => p.LastQueriedAt == null || p.LastQueriedAt <= askedBefore)
            .OrderBy(p => p.CreatedAt)
            .Select(p => p.Id)
            .Take(batch)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            try
            {
                await CheckAsync(id, cancellationToken);
            }
            catch (PaymentUnavailableException e)
            {
                logger.LogWarning("Payment status query failed: {Reason}", e.Message);
                break;
            }
        }

        return due.Count;
    }

    /// <summary>
    /// Marks the payment paid, records the fee, tells the applicant (notice <c>paymentConfirmed</c>) and resumes a dossier
    /// waiting for its financial obligation, in the dossier's own change (events, outbox, history); false when it was
    /// already paid. Two callers at once: the payment's and the dossier's version tokens let one through, the other finds
    /// it paid.
    /// </summary>
    private async Task<bool> PayAsync(Guid paymentId, string transactionId, string? bank, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
            if (payment.State == PaymentState.Paid)
            {
                return false;
            }

            try
            {
                await dossiers.ExecuteAsync(
                    payment.DossierId,
                    (now, state) => state.OpenPause is { Reason: PauseReason.AwaitingFinancialObligation } ? [new ResumeWorkflow(now)] : [],
                    (dossier, state, _) =>
                    {
                        var now = state.LastEventAt > time.GetUtcNow() ? state.LastEventAt : time.GetUtcNow();
                        payment.State = PaymentState.Paid;
                        payment.TransactionId = transactionId;
                        payment.Bank = bank;
                        payment.PaidAt = now;
                        payment.Failure = null;
                        payment.Version++;
                        db.Notes.Add(new DossierNoteRecord
                        {
                            Id = Guid.CreateVersion7(now),
                            DossierId = payment.DossierId,
                            Kind = NoteKinds.Fee,
                            At = now,
                            Officer = null,
                            Payload = JsonSerializer.Serialize(
                                new { payment.Amount, Method = "online", ReceiptNumber = transactionId, payment.Reference, payment.Bank }, NoteJson),
                        });
                        notices.Queue(db, NoticeRecipient.Of(dossier), NoticeKinds.PaymentConfirmed, NoticeTexts.PaymentConfirmed(
                            dossier.Code, notices.DeskName(dossier.ReceivingUnit), payment.Amount, transactionId, now, notices.Options.LookupUrl), now, now);
                    },
                    cancellationToken);
                return true;
            }
            catch (Exception e) when (attempt < Attempts && e is ConcurrentChangeException or DbUpdateConcurrencyException)
            {
                // Another callback for it, or another change of the dossier, came first: look again.
            }
        }
    }

    private async Task FailAsync(Guid paymentId, string reason, CancellationToken cancellationToken) =>
        await db.Payments.Where(p => p.Id == paymentId && (p.State == PaymentState.Pending || p.State == PaymentState.Created))
            .ExecuteUpdateAsync(p => p.SetProperty(r => r.State, PaymentState.Failed).SetProperty(r => r.Failure, reason).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);

    private PaymentCallbackAnswer Rejected(PaymentCallbackAnswer answer, Wire.PaymentCallback callback, string why)
    {
        logger.LogWarning(
            "Payment callback rejected ({Code}): {Why}. MaThamChieu {Reference}, MaDoiTac {Partner}, SoTien {Amount}, MaGiaoDich {Transaction}.",
            answer.Code, why, callback.Reference, callback.PartnerCode, callback.Amount, callback.TransactionId);
        return answer;
    }
}
