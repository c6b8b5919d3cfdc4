namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// One lookup in the national population database (tra cứu CSDL quốc gia về dân cư), for audit: who looked up, for
/// which agency and procedure, when, whom (the ID number as a keyed hash and masked, never in plain), and what came
/// back. Written before the call and completed after it, so a lookup that fails is recorded too. Its id is the
/// request's MaYeuCau, and the receipt that used it names it.
/// </summary>
public sealed class PopulationLookupRecord
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The officer's user name.</summary>
    public required string Officer { get; set; }

    /// <summary>The officer's agency (agency catalogue id): supervisors see their agencies' lookups.</summary>
    public required string Agency { get; set; }

    /// <summary>The purpose: the procedure the applicant came for, when the desk gave it.</summary>
    public string? ProcedureCode { get; set; }

    /// <summary>Lowercase hex HMAC-SHA256 of the ID number under the deployment's audit key: the same number gives the same value, the value gives back no number.</summary>
    public required string IdNumberHash { get; set; }

    /// <summary>The ID number with all but its first three (the province of birth registration) and last two digits hidden.</summary>
    public required string IdNumberMasked { get; set; }

    /// <summary>See <see cref="PopulationLookupResults"/>.</summary>
    public required string Result { get; set; }

    /// <summary>The dossier received with this lookup's identity, once it is.</summary>
    public Guid? DossierId { get; set; }
}

/// <summary>The outcomes of a <see cref="PopulationLookupRecord"/>.</summary>
public static class PopulationLookupResults
{
    /// <summary>Written before the call; stays so only if the process stopped during it.</summary>
    public const string Pending = "pending";

    public const string Found = "found";

    public const string NotFound = "notFound";

    /// <summary>The partner answered with an error code.</summary>
    public const string Refused = "refused";

    /// <summary>The partner could not be reached, did not answer, or answered what could not be read.</summary>
    public const string Failed = "failed";
}
