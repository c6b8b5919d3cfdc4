using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// Ánh xạ trạng thái: the national portal status (<see cref="NationalStatus"/>) of a dossier, from its workflow state
/// (convention 9). The table, with the reasons, is in docs/national-status.md.
/// </summary>
/// <remarks>
/// <see cref="NationalStatus.RefusedAtReceipt"/> (3) never comes from here: a refusal at receipt happens before a
/// workflow starts.
/// </remarks>
public static class NationalStatusMapping
{
    /// <summary>The national status of a dossier whose workflow is <paramref name="state"/>.</summary>
    /// <param name="resultReturned">Whether the result was handed to the applicant (Đã trả kết quả).</param>
    /// <remarks>
    /// In order of precedence:
    /// <list type="number">
    /// <item>not started (not yet accepted) → 1 Mới đăng ký;</item>
    /// <item>finished withdrawn → 7 Công dân yêu cầu rút hồ sơ: the desk records the applicant's request and the
    /// processing ends there (Decision 766 ends it at a withdrawal after acceptance);</item>
    /// <item>finished refused → 8 Dừng xử lý: the workflow only starts on acceptance, so its refusal is a refusal after
    /// appraisal (Decree 61/2018 Art. 19(8)), which Decision 766 ends with "Dừng xử lý/Từ chối"; 3 stays for refusal at
    /// receipt; handing the refusal notice over does not make it 10;</item>
    /// <item>result ready (finished granted, or the flow complete) → 10 Đã trả kết quả once returned, else 9 Đã xử lý xong;
    /// a wait for fees opened after the result is ready stays 9, because 766 takes the first 9 as the end of processing
    /// and the portal status should not go back;</item>
    /// <item>waiting for the applicant → 5 (supplement) or 6 (financial obligation);</item>
    /// <item>no step completed yet (the first step, reception at the one-stop desk, still holds it) → 2 Được tiếp nhận;</item>
    /// <item>otherwise → 4 Đang xử lý.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="DomainRuleException"><c>national-status.no-result</c>: returned but there is no result to return.</exception>
    public static NationalStatus Of(WorkflowState state, bool resultReturned)
    {
        var refused = state.Finished?.Outcome == Outcome.Refused;
        if (resultReturned && state.ResultReady is null && !refused)
        {
            throw new DomainRuleException(
                "national-status.no-result", "The dossier's result is not ready, so it cannot have been returned to the applicant.");
        }

        if (!state.Started)
        {
            return NationalStatus.NewlyRegistered;
        }

        if (state.Finished?.Outcome == Outcome.Withdrawn)
        {
            return NationalStatus.WithdrawalRequested;
        }

        if (refused)
        {
            return NationalStatus.Stopped;
        }

        if (state.ResultReady is not null)
        {
            return resultReturned ? NationalStatus.ResultReturned : NationalStatus.ResultReady;
        }

        if (state.OpenPause is { } pause)
        {
            return pause.Reason switch
            {
                PauseReason.AwaitingSupplement => NationalStatus.SupplementRequested,
                PauseReason.AwaitingFinancialObligation => NationalStatus.FinancialObligationRequested,
                _ => throw new DomainRuleException("national-status.pause-reason", $"No national status for a wait of reason {pause.Reason}."),
            };
        }

        return state.Completed.Count == 0 ? NationalStatus.Received : NationalStatus.Processing;
    }
}
