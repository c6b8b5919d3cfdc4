using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TthcEngine.Client;
using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>
/// <see cref="TthcClientRegistration.AddTthcClient"/> against a stub service that always answers 503 (with
/// <c>Retry-After: 0</c>, so the retries do not wait): which requests are retried, and what reaches the service.
/// </summary>
public sealed class TthcClientRegistrationTests
{
    private static readonly Uri Service = new("http://tthc.invalid/");

    [Fact]
    public async Task Get_ServiceUnavailable_IsRetried()
    {
        var (api, stub) = Client();

        var call = () => api.MeAsync();

        (await call.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        stub.Requests.Should().HaveCount(4, "the first attempt and the standard three retries");
    }

    [Fact]
    public async Task PostWithoutIdempotencyKey_ServiceUnavailable_IsSentOnce()
    {
        var (api, stub) = Client();

        var call = () => api.ReceiveAsync(Requests.BirthRegistration(Requests.Applicant("A", "012345678901")));

        await call.Should().ThrowAsync<ApiException>();
        stub.Requests.Should().ContainSingle().Which.Should().Be("POST /api/desk/dossiers key=");
    }

    [Fact]
    public async Task PostWithIdempotencyKey_ServiceUnavailable_IsRetriedWithTheSameKey()
    {
        var (api, stub) = Client();

        var call = () => api.CompleteAsync(Guid.Empty, "tham-dinh", new CompleteRequest(null), "key-1");

        await call.Should().ThrowAsync<ApiException>();
        stub.Requests.Should().HaveCount(4).And.OnlyContain(r => r == $"POST /api/dossiers/{Guid.Empty}/steps/tham-dinh/complete key=key-1");
    }

    [Fact]
    public async Task Request_WithToken_CarriesItAsBearer()
    {
        var (api, stub) = Client();

        await FluentActions.Awaiting(() => api.LogoutAsync()).Should().ThrowAsync<ApiException>();

        stub.Authorizations.Should().ContainSingle().Which.Should().Be("Bearer token-1");
    }

    [Fact]
    public async Task Problem_OfSeveralInvalidValues_ReadsCodeMessagesAndErrors()
    {
        const string body = """
            {"type":"https://tthc-engine/errors/request.invalid","title":"The request has several problems.","status":422,
             "code":"request.invalid","messageVi":"Thiếu họ tên. Sai số định danh.","messageEn":"No name. Bad id.",
             "errors":[{"field":"applicant.name","code":"receive.applicant-name","messageVi":"Thiếu họ tên.","messageEn":"No name."},
                       {"field":"applicant.idNumber","code":"receive.applicant-id","messageVi":"Sai số định danh.","messageEn":"Bad id."}]}
            """;
        var (api, _) = Client(HttpStatusCode.UnprocessableEntity, body, "application/problem+json");

        var problem = (await FluentActions.Awaiting(() => api.MeAsync()).Should().ThrowAsync<ApiException>()).Which.Problem();

        problem.Should().BeEquivalentTo(new TthcProblem(422, "request.invalid", "Thiếu họ tên. Sai số định danh.", "No name. Bad id.",
        [
            new("applicant.name", "receive.applicant-name", "Thiếu họ tên.", "No name."),
            new("applicant.idNumber", "receive.applicant-id", "Sai số định danh.", "Bad id."),
        ]));
    }

    [Fact]
    public async Task Problem_OfAnHtmlErrorPage_FallsBackToTheStatus()
    {
        var (api, _) = Client(HttpStatusCode.BadGateway, "<html>Bad Gateway</html>", "text/html");

        var problem = (await FluentActions.Awaiting(() => api.ProceduresAsync()).Should().ThrowAsync<ApiException>()).Which.Problem();

        problem.Code.Should().Be("http.502");
        problem.MessageEn.Should().StartWith("HTTP 502");
        problem.Errors.Should().BeEmpty();
    }

    private static (ITthcApi Api, StubService Stub) Client(HttpStatusCode status = HttpStatusCode.ServiceUnavailable, string body = "", string mediaType = "text/plain")
    {
        var stub = new StubService(status, body, mediaType);
        var services = new ServiceCollection();
        services.AddTthcClient(Service, () => "token-1").ConfigurePrimaryHttpMessageHandler(() => stub);
        return (services.BuildServiceProvider().GetRequiredService<ITthcApi>(), stub);
    }

    private sealed class StubService(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        public ConcurrentQueue<string> Authorizations { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = request.Headers.TryGetValues(TthcClientRegistration.IdempotencyKeyHeader, out var keys) ? string.Join(",", keys) : "";
            Requests.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath} key={key}");
            Authorizations.Enqueue(request.Headers.Authorization?.ToString() ?? "");
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request };
            response.Headers.Add("Retry-After", "0");
            return Task.FromResult(response);
        }
    }
}
