using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace TthcEngine.FakeNational;

/// <summary>
/// The population database's lookup (shared/national-api.md §4): a few made-up citizens of Lào Cai, answered as
/// <c>{error_code, message}</c> with the SOAP XML of <c>Envelope/Body/CongdanCollection/CongDan</c> in <c>message</c>;
/// an unknown number gets an empty collection. With <c>Fake:PopulationIntegrationCode</c> set, another MaTichHop is
/// refused (<c>-1</c>). Every request received is kept, for tests to read.
/// </summary>
public sealed class FakePopulation(IConfiguration configuration)
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Data = "http://dancuquocgia.bca/congdan";

    private static readonly PopulationCitizen[] Citizens =
    [
        new("010190001234", "063012345", "Sùng", "Thị", "Dung", "2", "1990", "19900315", "Thôn Cốc San", "Xã Cốc San", "Thị xã Lào Cai", "Sùng A Páo", "Vợ"),
        new("010085004321", "", "Lò", "Văn", "Páo", "1", "1985", "", "Bản Phố", "Xã Bắc Hà", "Huyện Bắc Hà", "Lò Văn Páo", "Chủ hộ"),
        new("010302000777", "", "Nguyễn", "Thị", "Mai", "2", "2002", "20021120", "Số 12 đường Hoàng Liên", "Phường Cốc Lếu", "Thành phố Lào Cai", "Nguyễn Văn Hùng", "Con"),
        new("010088009999", "063987654", "Hoàng", "Văn", "Sử", "1", "1988", "19880704", "Tổ 3", "Phường Sa Pa", "Thị xã Sa Pa", "Hoàng Văn Sử", "Chủ hộ"),
    ];

    private readonly ConcurrentQueue<JsonObject> received = new();

    public IReadOnlyCollection<JsonObject> Received => received;

    public JsonObject Lookup(JsonNode? body)
    {
        if (body is not JsonObject request || request.Any(p => p.Value is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            return FakePortal.Reply("-1", "Dữ liệu phải là một đối tượng JSON, mọi giá trị là chuỗi.");
        }

        received.Enqueue((JsonObject)request.DeepClone());
        var expected = configuration["Fake:PopulationIntegrationCode"];
        if (!string.IsNullOrEmpty(expected) && WireCheck.Text(request, "MaTichHop") != expected)
        {
            return FakePortal.Reply("-1", "Mã tích hợp không hợp lệ");
        }

        var id = WireCheck.Text(request, "SoDinhDanh");
        var old = WireCheck.Text(request, "SoCMND");
        if (id.Length == 0 && old.Length == 0)
        {
            return FakePortal.Reply("-1", "Thiếu số định danh cá nhân hoặc số CMND");
        }

        var found = Citizens.Where(c => (id.Length > 0 && c.IdNumber == id) || (old.Length > 0 && c.OldIdNumber == old));
        return FakePortal.Reply("0", Envelope(found).ToString(SaveOptions.DisableFormatting));
    }

    public void Reset() => received.Clear();

    private static XDocument Envelope(IEnumerable<PopulationCitizen> citizens) => new(
        new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soap", Soap),
            new XElement(Soap + "Body",
                new XElement(Data + "CongdanCollection", citizens.Select(Citizen)))));

    private static XElement Citizen(PopulationCitizen c) => new(Data + "CongDan",
        new XElement(Data + "SoDinhDanh", c.IdNumber),
        new XElement(Data + "SoCMND", c.OldIdNumber),
        new XElement(Data + "HoVaTen", new XElement(Data + "Ho", c.FamilyName), new XElement(Data + "ChuDem", c.MiddleName), new XElement(Data + "Ten", c.GivenName)),
        new XElement(Data + "GioiTinh", c.Sex),
        new XElement(Data + "DanToc", "Kinh"),
        new XElement(Data + "NgayThangNamSinh", new XElement(Data + "Nam", c.BirthYear), new XElement(Data + "NgayThangNam", c.BirthDate)),
        Address("NoiDangKyKhaiSinh", c),
        Address("QueQuan", c),
        Address("ThuongTru", c),
        Address("NoiOHienTai", c),
        new XElement(Data + "QuocTich", "VN"),
        new XElement(Data + "ChuHo", new XElement(Data + "QuanHe", c.Relation), new XElement(Data + "HoVaTen", c.HouseholdHead)),
        new XElement(Data + "SoSoHoKhau", ""));

    private static XElement Address(string name, PopulationCitizen c) => new(Data + name,
        new XElement(Data + "MaTinhThanh", "10"),
        new XElement(Data + "TenTinhThanh", "Tỉnh Lào Cai"),
        new XElement(Data + "TenQuanHuyen", c.District),
        new XElement(Data + "TenPhuongXa", c.Ward),
        new XElement(Data + "ChiTiet", c.Detail),
        new XElement(Data + "QuocGia", "VN"));
}
