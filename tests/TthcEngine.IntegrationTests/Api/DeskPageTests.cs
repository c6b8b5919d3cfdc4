using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The desk's receive page: a form posted twice (a double click, a resent form) receives one dossier.</summary>
public partial class DeskPageTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task ReceiveForm_PostedTwice_OneDossier_BothAnswersShowIt()
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = Desk.CocSanDesk, password = OfficeApiFactory.Password })).EnsureSuccessStatusCode();
        var page = await client.GetStringAsync("/mot-cua/tiep-nhan/1.001193");
        var token = HiddenValue(page, "__RequestVerificationToken");
        var key = HiddenValue(page, "Form.SubmissionKey");
        key.Should().HaveLength(32);
        var before = await CountAsync();

        var first = await client.PostAsync("/mot-cua/tiep-nhan/1.001193", Form(token, key));
        var second = await client.PostAsync("/mot-cua/tiep-nhan/1.001193", Form(token, key));

        first.StatusCode.Should().Be(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.Headers.Location.Should().Be(first.Headers.Location!, "the second post answers with the dossier the first received");
        first.Headers.Location!.ToString().Should().StartWith("/ho-so/");
        (await CountAsync()).Should().Be(before + 1);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Dossiers.CountAsync();
    }

    /// <summary>The receive form of a birth registration as the page posts it; the identity paper of <paramref name="identityKind"/>.</summary>
    internal static MultipartFormDataContent Form(
        string token, string key, string name = "Giàng Thị Mai", string idNumber = "012345678955", string lookupId = "", string identityKind = "copy")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(key), "Form.SubmissionKey" },
            { new StringContent(lookupId), "Form.PopulationLookupId" },
            { new StringContent(name), "Form.Name" },
            { new StringContent(idNumber), "Form.IdNumber" },
            { new StringContent("inPerson"), "Form.Channel" },
            { new StringContent("standard"), "Form.Lane" },
            { new StringContent("1"), "Form.Sets" },
        };
        string[] documents = ["to-khai", "giay-chung-sinh", "giay-to-tuy-than"];
        for (var i = 0; i < documents.Length; i++)
        {
            form.Add(new StringContent(documents[i]), $"Form.Papers[{i}].DocumentId");
            form.Add(new StringContent("true"), $"Form.Papers[{i}].Present");
            form.Add(new StringContent(i == 2 ? identityKind : "original"), $"Form.Papers[{i}].Kind");
            form.Add(new StringContent("1"), $"Form.Papers[{i}].Quantity");
        }

        return form;
    }

    internal static string HiddenValue(string html, string name)
    {
        var input = Regex.Matches(html, "<input[^>]*>").Select(m => m.Value).First(i => i.Contains($"name=\"{name}\"", StringComparison.Ordinal));
        return ValueAttribute().Match(input).Groups[1].Value;
    }

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
