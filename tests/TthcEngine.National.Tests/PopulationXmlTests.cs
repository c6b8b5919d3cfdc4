using TthcEngine.National.Population;

namespace TthcEngine.National.Tests;

public sealed class PopulationXmlTests
{
    private const string FullRecord = """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>
            <CongdanCollection xmlns="http://dancuquocgia.bca/congdan">
              <CongDan>
                <SoDinhDanh>010190001234</SoDinhDanh>
                <SoCMND>063012345</SoCMND>
                <HoVaTen><Ho>Sùng</Ho><ChuDem>Thị</ChuDem><Ten>Dung</Ten></HoVaTen>
                <GioiTinh>2</GioiTinh>
                <NgayThangNamSinh><Nam>1990</Nam><NgayThangNam>19900315</NgayThangNam></NgayThangNamSinh>
                <ThuongTru><MaTinhThanh>10</MaTinhThanh><TenTinhThanh>Tỉnh Lào Cai</TenTinhThanh><TenPhuongXa>Xã Cốc San</TenPhuongXa><ChiTiet>Thôn Cốc San</ChiTiet></ThuongTru>
                <NoiOHienTai><ChiTiet>Số 12 đường Hoàng Liên</ChiTiet><TenPhuongXa>Phường Cốc Lếu</TenPhuongXa></NoiOHienTai>
                <QuocTich>VN</QuocTich>
                <ChuHo><QuanHe>Vợ</QuanHe><HoVaTen>Sùng A Páo</HoVaTen></ChuHo>
              </CongDan>
            </CongdanCollection>
          </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public void Read_FullRecord_MapsEveryField()
    {
        var citizens = PopulationXml.Read(FullRecord);

        citizens.Should().ContainSingle().Which.Should().Be(new CitizenIdentity(
            "010190001234", "063012345", "Sùng Thị Dung", "female", new DateOnly(1990, 3, 15), 1990,
            "Thôn Cốc San, Xã Cốc San, Tỉnh Lào Cai", "Số 12 đường Hoàng Liên, Phường Cốc Lếu", "VN", "Sùng A Páo"));
    }

    [Fact]
    public void Read_OnlyTheYearOfBirth_HasNoDateAndTheYear()
    {
        var xml = """
            <Envelope><Body><CongdanCollection><CongDan>
              <SoDinhDanh>010085004321</SoDinhDanh>
              <HoVaTen><Ho>Lò</Ho><ChuDem>Văn</ChuDem><Ten>Páo</Ten></HoVaTen>
              <GioiTinh>1</GioiTinh>
              <NgayThangNamSinh><Nam>1985</Nam><NgayThangNam></NgayThangNam></NgayThangNamSinh>
            </CongDan></CongdanCollection></Body></Envelope>
            """;

        var citizen = PopulationXml.Read(xml).Single();

        citizen.BirthDate.Should().BeNull();
        citizen.BirthYear.Should().Be(1985);
        citizen.Sex.Should().Be("male");
        citizen.OldIdNumber.Should().BeNull();
        citizen.PermanentAddress.Should().BeNull();
    }

    [Fact]
    public void Read_EmptyCollection_IsNobody()
    {
        var xml = """<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><CongdanCollection/></s:Body></s:Envelope>""";

        PopulationXml.Read(xml).Should().BeEmpty();
    }

    [Fact]
    public void Read_MalformedXml_FailsAsUnreadable()
    {
        var read = () => PopulationXml.Read("<Envelope><Body><CongdanCollection><CongDan></Body>");

        read.Should().Throw<PopulationLookupException>()
            .Which.Should().Match<PopulationLookupException>(e => e.Failure == PopulationFailure.Unreadable && e.Message.Contains("not well-formed"));
    }

    [Fact]
    public void Read_NotTheContractsShape_FailsAsUnreadable()
    {
        var read = () => PopulationXml.Read("<Envelope><Body><Other/></Body></Envelope>");

        read.Should().Throw<PopulationLookupException>().Which.Message.Should().Contain("CongdanCollection");
    }

    [Fact]
    public void Read_WithADtdAndAnEntity_IsRefusedWithoutExpandingIt()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Envelope [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <Envelope><Body><CongdanCollection><CongDan><SoDinhDanh>&secret;</SoDinhDanh></CongDan></CongdanCollection></Body></Envelope>
            """;

        var read = () => PopulationXml.Read(xml);

        read.Should().Throw<PopulationLookupException>()
            .Which.Should().Match<PopulationLookupException>(e => e.Failure == PopulationFailure.Unreadable && e.Message.Contains("DTD"));
    }
}
