using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.National.Tests;

/// <summary>The fake national host keeps the portal's rules on its own, so a client that breaks them is caught.</summary>
public sealed class FakeNationalTests : IAsyncLifetime
{
    private FakeNationalServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeNationalServer.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task Insert_TwiceTheSameCode_AnswersAlreadyExists()
    {
        (await PostAsync("DongBoHoSoMC/ThemMoi", Record("2")))["error_code"]!.GetValue<string>().Should().Be("0");

        var second = await PostAsync("DongBoHoSoMC/ThemMoi", Record("2"));

        second["error_code"]!.GetValue<string>().Should().Be("-3");
        second["message"]!.GetValue<string>().Should().Contain("đã tồn tại");
    }

    [Fact]
    public async Task Insert_WithANumberInsteadOfAString_IsRefused()
    {
        var record = Record("2");
        record["TrangThaiHoSo"] = 2;

        var reply = await PostAsync("DongBoHoSoMC/ThemMoi", record);

        reply["error_code"]!.GetValue<string>().Should().Be("-1");
        reply["message"]!.GetValue<string>().Should().Contain("TrangThaiHoSo must be a string");
    }

    [Fact]
    public async Task Insert_WithAnIsoDate_IsRefused()
    {
        var record = Record("2");
        record["NgayTiepNhan"] = "2026-03-10T09:05:00+07:00";

        var reply = await PostAsync("DongBoHoSoMC/ThemMoi", record);

        reply["error_code"]!.GetValue<string>().Should().Be("-1");
    }

    [Theory]
    [InlineData("2", "", "", "NgayTiepNhan is required")]
    [InlineData("3", "20260310090500", "20260310090500", "NgayTiepNhan must be empty")]
    [InlineData("3", "", "", "NgayTuChoi is required")]
    public async Task Insert_WithReceiptDatesThatDoNotFitTheStatus_IsRefused(string status, string receivedAt, string refusedAt, string error)
    {
        var record = Record(status);
        record["NgayTiepNhan"] = receivedAt;
        record["NgayTuChoi"] = refusedAt;

        var reply = await PostAsync("DongBoHoSoMC/ThemMoi", record);

        reply["error_code"]!.GetValue<string>().Should().Be("-1");
        reply["message"]!.GetValue<string>().Should().Contain(error);
    }

    [Fact]
    public async Task Insert_RefusedAtReceipt_WithoutNgayTiepNhan_IsAccepted()
    {
        var record = Record("3");
        record["NgayTiepNhan"] = "";
        record["NgayTuChoi"] = "20260310090500";

        (await PostAsync("DongBoHoSoMC/ThemMoi", record))["error_code"]!.GetValue<string>().Should().Be("0");
    }

    [Fact]
    public async Task Progress_OfElevenRecords_IsRefused()
    {
        await PostAsync("DongBoHoSoMC/ThemMoi", Record("2"));
        var progress = new JsonObject
        {
            ["MaHoSo"] = "X-260310-0001", ["NguoiXuLy"] = "", ["ChucDanh"] = "", ["ThoiDiemXuLy"] = "20260310090500", ["PhongBanXuLy"] = "",
            ["NoiDungXuLy"] = "Tiếp nhận", ["TrangThai"] = "2", ["NgayBatDau"] = "", ["NgayKetThucTheoQuyDinh"] = "",
        };

        var response = await fake.Control.PostAsJsonAsync("CapNhatTienDoHoSoMC", Enumerable.Range(0, 11).Select(_ => progress.DeepClone()).ToArray());

        (await response.Content.ReadFromJsonAsync<JsonObject>())!["error_code"]!.GetValue<string>().Should().Be("-1");
    }

    private async Task<JsonObject> PostAsync(string path, JsonObject record)
    {
        var response = await fake.Control.PostAsJsonAsync(path, new JsonArray(record));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject Record(string status) => new()
    {
        ["MaHoSo"] = "X-260310-0001", ["MaTTHC"] = "1.001193", ["TrangThaiHoSo"] = status, ["NgayTiepNhan"] = "20260310090500", ["ChuHoSo"] = "A",
        ["KenhThucHien"] = "1", ["DonViXuLy"] = "UBND xã", ["DinhDanhCHS"] = new JsonArray(),
    };
}
