using System.CommandLine;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Cli;

/// <summary>An option holding an ISO-8601 instant, e.g. <c>2026-02-12T09:00:00+07:00</c> (see <see cref="IsoText"/>).</summary>
internal static class InstantOption
{
    public static Option<DateTimeOffset> Create(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (IsoText.TryParseInstant(text, out var instant))
            {
                return instant;
            }

            result.AddError($"{name}: '{text}' is not an ISO-8601 instant such as 2026-02-12T09:00:00+07:00.");
            return default;
        },
    };
}
