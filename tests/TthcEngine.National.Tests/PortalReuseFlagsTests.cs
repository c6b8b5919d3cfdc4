using System.Text.Json;
using System.Text.Json.Nodes;
using TthcEngine.FakeNational;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Tests;

/// <summary>The portal record's papers and reuse flags (shared/national-api.md §1.2, §4): strings only, as the fake portal demands.</summary>
public sealed class PortalReuseFlagsTests
{
    private static readonly PortalDossierFacts Facts = new(
        "000.21.40.H40-260310-0002", "1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "inPerson", "Sùng Thị Dung", "010190001234", null, null,
        new DateTimeOffset(2026, 3, 10, 2, 5, 0, TimeSpan.Zero), "Bộ phận Một cửa xã Cốc San", "UBND xã Cốc San",
        new Dictionary<string, string>(), new Dictionary<string, string>(), 0);

    private static readonly PortalSnapshot Received = PortalSnapshot.Empty.Apply(new Infrastructure.Persistence.NationalPortalSyncItemRecord
    {
        DossierId = Guid.Empty,
        Sequence = 0,
        Message = "DossierReceived",
        OccurredAt = new DateTimeOffset(2026, 3, 10, 2, 5, 0, TimeSpan.Zero),
        NationalStatus = 2,
        DossierDueAt = new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.Zero),
    });

    [Fact]
    public void Dossier_WithAnUploadAReusedPaperAndTheIdentityFromThePopulationDatabase_FlagsEach()
    {
        var facts = Facts with
        {
            IdentityVerified = true,
            Papers =
            [
                new PortalPaper("a1", "to-khai", "to-khai.pdf", Digitised: true, Reused: false, FromNationalStore: false),
                new PortalPaper("a2", "giay-chung-sinh", "chung-sinh.pdf", Digitised: true, Reused: true, FromNationalStore: false),
                new PortalPaper("lookup-1", "giay-to-tuy-than", "Giấy tờ tùy thân", Digitised: false, Reused: true, FromNationalStore: true),
            ],
        };

        var json = Wire(PortalRecords.Dossier(facts, Received, new PortalOptions()));

        var papers = json["TaiLieuNop"]!.AsArray().Select(p => p!.AsObject()).ToList();
        papers.Select(p => Text(p, "MaThanhPhanHoSo")).Should().Equal("to-khai", "giay-chung-sinh", "giay-to-tuy-than");
        papers.Select(p => Text(p, "DuocTaiSuDung")).Should().Equal("0", "1", "1");
        papers.Select(p => Text(p, "DuocLayTuKhoDMQG")).Should().Equal("0", "0", "1");
        papers.Select(p => Text(p, "DuocSoHoa")).Should().Equal("1", "1", "0");
        papers.Should().OnlyContain(p => Text(p, "DuongDanTaiTepTin") == "" && Text(p, "IsDeleted") == "False");
        Text(json, "TaiKhoanDuocXacThucVoiVNeID").Should().Be("1");
        Text(json, "HoSoCoThanhPhanSoHoa").Should().Be("1");
        json["DSKetNoiCSDL"]!.ToJsonString().Should().Be("""[{"MaCSDL":"7"}]""");
        WireCheck.Dossier(json).Should().BeNull("the fake portal accepts the record");
    }

    [Fact]
    public void Dossier_PopulationDatabaseCode_IsASetting()
    {
        var json = Wire(PortalRecords.Dossier(Facts with { IdentityVerified = true }, Received, new PortalOptions { PopulationDatabaseCode = "12" }));

        json["DSKetNoiCSDL"]!.ToJsonString().Should().Be("""[{"MaCSDL":"12"}]""");
    }

    [Fact]
    public void Dossier_WithoutPapersOrVerification_SendsNoFlags()
    {
        var json = Wire(PortalRecords.Dossier(Facts, Received, new PortalOptions()));

        json["TaiLieuNop"]!.AsArray().Should().BeEmpty();
        json["DSKetNoiCSDL"]!.AsArray().Should().BeEmpty();
        Text(json, "TaiKhoanDuocXacThucVoiVNeID").Should().Be("0");
        Text(json, "HoSoCoThanhPhanSoHoa").Should().Be("0");
        WireCheck.Dossier(json).Should().BeNull();
    }

    private static JsonObject Wire(PortalDossier dossier) => JsonSerializer.SerializeToNode(dossier, WireJson.Options)!.AsObject();

    private static string Text(JsonObject json, string name) => json[name]!.GetValue<string>();
}
