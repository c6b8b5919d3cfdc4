using System.Text.Json;
using TthcEngine.National.Catalogue;
using TthcEngine.National.Catalogue.Wire;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Tests;

/// <summary>The catalogue's wire records (strings, upper-case names) read into our types.</summary>
public sealed class CatalogueRecordsTests
{
    [Theory]
    [InlineData("50.000", 50_000L)]
    [InlineData("1.500.000 đồng/hồ sơ", 1_500_000L)]
    [InlineData("50000", 50_000L)]
    [InlineData("8,000", 8_000L)]
    [InlineData("Không", 0L)]
    [InlineData("không thu", 0L)]
    [InlineData("Miễn lệ phí", 0L)]
    [InlineData("Theo quy định", null)]
    [InlineData("", null)]
    public void Amount_VietnameseText_ReadInDong(string text, long? expected) =>
        CatalogueRecords.Amount(text).Should().Be(expected);

    [Theory]
    [InlineData("Ngày làm việc", NationalTimeUnit.WorkingDays)]
    [InlineData(" ngày làm việc ", NationalTimeUnit.WorkingDays)]
    [InlineData("Ngày", NationalTimeUnit.Days)]
    [InlineData("Giờ", NationalTimeUnit.Hours)]
    [InlineData("Giờ làm việc", NationalTimeUnit.WorkingHours)]
    [InlineData("Tháng", NationalTimeUnit.Months)]
    [InlineData("Tuần", NationalTimeUnit.Unknown)]
    public void Unit_FreeText_ReadAsItsUnit(string text, NationalTimeUnit expected) =>
        CatalogueRecords.Unit(text).Should().Be(expected);

    [Fact]
    public void ToProcedure_WireRecord_MapsEveryPart()
    {
        const string json = """
            {"ID":"x","MATTHC":" 1.004873 ","TENTTHC":"Thủ tục cấp Giấy xác nhận tình trạng hôn nhân","TRANGTHAI":1,
             "CAPTHUCHIEN":[{"CAPTHUCHIEN":"3"},{"CAPTHUCHIEN":"2"}],"LINHVUCTHUCHIEN":[{"MALINHVUC":"G09","TENLINHVUC":"Hộ tịch"}],
             "CACHTHUCTHUCHIEN":[{"KENH":"1","THOIGIAN":[{"THOIGIANGIAIQUYET":"3","DONVITINH":"Ngày làm việc","MOTA":"",
               "PHILEPHI":[{"MAPHILEPHI":"2","SOTIEN":"Không","DONVI":"","MOTA":"Lệ phí"}]}],
               "PHILEPHI":[{"MAPHILEPHI":"1","SOTIEN":"50.000","DONVI":"đồng","MOTA":"Phí"}]}],
             "THANHPHANHOSO":[{"TRUONGHOP":"","GIAYTO":[{"MAGIAYTO":"G1","TENGIAYTO":"Tờ khai","SOBANCHINH":"1","SOBANSAO":""}]}],
             "CANCUPHAPLY":[{"SOVANBAN":"60/2014/QH13","TENVANBAN":"Luật Hộ tịch"}],"KETQUATHUCHIEN":[{"MAKETQUA":"K","TENKETQUA":"Giấy xác nhận"}]}
            """;

        var procedure = CatalogueRecords.ToProcedure(JsonSerializer.Deserialize<CatalogueProcedureRecord>(json, WireJson.Options)!);

        procedure.Code.Should().Be("1.004873");
        procedure.Published.Should().BeTrue();
        procedure.Levels.Should().Equal(NationalLevel.Commune, NationalLevel.District);
        procedure.Fields.Should().Equal("Hộ tịch");
        var method = procedure.Methods.Single();
        method.Limits.Single().Should().Be(new NationalTimeLimit(3, "3", NationalTimeUnit.WorkingDays, "Ngày làm việc", ""));
        method.Fees.Select(f => (f.Description, f.Amount)).Should().BeEquivalentTo([("Phí", (long?)50_000), ("Lệ phí", (long?)0)]);
        procedure.DocumentCases.Single().Papers.Single().Should().Be(new NationalPaper("G1", "Tờ khai", 1, 0));
        procedure.LegalBasis.Single().ToString().Should().Be("Luật Hộ tịch (60/2014/QH13)");
        procedure.Results.Should().Equal("Giấy xác nhận");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("2", false)]
    [InlineData("", false)]
    public void ToProcedure_State_OnlyOneIsPublished(string state, bool published) =>
        CatalogueRecords.ToProcedure(new CatalogueProcedureRecord { Code = "1.000001", State = state }).Published.Should().Be(published);
}
