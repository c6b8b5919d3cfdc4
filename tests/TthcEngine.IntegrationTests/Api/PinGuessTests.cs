using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>A second API instance on the database of <paramref name="first"/>, as two instances behind a load balancer.</summary>
public sealed class SecondInstanceFactory(OfficeApiFactory first) : OfficeApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", $"Data Source={first.DatabasePath}");
        builder.UseSetting("Demo:Seed", "false");
    }
}

/// <summary>
/// Wrong PINs are counted in the database: every API instance sees the same count, so spreading guesses over instances
/// gains nothing, and the lock lapses 15 minutes after the last try.
/// </summary>
public sealed class PinGuessTests : IDisposable
{
    private readonly OfficeApiFactory first = new();
    private readonly SecondInstanceFactory second;

    public PinGuessTests() => second = new SecondInstanceFactory(first);

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task WrongPinsSpreadOverTwoInstances_LockTheCodeOnBoth()
    {
        var dossier = await Desk.ReceiveAsync(first);
        var one = first.CreateClient();
        var two = second.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await Lookup(one, dossier.Code, $"WRONG{i}ZZ")).Should().Be(HttpStatusCode.NotFound);
        }

        for (var i = 3; i < 5; i++)
        {
            (await Lookup(two, dossier.Code, $"WRONG{i}ZZ")).Should().Be(HttpStatusCode.NotFound);
        }

        (await Lookup(one, dossier.Code, dossier.Pin)).Should().Be(HttpStatusCode.NotFound, "five wrong PINs in all lock the code");
        (await Lookup(two, dossier.Code, dossier.Pin)).Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FourWrongPins_RightPinStillAnswers()
    {
        var dossier = await Desk.ReceiveAsync(first);
        for (var i = 0; i < 4; i++)
        {
            (await Lookup(i % 2 == 0 ? first.CreateClient() : second.CreateClient(), dossier.Code, $"WRONG{i}ZZ")).Should().Be(HttpStatusCode.NotFound);
        }

        (await Lookup(second.CreateClient(), dossier.Code, dossier.Pin)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lock_LapsesFifteenMinutesAfterTheLastTry_ATryWhileLockedCounts()
    {
        var dossier = await Desk.ReceiveAsync(first);
        var client = first.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await Lookup(client, dossier.Code, $"WRONG{i}ZZ")).Should().Be(HttpStatusCode.NotFound);
        }

        first.Clock.Advance(TimeSpan.FromMinutes(14));
        var whileLocked = await Lookup(client, dossier.Code, dossier.Pin);
        first.Clock.Advance(TimeSpan.FromMinutes(14));
        var fourteenMinutesAfterIt = await Lookup(client, dossier.Code, dossier.Pin);
        first.Clock.Advance(TimeSpan.FromMinutes(16));
        var sixteenMinutesAfterThat = await Lookup(client, dossier.Code, dossier.Pin);

        whileLocked.Should().Be(HttpStatusCode.NotFound);
        fourteenMinutesAfterIt.Should().Be(HttpStatusCode.NotFound, "a try while locked is a miss too, and starts the 15 minutes again");
        sixteenMinutesAfterThat.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> Lookup(HttpClient client, string code, string pin) =>
        (await client.PostAsJsonAsync("/api/public/lookup", new { code, pin })).StatusCode;
}
