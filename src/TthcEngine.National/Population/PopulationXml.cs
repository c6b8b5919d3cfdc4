using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace TthcEngine.National.Population;

/// <summary>
/// Reads the SOAP XML the gateway puts in its answer's <c>message</c>: <c>Envelope/Body/CongdanCollection/CongDan*</c>
/// (shared/national-api.md §4). Elements are matched by local name, so any namespace (or none) is accepted. A DTD is
/// refused outright and no external resource is ever resolved (no entity expansion, no XXE); the text is capped.
/// </summary>
public static class PopulationXml
{
    /// <summary>Far above one collection of citizens; a bigger answer is refused rather than read.</summary>
    private const long MaxCharacters = 1_000_000;

    private static readonly string[] DateFormats = ["yyyyMMdd", "dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy"];

    /// <summary>The citizens of the collection; empty when the database found none.</summary>
    /// <exception cref="PopulationLookupException">(<see cref="PopulationFailure.Unreadable"/>) not well-formed XML, a DTD, or not the contract's shape.</exception>
    public static IReadOnlyList<CitizenIdentity> Read(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            // XmlException's message quotes no content beyond the position; still, say only what kind of failure it was.
            var dtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            throw new PopulationLookupException(
                PopulationFailure.Unreadable,
                dtd ? "The population database's answer declares a DTD, which is refused." : "The population database's answer is not well-formed XML.",
                e);
        }

        var collection = Child(Child(document.Root is { Name.LocalName: "Envelope" } root ? root : null, "Body"), "CongdanCollection")
            ?? throw new PopulationLookupException(PopulationFailure.Unreadable, "The population database's answer has no Envelope/Body/CongdanCollection.");
        return [.. Children(collection, "CongDan").Select(Citizen)];
    }

    private static CitizenIdentity Citizen(XElement citizen)
    {
        var name = Child(citizen, "HoVaTen");
        var birth = Child(citizen, "NgayThangNamSinh");
        var date = DateOnly.TryParseExact(Text(birth, "NgayThangNam") ?? "", DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        var year = int.TryParse(Text(birth, "Nam"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1800 and < 3000 ? y : (int?)null;
        var head = Child(citizen, "ChuHo");
        return new CitizenIdentity(
            Text(citizen, "SoDinhDanh") ?? "",
            Text(citizen, "SoCMND"),
            Join(" ", Text(name, "Ho"), Text(name, "ChuDem"), Text(name, "Ten")) ?? name?.Value.Trim() ?? "",
            Text(citizen, "GioiTinh") switch
            {
                "1" => "male",
                "2" => "female",
                _ => null,
            },
            date,
            date?.Year ?? year,
            Address(Child(citizen, "ThuongTru")),
            Address(Child(citizen, "NoiOHienTai")),
            Text(citizen, "QuocTich"),
            head is null ? null : Text(head, "HoVaTen") ?? Join(" ", Text(Child(head, "HoVaTen"), "Ho"), Text(Child(head, "HoVaTen"), "ChuDem"), Text(Child(head, "HoVaTen"), "Ten")));
    }

    /// <summary>The detail, ward, district and province, as one line; the database may send only codes, which are left out.</summary>
    private static string? Address(XElement? address) =>
        Join(", ", Text(address, "ChiTiet"), Text(address, "TenPhuongXa"), Text(address, "TenQuanHuyen"), Text(address, "TenTinhThanh"));

    private static string? Join(string separator, params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } present ? string.Join(separator, present) : null;

    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    /// <summary>The trimmed text of a child that holds only text; null when absent, empty or structured.</summary>
    private static string? Text(XElement? parent, string localName) =>
        Child(parent, localName) is { HasElements: false } e && e.Value.Trim() is { Length: > 0 } value ? value : null;
}
