using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace TthcEngine.Client;

/// <summary>
/// Builds an <see cref="ITthcApi"/>. Services use <see cref="TthcClientRegistration.AddTthcClient"/> (HttpClientFactory,
/// retries); a one-shot program such as the <c>tthc</c> command uses <see cref="Create"/>.
/// </summary>
public static class TthcClient
{
    /// <summary>The API's JSON: System.Text.Json web defaults (camelCase, case-insensitive reading), enums as camelCase strings.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateJsonOptions();

    /// <summary>The Refit settings every client of the API uses.</summary>
    public static RefitSettings Settings { get; } = new() { ContentSerializer = new SystemTextJsonContentSerializer(JsonOptions) };

    /// <summary>
    /// A client with its own connection and no retries: a command run once by a person (or a script) reports a failure at
    /// once and is run again if wanted, rather than waiting through back-offs. Dispose is not needed for a short-lived process.
    /// </summary>
    /// <param name="token">The bearer token sent with every request, or null for the public endpoints.</param>
    public static ITthcApi Create(Uri baseAddress, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var handler = new BearerTokenHandler(() => token) { InnerHandler = new SocketsHttpHandler() };
        return RestService.ForGenerated<ITthcApi>(new HttpClient(handler) { BaseAddress = baseAddress }, Settings);
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
