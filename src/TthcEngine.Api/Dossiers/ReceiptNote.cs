namespace TthcEngine.Api.Dossiers;

/// <summary>What the desk recorded at receipt beyond the workflow: the papers as presented, the sets, where the result goes.</summary>
internal sealed record ReceiptNote(IReadOnlyList<ReceiptNote.Paper> Papers, int Sets, string ReturnPlace, string ReceivingOfficer)
{
    public sealed record Paper(string DocumentId, string Name, string Kind, int Quantity, Guid? UploadId, Guid? ReusedFrom);
}
