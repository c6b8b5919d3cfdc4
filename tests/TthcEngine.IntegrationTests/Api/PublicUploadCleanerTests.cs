using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Api.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using static TthcEngine.IntegrationTests.Api.OnlineApplicationTests;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// Public uploads no application claimed are deleted after the retention (24 hours); claimed ones, officers' uploads,
/// newer ones and files whose content a dossier's paper names stay.
/// </summary>
public class PublicUploadCleanerTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    [Fact]
    public async Task Sweep_AfterTheRetention_DeletesOnlyUnclaimedPublicUploads()
    {
        var citizen = await api.As(null);
        var desk = await api.As(Desk.CocSanDesk);
        var forgotten = await UploadAsync(citizen, "%PDF-1.7 bo quen");
        var application = await SubmitAsync(citizen, await BirthRegistrationAsync(citizen, "012345600021"));
        (await desk.PostAsync($"/api/desk/applications/{await PendingIdAsync(desk, application.Reference)}/accept", null)).StatusCode
            .Should().Be(HttpStatusCode.Created);
        var sameAsAPaper = await UploadAsync(citizen, "%PDF-1.7 cccd 012345600021");
        var officers = await UploadAsync(desk, "%PDF-1.7 cua can bo", "/api/uploads");
        api.Clock.Advance(TimeSpan.FromHours(25));
        var recent = await UploadAsync(citizen, "%PDF-1.7 vua tai");

        await api.Services.GetRequiredService<PublicUploadCleaner>().SweepAsync(CancellationToken.None);

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var left = await db.StoredFiles.Select(f => f.Id).ToListAsync();
        left.Should().NotContain(forgotten).And.Contain([sameAsAPaper, officers, recent]);
        var claimed = await db.StoredFiles.Where(f => f.UploadedBy == OnlineUploads.ClaimedBy(application.Reference)).CountAsync();
        claimed.Should().Be(3, "the application's three papers were claimed");
    }
}
