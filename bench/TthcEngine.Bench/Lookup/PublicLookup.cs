using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Bench.Lookup;

/// <summary>
/// What the public lookup does for one request (its endpoint is not built yet, issue 5): read the typed code, fetch the
/// dossier's public fields by code in a scope of its own, and check the typed PIN against the stored hash.
/// </summary>
internal static class PublicLookup
{
    /// <summary>The national status of the dossier, or null when the code is unknown or the PIN wrong.</summary>
    public static async Task<int?> FindAsync(IServiceProvider services, string typedCode, string typedPin)
    {
        if (!DossierCode.TryParse(typedCode, out var code))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var text = code.ToString();
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == text)
            .Select(d => new { d.PinHash, d.NationalStatus, d.ProcedureCode, d.ReceivedAt, d.DueAt, d.FinishedAt, d.Timeliness })
            .SingleOrDefaultAsync();
        return found is not null && LookupPin.Matches(found.PinHash, code, typedPin) ? found.NationalStatus : null;
    }
}
