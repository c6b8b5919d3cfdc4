using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;

namespace TthcEngine.Api.Pages.Desk;

/// <summary>The desk's receive form as posted: the applicant, the channel and lane, and one line per required document.</summary>
internal sealed class ReceiveForm
{
    public string Name { get; set; } = "";

    public string IdNumber { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string Channel { get; set; } = "inPerson";

    public string Lane { get; set; } = "standard";

    public string? Agency { get; set; }

    public int Sets { get; set; } = 1;

    public string? ReturnPlace { get; set; }

    public List<PaperInput> Papers { get; set; } = [];

    /// <summary>The population lookup that found the applicant (the "Tra cứu CSDL dân cư" button), named by the receipt.</summary>
    public Guid? PopulationLookupId { get; set; }

    /// <summary>
    /// Made when the form is first shown and posted back with it: the receipt's idempotency key, so that a double click
    /// or a resent form answers with the dossier already received instead of receiving it twice.
    /// </summary>
    public string SubmissionKey { get; set; } = "";

    /// <summary>A fresh checklist: every document that is not conditional ticked, in the form and number the procedure asks.</summary>
    public static ReceiveForm For(ProcedureDefinition procedure) => new()
    {
        SubmissionKey = Guid.NewGuid().ToString("N"),
        Papers = [.. procedure.Documents.Select(d => new PaperInput
        {
            DocumentId = d.Id,
            Present = !d.Conditional,
            Kind = d.Originals > 0 ? "original" : "copy",
            Quantity = Math.Max(1, d.Originals > 0 ? d.Originals : d.Copies),
        })],
    };

    public ReceiveRequest ToRequest(string procedureCode) => new(
        procedureCode,
        new ApplicantInput(Name, IdNumber.Trim(), Blank(Phone), Blank(Email), Blank(Address)),
        [.. Papers.Where(p => p.Present).Select(p => new DocumentInput(p.DocumentId, p.Kind, p.Quantity, p.UploadId, p.UploadId is null ? p.ReusedFrom : null))],
        Channel,
        Lane,
        Blank(Agency),
        Sets,
        Blank(ReturnPlace),
        PopulationLookupId);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>One document of the checklist: presented or not, its kind and number, and an upload or a reused paper.</summary>
    internal sealed class PaperInput
    {
        public string DocumentId { get; set; } = "";

        public bool Present { get; set; }

        public string Kind { get; set; } = "original";

        public int Quantity { get; set; } = 1;

        public Guid? UploadId { get; set; }

        public string? UploadName { get; set; }

        public Guid? ReusedFrom { get; set; }
    }
}
