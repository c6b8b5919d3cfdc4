using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>Builds what each user sees of a dossier from its row, its replayed workflow state and its notes.</summary>
internal static class DossierViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly IReadOnlyDictionary<int, string> StatusNames = new Dictionary<int, string>
    {
        [1] = "Mới đăng ký",
        [2] = "Được tiếp nhận",
        [3] = "Không được tiếp nhận",
        [4] = "Đang xử lý",
        [5] = "Yêu cầu bổ sung giấy tờ",
        [6] = "Yêu cầu thực hiện nghĩa vụ tài chính",
        [7] = "Công dân yêu cầu rút hồ sơ",
        [8] = "Dừng xử lý",
        [9] = "Đã xử lý xong",
        [10] = "Đã trả kết quả",
    };

    public static string NameOf(int status) => StatusNames.GetValueOrDefault(status, status.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<ActiveStepView> Active(WorkflowState state) =>
        [.. state.Active.OrderBy(a => a.ActivatedAt).ThenBy(a => a.Ref.StepId, StringComparer.Ordinal)
            .Select(a => new ActiveStepView(a.Ref.StepId, ProcedureNames.StepName(state.Definition, a.Ref.StepId, a.Unit), a.Unit, Camel(a.Role.ToString()), a.ActivatedAt, state.DueOf(a), a.ClaimedBy))];

    /// <summary>Every activation of a step, in order, with its verdict once done.</summary>
    public static IReadOnlyList<TimelineEntry> Timeline(WorkflowState state)
    {
        var entries = new List<TimelineEntry>();
        var open = new Dictionary<StepRef, int>();
        foreach (var e in state.History)
        {
            switch (e)
            {
                case StepActivated activated:
                    open[activated.Step] = entries.Count;
                    entries.Add(new TimelineEntry(
                        activated.Step.StepId, ProcedureNames.StepName(state.Definition, activated.Step.StepId, activated.Unit), activated.Unit, activated.At, activated.DueAt, null, null, null, null));
                    break;
                case ConsultationRequested asked:
                    open[asked.Consultation] = entries.Count;
                    entries.Add(new TimelineEntry(
                        asked.Consultation.StepId, ProcedureNames.StepName(state.Definition, asked.Consultation.StepId, asked.Unit), asked.Unit, asked.At, asked.DueAt, null, null, null, null));
                    break;
                case StepCancelled cancelled when open.TryGetValue(cancelled.Step, out var cancelledAt):
                    // Ended without being done (the dossier was refused or stopped meanwhile).
                    entries[cancelledAt] = entries[cancelledAt] with { Timeliness = "cancelled" };
                    open.Remove(cancelled.Step);
                    break;
                case StepCompleted done when open.TryGetValue(done.Step, out var index):
                    entries[index] = entries[index] with
                    {
                        DueAt = done.DueAt, CompletedAt = done.At, Timeliness = Camel(done.Timeliness.ToString()), Officer = done.Officer, Opinion = done.Opinion,
                    };
                    break;
            }
        }

        // A due instant moved by a pause: the live one for the steps still open.
        foreach (var active in state.Active)
        {
            if (open.TryGetValue(active.Ref, out var index))
            {
                entries[index] = entries[index] with { DueAt = state.DueOf(active) };
            }
        }

        return entries;
    }

    public static async Task<DossierView> OfficerViewAsync(TthcDbContext db, DossierRecord d, WorkflowState state, CancellationToken cancellationToken)
    {
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DossierId == d.Id).OrderBy(a => a.AttachedAt).ToListAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Where(n => n.DossierId == d.Id).OrderBy(n => n.At).ToListAsync(cancellationToken);
        return new DossierView(
            d.Id,
            d.Code,
            d.ProcedureCode,
            state.Definition.Name,
            d.ProcedureVersion,
            Camel(d.Lane),
            d.Agency,
            d.ReceivingAgency,
            d.Channel,
            new ApplicantInput(d.Applicant.Name, d.Applicant.IdNumber ?? "", d.Applicant.Phone, d.Applicant.Email, d.Applicant.Address),
            d.NationalStatus,
            NameOf(d.NationalStatus),
            d.ReceivedAt,
            d.DueAt,
            d.ExtendedDueAt,
            d.ResultReadyAt,
            d.FinishedAt,
            d.Outcome is null ? null : Camel(d.Outcome),
            d.Timeliness is null ? null : Camel(d.Timeliness),
            Active(state),
            Timeline(state),
            [.. attachments.Select(a => new AttachmentView(a.Id, a.DocumentId, a.FileName, a.ContentType, a.Size, a.Sha256, a.ReusedFrom))],
            [.. notes.Select(n => new NoteView(n.Kind, n.At, n.Officer, n.Payload))]);
    }

    /// <summary>The public's view: the procedure, the state and the step timeline by unit; no personal data, no officer.</summary>
    public static PublicDossier PublicView(DossierRecord d, WorkflowState state, bool rated, bool hasElectronicResult, DateTimeOffset? withdrawalRequestedAt = null) => new(
        d.Code,
        state.Definition.Name,
        d.NationalStatus,
        NameOf(d.NationalStatus),
        d.ReceivedAt,
        d.ExtendedDueAt ?? d.DueAt,
        d.FinishedAt,
        d.Outcome is null ? null : Camel(d.Outcome),
        [.. Timeline(state).Select(t => new PublicStep(t.Name, ProcedureNames.UnitName(state.Definition, t.Unit), t.ActivatedAt, t.DueAt, t.CompletedAt, t.Timeliness))],
        CanRate: d.NationalStatus == (int)NationalStatus.ResultReturned && !rated,
        hasElectronicResult,
        withdrawalRequestedAt,
        CanRequestWithdrawal: d.FinishedAt is null && state.ResultReady is null && withdrawalRequestedAt is null);

    public static string Payload(object value) => JsonSerializer.Serialize(value, Json);

    public static T? Read<T>(string payload) => JsonSerializer.Deserialize<T>(payload, Json);

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
