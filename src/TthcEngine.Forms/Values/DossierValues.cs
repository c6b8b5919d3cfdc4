namespace TthcEngine.Forms.Values;

/// <summary>The named values of a dossier (forms 01 to 06), as templates bind to them. docs/forms.md lists them.</summary>
internal static class DossierValues
{
    public static readonly ValueScope<DossierFormData> Scope = new(
    [
        new("parentAgency", ValueKind.Text, d => d.ParentAgency),
        new("issuingUnit", ValueKind.Text, d => d.IssuingUnit),
        new("place", ValueKind.Text, d => d.Place),
        new("issuedAt", ValueKind.Time, d => d.IssuedAt),
        new("dossierCode", ValueKind.Text, d => d.DossierCode),
        new("lookupUrl", ValueKind.Text, d => d.LookupUrl),
        new("applicantName", ValueKind.Text, d => d.Applicant.Name),
        new("applicantIdNumber", ValueKind.Text, d => d.Applicant.IdNumber),
        new("applicantAddress", ValueKind.Text, d => d.Applicant.Address),
        new("applicantPhone", ValueKind.Text, d => d.Applicant.Phone),
        new("applicantEmail", ValueKind.Text, d => d.Applicant.Email),
        new("procedureCode", ValueKind.Text, d => d.ProcedureCode),
        new("procedureName", ValueKind.Text, d => d.ProcedureName),
        new("sets", ValueKind.Number, d => d.Sets),
        new("statutoryLimit", ValueKind.Text, d => d.StatutoryLimit),
        new("receivedAt", ValueKind.Time, d => d.ReceivedAt),
        new("dueAt", ValueKind.Time, d => d.DueAt),
        new("returnPlace", ValueKind.Text, d => d.ReturnPlace),
        new("fee", ValueKind.Money, d => d.Fee),
        new("receivingOfficer", ValueKind.Text, d => d.ReceivingOfficer),
        new("logbookVolume", ValueKind.Number, d => d.LogbookVolume),
        new("logbookNumber", ValueKind.Number, d => d.LogbookNumber),
        new("reason", ValueKind.Text, d => d.Reason),
        new("contactOfficer", ValueKind.Text, d => d.ContactOfficer),
        new("contactPhone", ValueKind.Text, d => d.ContactPhone),
        new("originalDueAt", ValueKind.Time, d => d.OriginalDueAt),
        new("newDueAt", ValueKind.Time, d => d.NewDueAt),
        new("unitAtFault", ValueKind.Text, d => d.UnitAtFault),
        new("signerTitle", ValueKind.Text, d => d.SignerTitle),
        new("signerName", ValueKind.Text, d => d.SignerName),
        new("stageReached", ValueKind.Text, d => d.StageReached),
        new("feeHandling", ValueKind.Text, d => d.FeeHandling),
        new("processingAgency", ValueKind.Text, d => d.ProcessingAgency),
        new("coordinatingAgencies", ValueKind.List, d => d.CoordinatingAgencies),
    ]);

    /// <summary>The tables a dossier form may print.</summary>
    public static readonly IReadOnlyList<TableSource<DossierFormData>> Tables =
    [
        TableSource<DossierFormData>.Create("documents", DocumentRow.Scope, d => DocumentRow.Number(d.Documents)),
        TableSource<DossierFormData>.Create("supplementItems", DocumentRow.Scope, d => DocumentRow.Number(d.SupplementItems)),
        TableSource<DossierFormData>.Create("handoffs", HandoffRow.Scope, d => HandoffRow.Split(d.Handoffs), r => r.CssClass),
    ];
}
