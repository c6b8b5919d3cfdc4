using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Files;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The API with signed file links on, as a province that sends its files' addresses to the national portal sets it.</summary>
public sealed class FileLinkApiFactory : OfficeApiFactory
{
    public const string BaseUrl = "https://dichvucong.example.gov.vn/";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Files:Links:Key", Convert.ToBase64String(Encoding.ASCII.GetBytes("khoa-ky-duong-dan-tep-cua-tinh-lao-cai-2026"))),
        new("Files:Links:BaseUrl", BaseUrl),
    ];
}

/// <summary>
/// The portal's record carries signed links to the dossier's papers and its electronic result (DuongDanTaiTepTin,
/// DuongDanTepTinKetQua); anyone holding a link downloads that one file until it expires, and nothing else.
/// </summary>
public sealed class FileLinkTests(FileLinkApiFactory api) : IClassFixture<FileLinkApiFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task PaperAndResult_SignedLinks_ServeThatFileOnly_UntilTheyExpire()
    {
        var desk = await api.As(Desk.CocSanDesk);
        var scan = "%PDF-1.7\n% giay chung sinh, ban quet\n%%EOF\n"u8.ToArray();
        var body = JsonSerializer.SerializeToNode(Desk.BirthRegistration("Thào Thị Dợ", "010190007777"), Web)!;
        body["documents"]![1]!["uploadId"] = await UploadAsync(desk, scan, "giay-chung-sinh.pdf");
        body["documents"]![1]!["kind"] = "electronic";
        var dossierId = await ReceiveAsync(desk, body);
        var paper = (await api.PortalFactsAsync(dossierId)).Papers.Should().ContainSingle().Subject;
        var anyone = api.CreateClient();

        var link = new Uri(paper.DownloadUrl!);
        var downloaded = await anyone.GetAsync(link.PathAndQuery);
        var otherFile = await anyone.GetAsync(link.PathAndQuery.Replace(paper.Id, Guid.NewGuid().ToString(), StringComparison.Ordinal));
        var laterExpiry = await anyone.GetAsync(LaterExpiry(link));
        var asResult = await anyone.GetAsync(link.PathAndQuery.Replace("/paper/", "/result/", StringComparison.Ordinal));

        link.GetLeftPart(UriPartial.Authority).Should().Be(FileLinkApiFactory.BaseUrl.TrimEnd('/'));
        link.AbsolutePath.Should().Be($"/api/files/paper/{paper.Id}");
        downloaded.StatusCode.Should().Be(HttpStatusCode.OK);
        (await downloaded.Content.ReadAsByteArrayAsync()).Should().Equal(scan);
        downloaded.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        foreach (var refused in new[] { otherFile, laterExpiry, asResult })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("file-link.invalid");
        }

        var resultBytes = "%PDF-1.7\n% giay khai sinh, ban dien tu\n%%EOF\n"u8.ToArray();
        await HandOverElectronicallyAsync(dossierId, resultBytes);
        var result = (await api.PortalFactsAsync(dossierId)).Result!;
        var resultDownload = await anyone.GetAsync(new Uri(result.DownloadUrl!).PathAndQuery);

        result.FileName.Should().Be("giay-khai-sinh.pdf");
        (await resultDownload.Content.ReadAsByteArrayAsync()).Should().Equal(resultBytes);

        api.Clock.Advance(TimeSpan.FromDays(31));
        var expired = await anyone.GetAsync(link.PathAndQuery);

        expired.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("file-link.expired");
    }

    /// <summary>The same link with its expiry pushed a day later, the signature kept.</summary>
    private static string LaterExpiry(Uri link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var expires = long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture) + 86_400;
        return $"{link.AbsolutePath}?expires={expires}&signature={query["signature"]}";
    }

    private async Task HandOverElectronicallyAsync(Guid dossierId, byte[] result)
    {
        var specialist = await api.As("xa-coc-san.tu-phap-ho-tich.specialist");
        (await specialist.PostAsJsonAsync($"/api/dossiers/{dossierId}/steps/tham-dinh/complete", new { opinion = "Đủ điều kiện" })).EnsureSuccessStatusCode();
        var leader = await api.As("xa-coc-san.lanh-dao-xa.leader");
        (await leader.PostAsJsonAsync($"/api/dossiers/{dossierId}/steps/ky-duyet/complete", new { opinion = "Đồng ý" })).EnsureSuccessStatusCode();
        var desk = await api.As(Desk.CocSanDesk);
        var upload = await UploadAsync(desk, result, "giay-khai-sinh.pdf");
        var handOver = await desk.PostAsJsonAsync($"/api/dossiers/{dossierId}/hand-over", new { method = "electronic", resultUploadId = upload });
        handOver.StatusCode.Should().Be(HttpStatusCode.OK, await handOver.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> UploadAsync(HttpClient desk, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return (await (await desk.PostAsync("/api/uploads", form)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> ReceiveAsync(HttpClient desk, JsonNode body)
    {
        var response = await desk.PostAsJsonAsync("/api/desk/dossiers", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.Should().Be(HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetGuid();
    }
}

/// <summary>Without <c>Files:Links</c> no link is made, and none is honoured.</summary>
public sealed class FileLinksOffTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task NoKeyConfigured_NoLinksMade_AndAnyLinkRefused()
    {
        var response = await api.CreateClient().GetAsync($"/api/files/paper/{Guid.NewGuid()}?expires=4102444800&signature=abc");

        api.Services.GetService<FileLinks>().Should().BeNull("the reader makes links only with FileLinks registered");
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("file-link.invalid");
    }

    [Fact]
    public void Links_AKeyTooShortOrNoAddress_RefusedWithTheReason()
    {
        var shortKey = () => new FileLinks(new FileLinkOptions { Key = Convert.ToBase64String(new byte[16]), BaseUrl = new Uri("https://x.example/") }, TimeProvider.System);
        var noAddress = () => new FileLinks(new FileLinkOptions { Key = Convert.ToBase64String(new byte[32]) }, TimeProvider.System);
        var notBase64 = () => new FileLinks(new FileLinkOptions { Key = "khoá bí mật", BaseUrl = new Uri("https://x.example/") }, TimeProvider.System);

        shortKey.Should().Throw<InvalidOperationException>().WithMessage("*at least 32 bytes*");
        noAddress.Should().Throw<InvalidOperationException>().WithMessage("*BaseUrl*");
        notBase64.Should().Throw<InvalidOperationException>().WithMessage("*base64*");
    }
}
