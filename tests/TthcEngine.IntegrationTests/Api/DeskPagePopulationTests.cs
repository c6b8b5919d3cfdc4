using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The receive page's "Tra cứu CSDL dân cư" button: the form filled from the population database, the receipt verified.</summary>
public class DeskPagePopulationTests(PopulationApiFactory api) : IClassFixture<PopulationApiFactory>
{
    [Fact]
    public async Task ReceivePage_LookUpThenReceive_FillsTheFormAndRecordsTheIdentity()
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = Desk.CocSanDesk, password = OfficeApiFactory.Password })).EnsureSuccessStatusCode();
        var page = await client.GetStringAsync("/mot-cua/tiep-nhan/1.001193");
        page.Should().Contain("id=\"population-lookup\"");
        var token = DeskPageTests.HiddenValue(page, "__RequestVerificationToken");
        var key = DeskPageTests.HiddenValue(page, "Form.SubmissionKey");

        var looked = await client.PostAsync("/mot-cua/tiep-nhan/1.001193?handler=Lookup", DeskPageTests.Form(token, key, name: "", idNumber: "010190001234"));
        var filled = await looked.Content.ReadAsStringAsync();

        looked.StatusCode.Should().Be(HttpStatusCode.OK, filled);
        DeskPageTests.HiddenValue(filled, "Form.Name").Should().Be("Sùng Thị Dung");
        filled.Should().Contain("id=\"identity-verified\"").And.Contain("value=\"populationDatabase\"");
        var lookupId = DeskPageTests.HiddenValue(filled, "Form.PopulationLookupId");
        Guid.TryParse(lookupId, out _).Should().BeTrue();
        var received = await client.PostAsync("/mot-cua/tiep-nhan/1.001193", DeskPageTests.Form(token, key, "Sùng Thị Dung", "010190001234", lookupId, identityKind: "populationDatabase"));
        received.StatusCode.Should().Be(HttpStatusCode.Redirect, await received.Content.ReadAsStringAsync());
        var dossierId = Guid.Parse(received.Headers.Location!.ToString()["/ho-so/".Length..]);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        (await db.Notes.AnyAsync(n => n.DossierId == dossierId && n.Kind == NoteKinds.IdentityVerified)).Should().BeTrue();
        (await db.PopulationLookups.SingleAsync(l => l.Id == Guid.Parse(lookupId))).DossierId.Should().Be(dossierId);
    }
}
