using System.Text;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary>Dossiers as the <c>tthc dossier</c> commands print them: one <c>key: value</c> per line, steps indented.</summary>
internal static class DossierText
{
    public static string Officer(DossierView d)
    {
        var text = new StringBuilder();
        text.AppendLine($"code: {d.Code}");
        text.AppendLine($"procedure: {d.ProcedureCode} {d.ProcedureName}");
        text.AppendLine($"state: {d.NationalStatus} {d.NationalStatusName}");
        text.AppendLine($"received: {Instant(d.ReceivedAt)}");
        text.AppendLine($"due: {Instant(d.DueAt)}");
        if (d.ExtendedDueAt is { } extended)
        {
            text.AppendLine($"new appointment: {Instant(extended)}");
        }

        if (d.Outcome is not null)
        {
            text.AppendLine($"outcome: {d.Outcome} ({d.Timeliness})");
        }

        text.AppendLine("active steps:");
        foreach (var s in d.ActiveSteps)
        {
            text.AppendLine($"  {s.StepId}\t{s.Name}\t{s.Unit}\t{s.Role}\tdue {Instant(s.DueAt)}{(s.ClaimedBy is null ? "" : $"\tclaimed by {s.ClaimedBy}")}");
        }

        text.AppendLine("timeline:");
        foreach (var t in d.Timeline)
        {
            text.AppendLine($"  {t.StepId}\t{t.Name}\t{t.Unit}\t{Instant(t.ActivatedAt)} -> {Instant(t.CompletedAt)}\t{t.Timeliness ?? "open"}{(t.Officer is null ? "" : $"\t{t.Officer}")}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Public(PublicDossier d)
    {
        var text = new StringBuilder();
        text.AppendLine($"code: {d.Code}");
        text.AppendLine($"procedure: {d.ProcedureName}");
        text.AppendLine($"state: {d.NationalStatus} {d.NationalStatusName}");
        text.AppendLine($"received: {Instant(d.ReceivedAt)}");
        text.AppendLine($"appointment: {Instant(d.AppointmentAt)}");
        if (d.Outcome is not null)
        {
            text.AppendLine($"outcome: {d.Outcome}");
        }

        text.AppendLine("timeline:");
        foreach (var s in d.Steps)
        {
            text.AppendLine($"  {s.Name}\t{s.Unit}\t{Instant(s.ActivatedAt)} -> {Instant(s.CompletedAt)}\t{s.Timeliness ?? "open"}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Command(CommandResponse r)
    {
        var text = new StringBuilder();
        text.AppendLine($"code: {r.Code}");
        text.AppendLine($"state: {r.NationalStatus}");
        text.AppendLine("active steps:");
        foreach (var s in r.ActiveSteps)
        {
            text.AppendLine($"  {s.StepId}\t{s.Name}\t{s.Unit}\t{s.Role}\tdue {Instant(s.DueAt)}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Instant(DateTimeOffset? at) => at is { } value ? IsoText.FormatInstant(value) : "-";
}
