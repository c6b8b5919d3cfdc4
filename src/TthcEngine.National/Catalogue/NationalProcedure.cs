namespace TthcEngine.National.Catalogue;

/// <summary>
/// A procedure of the national procedure database (CSDL quốc gia về thủ tục hành chính) in our terms, read from its
/// wire record by <see cref="CatalogueRecords"/>. The wire's text is kept beside what we read from it, so a draft can
/// quote what the record says.
/// </summary>
public sealed record NationalProcedure
{
    /// <summary>MATTHC, e.g. <c>1.004873</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>TRANGTHAI is 1: the procedure is published (công khai).</summary>
    public required bool Published { get; init; }

    /// <summary>TRANGTHAI as sent.</summary>
    public required string State { get; init; }

    /// <summary>IDQUYETDINHCONGBO: the decision that published it.</summary>
    public string? PublicationDecision { get; init; }

    /// <summary>The fields' names (lĩnh vực).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public IReadOnlyList<NationalLevel> Levels { get; init; } = [];

    /// <summary>The agencies' names (cơ quan thực hiện).</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    public IReadOnlyList<NationalMethod> Methods { get; init; } = [];

    public IReadOnlyList<NationalDocumentCase> DocumentCases { get; init; } = [];

    public IReadOnlyList<NationalLegalDocument> LegalBasis { get; init; } = [];

    /// <summary>The results' names (kết quả thực hiện).</summary>
    public IReadOnlyList<string> Results { get; init; } = [];
}
