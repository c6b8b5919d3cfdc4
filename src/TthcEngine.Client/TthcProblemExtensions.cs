using System.Text.Json;
using Refit;

namespace TthcEngine.Client;

/// <summary>Reads the service's problem out of a Refit <see cref="ApiException"/>.</summary>
public static class TthcProblemExtensions
{
    /// <summary>
    /// The problem the service answered. An answer that is not a problem of this service (a proxy's error page, an empty
    /// body) gives code <c>http.{status}</c> and the status line as both messages, so a caller always has something to show.
    /// </summary>
    public static TthcProblem Problem(this ApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = (int)exception.StatusCode;
        var fallback = $"HTTP {status} {exception.ReasonPhrase}".TrimEnd();
        if (!exception.HasContent || Parse(exception.Content!) is not { } root)
        {
            return new TthcProblem(status, $"http.{status}", fallback, fallback, []);
        }

        var code = Text(root, "code");
        var messageEn = Text(root, "messageEn") ?? Text(root, "detail") ?? Text(root, "title") ?? fallback;
        var errors = new List<TthcProblem.FieldError>();
        if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                errors.Add(new TthcProblem.FieldError(
                    Text(item, "field") ?? "", Text(item, "code") ?? "", Text(item, "messageVi") ?? "", Text(item, "messageEn") ?? ""));
            }
        }

        return new TthcProblem(status, code ?? $"http.{status}", Text(root, "messageVi") ?? messageEn, messageEn, errors);
    }

    private static JsonElement? Parse(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
