using System.Net;
using System.Text.Json;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// An officer finds a dossier among those they may see: by its code or part of it, the applicant's ID number or phone,
/// or the applicant's name with or without accents, narrowed by status, procedure, open, and the days received.
/// </summary>
public class DossierSearchTests(OfficeApiFactory api) : IClassFixture<OfficeApiFactory>
{
    internal static async Task<IReadOnlyList<string>> CodesAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/dossiers?" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var result = JsonDocument.Parse(body).RootElement;
        result.GetProperty("more").GetBoolean().Should().BeFalse();
        return [.. result.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];
    }

    [Fact]
    public async Task ByCode_IdNumber_Phone_OrNameWithoutAccents_NarrowedByFilters()
    {
        var dao = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Hoàng Thị Đào", "010203009901"));
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var nam = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Hoàng Văn Nam", "010203009902"));
        var desk = await api.As(Desk.CocSanDesk);

        (await CodesAsync(desk, $"q={dao.Code}")).Should().Equal(dao.Code);
        (await CodesAsync(desk, $"q={dao.Code[^11..].ToLowerInvariant()}")).Should().Equal([dao.Code], "part of the code, in any case");
        (await CodesAsync(desk, "q=010203009901")).Should().Equal(dao.Code);
        (await CodesAsync(desk, "q=0912345678")).Should().Contain([nam.Code, dao.Code]).And.ContainInOrder(nam.Code, dao.Code);
        (await CodesAsync(desk, "q=hoang%20thi%20dao")).Should().Equal(dao.Code);
        (await CodesAsync(desk, "q=HO%C3%80NG")).Should().Contain([dao.Code, nam.Code], "HOÀNG, accents and case as typed");
        (await CodesAsync(desk, "q=nam%20hoang")).Should().Equal([nam.Code], "every word, in any order");
        (await CodesAsync(desk, "q=hoang%20dao&procedure=1.001193&open=true")).Should().Equal(dao.Code);
        (await CodesAsync(desk, "q=hoang%20dao&procedure=1.009994")).Should().BeEmpty();
        (await CodesAsync(desk, "q=hoang%20dao&status=10")).Should().BeEmpty("it is not handed over");
        (await CodesAsync(desk, "q=hoang%20dao&from=2026-03-09&to=2026-03-09")).Should().Equal(dao.Code);
        (await CodesAsync(desk, "q=hoang%20dao&from=2026-03-10")).Should().BeEmpty();
        (await CodesAsync(desk, "q=010203009901&to=2026-03-08")).Should().BeEmpty();
        (await CodesAsync(desk, "")).Should().Contain([dao.Code, nam.Code], "no criterion: the newest the officer may see");
    }

    [Fact]
    public async Task OnlyTheDossiersTheOfficerMaySee()
    {
        var dossier = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Giàng Thị Sua", "010203009903"));

        (await CodesAsync(await api.As("xa-coc-san.tu-phap-ho-tich.specialist"), "q=giang%20sua")).Should().Equal(dossier.Code);
        (await CodesAsync(await api.As("lao-cai.supervisor"), "q=giang%20sua")).Should().Equal([dossier.Code], "the province's supervisor sees its communes'");
        (await CodesAsync(await api.As("admin"), "q=010203009903")).Should().Equal(dossier.Code);
        (await CodesAsync(await api.As("xa-bac-ha.mot-cua-xa.desk"), "q=010203009903")).Should().BeEmpty("another commune's desk");
        (await CodesAsync(await api.As("xa-bac-ha.supervisor"), "q=giang%20sua")).Should().BeEmpty();
        (await CodesAsync(await api.As("lao-cai.so-xay-dung.focalPoint"), $"q={dossier.Code}")).Should().BeEmpty("the province's officers see the province's dossiers");
        (await (await api.As(null)).GetAsync("/api/dossiers?q=giang")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MoreThanAHundredFound_ListsTheNewestHundred_AndSaysThereIsMore()
    {
        var codes = new List<string>();
        for (var i = 0; i < DossierSearchEndpointsLimit + 1; i++)
        {
            codes.Add((await Desk.ReceiveAsync(api, Desk.BirthRegistration("Pờ Thị Nhiều", $"0102030{i:D5}"))).Code);
        }

        var response = await (await api.As(Desk.CocSanDesk)).GetAsync("/api/dossiers?q=po%20thi%20nhieu");
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        result.GetProperty("more").GetBoolean().Should().BeTrue();
        result.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString())
            .Should().Equal(Enumerable.Reverse(codes).Take(DossierSearchEndpointsLimit), "the newest hundred, newest first");
    }

    private const int DossierSearchEndpointsLimit = TthcEngine.Api.Endpoints.DossierSearchEndpoints.Limit;

    [Theory]
    [InlineData("status=11", "search.status")]
    [InlineData("from=09/03/2026", "search.dates")]
    [InlineData("from=2026-03-10&to=2026-03-09", "search.dates")]
    [InlineData("q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "search.q")]
    public async Task BadCriteria_AreRefusedWithTheirCode(string query, string code) =>
        await Problems.ExpectAsync(await (await api.As(Desk.CocSanDesk)).GetAsync("/api/dossiers?" + query), HttpStatusCode.UnprocessableEntity, code);

    [Fact]
    public async Task AStatusThatIsNoNumber_IsAMalformedRequest() =>
        await Problems.ExpectAsync(await (await api.As(Desk.CocSanDesk)).GetAsync("/api/dossiers?status=moi"), HttpStatusCode.BadRequest, "request.malformed");
}

/// <summary>The API on the private PostgreSQL, migrated at start, with the demo accounts.</summary>
public sealed class PostgresOfficeApiFactory(string connectionString) : OfficeApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", "Postgres"),
        new("Database:ConnectionString", connectionString),
        new("Database:MigrateOnStart", "true"),
    ];
}

/// <summary>The same search on PostgreSQL: its queries (lists, LIKE, instants) run there as on SQLite.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresDossierSearchTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ByCodeIdNumberNameAndDays_OnPostgres()
    {
        using var api = new PostgresOfficeApiFactory(await postgres.CreateDatabaseAsync($"search_{Guid.NewGuid():N}"));
        var dossier = await Desk.ReceiveAsync(api, Desk.BirthRegistration("Lý Thị Mẩy", "010203009904"));
        var desk = await api.As(Desk.CocSanDesk);

        (await DossierSearchTests.CodesAsync(desk, $"q={dossier.Code[^11..]}")).Should().Equal(dossier.Code);
        (await DossierSearchTests.CodesAsync(desk, "q=010203009904&open=true&status=4")).Should().Equal(dossier.Code);
        (await DossierSearchTests.CodesAsync(desk, "q=ly%20may&from=2026-03-09&to=2026-03-09")).Should().Equal(dossier.Code);
        (await DossierSearchTests.CodesAsync(await api.As("xa-bac-ha.mot-cua-xa.desk"), "q=ly%20may")).Should().BeEmpty();
    }
}
