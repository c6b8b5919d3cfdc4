using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TthcEngine.IntegrationTests.Api;

public class WorkingTimeEndpointsTests(TthcApiFactory factory) : IClassFixture<TthcApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Due_WorkingDaysAcrossTet_ReturnsDueInstant()
    {
        var response = await client.GetFromJsonAsync<JsonElement>("/api/working-time/due?from=2026-02-12T09:00:00%2B07:00&workingDays=5");

        response.GetProperty("dueAt").GetString().Should().Be("2026-02-26T09:00:00+07:00");
        response.GetProperty("clockStartsAt").GetString().Should().Be("2026-02-12T09:00:00+07:00");
    }

    [Fact]
    public async Task Due_AcceptedOnSaturday_ClockStartsMonday()
    {
        var response = await client.GetFromJsonAsync<JsonElement>("/api/working-time/due?from=2026-03-07T10:00&workingDays=2");

        response.GetProperty("clockStartsAt").GetString().Should().Be("2026-03-09T07:30:00+07:00");
        response.GetProperty("dueAt").GetString().Should().Be("2026-03-10T17:30:00+07:00");
    }

    [Fact]
    public async Task Elapsed_AcrossTet_ReturnsWorkingHours()
    {
        var response = await client.GetFromJsonAsync<JsonElement>(
            "/api/working-time/elapsed?from=2026-02-12T09:00:00%2B07:00&to=2026-02-24T10:30:00%2B07:00");

        response.GetProperty("workingTime").GetString().Should().Be("PT25H30M");
        response.GetProperty("workingHours").GetDouble().Should().Be(25.5);
    }

    [Fact]
    public async Task Day_MakeUpSaturday_IsWorkingDayWithItsName()
    {
        var response = await client.GetFromJsonAsync<JsonElement>("/api/working-time/days/2025-04-26");

        response.GetProperty("isWorkingDay").GetBoolean().Should().BeTrue();
        response.GetProperty("kind").GetString().Should().Be("MakeUpWorkday");
    }

    [Theory]
    [InlineData("/api/working-time/due?from=hôm-nay&workingDays=5", "request.instant")]
    [InlineData("/api/working-time/due?from=2026-02-12T09:00&workingDays=5&workingHours=2", "request.limit")]
    [InlineData("/api/working-time/due?from=2026-02-12T09:00&workingDays=-1", "time-limit.negative")]
    [InlineData("/api/working-time/due?from=2026-02-12T09:00&sameDay=true&cutOff=3pm", "request.cut-off")]
    [InlineData("/api/working-time/elapsed?from=2026-02-12T09:00&to=2026-02-11T09:00", "working-time.reversed")]
    [InlineData("/api/working-time/days/2031-01-02", "calendar.year-missing")]
    [InlineData("/api/working-time/days/26-04-2025", "request.date")]
    public async Task BadInput_ProblemDetailsInVietnameseAndEnglish(string url, string code)
    {
        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be(code);
        problem.GetProperty("messageVi").GetString().Should().NotBeNullOrWhiteSpace();
        problem.GetProperty("messageEn").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task HomePage_WithAcceptance_ShowsDueInVietnamese()
    {
        var html = await client.GetStringAsync("/?from=2026-02-12T09:00&days=5");

        html.Should().Contain("lang=\"vi\"").And.Contain("09:00 ngày 26/02/2026");
    }

    [Fact]
    public async Task Health_Answers()
    {
        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
