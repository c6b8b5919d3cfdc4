using System.Text.Json;
using System.Text.Json.Serialization;

namespace TthcEngine.Forms.Templating;

/// <summary>The form templates embedded in this assembly (Templates/*.json), read and validated once.</summary>
internal static class FormTemplateCatalog
{
    private const string ResourcePrefix = "TthcEngine.Forms.Templates.";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<IReadOnlyDictionary<FormKind, FormTemplate>> Templates = new(LoadAll);

    public static FormTemplate Get(FormKind kind) => Templates.Value.TryGetValue(kind, out var template)
        ? template
        : throw new InvalidOperationException($"No form template for {kind}.");

    /// <summary>The embedded template files: name (e.g. "01-receipt.json") and text.</summary>
    public static IReadOnlyList<(string Name, string Json)> Files()
    {
        var assembly = typeof(FormTemplateCatalog).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                    return (n[ResourcePrefix.Length..], reader.ReadToEnd());
                }),
        ];
    }

    /// <summary>Reads and validates one template.</summary>
    /// <exception cref="InvalidOperationException">The JSON does not read as a template, or the template is invalid;
    /// the message lists every error.</exception>
    public static FormTemplate Parse(string name, string json)
    {
        FormTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<FormTemplate>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Form template {name}: {e.Message}", e);
        }

        if (template is null)
        {
            throw new InvalidOperationException($"Form template {name}: empty.");
        }

        var errors = FormTemplateValidator.Validate(template);
        return errors.Count == 0
            ? template
            : throw new InvalidOperationException($"Form template {name}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
    }

    private static Dictionary<FormKind, FormTemplate> LoadAll()
    {
        var templates = new Dictionary<FormKind, FormTemplate>();
        foreach (var (name, json) in Files())
        {
            var template = Parse(name, json);
            if (!templates.TryAdd(template.Form, template))
            {
                throw new InvalidOperationException($"Form template {name}: a second template for {template.Form}.");
            }
        }

        return templates;
    }
}
