using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>Receives the dossiers the API tests work on, through the API itself.</summary>
internal static class Desk
{
    public const string CocSanDesk = "xa-coc-san.mot-cua-xa.desk";

    /// <summary>A complete birth registration (1.001193): every document that is not conditional.</summary>
    public static object BirthRegistration(string name = "Nguyễn Thị Lan", string idNumber = "010203004005") => new
    {
        procedureCode = "1.001193",
        applicant = new { name, idNumber, phone = "0912345678", address = "Thôn Cốc San, xã Cốc San" },
        documents = new object[]
        {
            new { documentId = "to-khai" },
            new { documentId = "giay-chung-sinh" },
            new { documentId = "giay-to-tuy-than", kind = "copy" },
        },
    };

    public sealed record Received(Guid Id, string Code, string Pin);

    public static async Task<Received> ReceiveAsync(OfficeApiFactory api, object? body = null, string desk = CocSanDesk)
    {
        var client = await api.As(desk);
        var response = await client.PostAsJsonAsync("/api/desk/dossiers", body ?? BirthRegistration());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.IsSuccessStatusCode.Should().BeTrue(json.ToString());
        return new Received(json.GetProperty("id").GetGuid(), json.GetProperty("code").GetString()!, json.GetProperty("pin").GetString()!);
    }
}
