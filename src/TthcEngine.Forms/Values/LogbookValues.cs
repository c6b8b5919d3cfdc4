namespace TthcEngine.Forms.Values;

/// <summary>The named values of the logbook (Form 07) and of its entries. docs/forms.md lists them.</summary>
internal static class LogbookValues
{
    public static readonly ValueScope<LogbookData> Scope = new(
    [
        new("parentAgency", ValueKind.Text, d => d.ParentAgency),
        new("issuingUnit", ValueKind.Text, d => d.IssuingUnit),
        new("year", ValueKind.Number, d => d.Year),
        new("volume", ValueKind.Number, d => d.Volume),
    ]);

    public static readonly ValueScope<LogbookEntry> EntryScope = new(
    [
        new("number", ValueKind.Number, e => e.Number),
        new("dossierCode", ValueKind.Text, e => e.DossierCode),
        new("procedureName", ValueKind.Text, e => e.ProcedureName),
        new("sets", ValueKind.Number, e => e.Sets),
        new("applicantName", ValueKind.Text, e => e.ApplicantName),
        new("applicantContact", ValueKind.Text, e => e.ApplicantContact),
        new("processingAgency", ValueKind.Text, e => e.ProcessingAgency),
        new("receivedAt", ValueKind.Time, e => e.ReceivedAt),
        new("dueAt", ValueKind.Time, e => e.DueAt),
        new("transferredAt", ValueKind.Time, e => e.TransferredAt),
        new("resultReceivedAt", ValueKind.Time, e => e.ResultReceivedAt),
        new("returnedAt", ValueKind.Time, e => e.ReturnedAt),
        new("note", ValueKind.Text, e => e.Note),
    ]);

    /// <summary>The logbook's one table. Its numbering runs through the year, so entries print in number order.</summary>
    public static readonly IReadOnlyList<TableSource<LogbookData>> Tables =
    [
        TableSource<LogbookData>.Create("entries", EntryScope, d => d.Entries.OrderBy(e => e.Number)),
    ];
}
