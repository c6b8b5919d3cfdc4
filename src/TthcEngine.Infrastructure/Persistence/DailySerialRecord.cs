namespace TthcEngine.Infrastructure.Persistence;

/// <summary>The last serial given to a receiving unit on a day, for dossier codes {unit}-{yyMMdd}-{serial}.</summary>
public sealed class DailySerialRecord
{
    public required string UnitCode { get; set; }

    public DateOnly Date { get; set; }

    public int Last { get; set; }
}
