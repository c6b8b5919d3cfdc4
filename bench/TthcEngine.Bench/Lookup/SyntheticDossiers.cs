using System.Globalization;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Deadlines;

namespace TthcEngine.Bench.Lookup;

/// <summary>
/// A province's dossiers from 2/1/2025 on, in the order they were received: 80 receiving units (20 departments, 60
/// communes) whose daily volumes follow a Zipf curve, working days only, office hours only, daily serials counted per
/// unit and day. Deterministic for a seed; the PIN of each row is kept so lookups can type it.
/// </summary>
internal sealed class SyntheticDossiers(WorkingCalendar calendar, IReadOnlyList<ProcedureDefinition> procedures, int count, int seed = 20261124)
{
    private static readonly DateOnly FirstDay = new(2025, 1, 2);
    private static readonly DateOnly LastDay = new(2026, 11, 23);
    private static readonly TimeSpan DueSoonMargin = new DeadlineOptions().DueSoonMargin;
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Thanh", "Quốc", "Thị Kim"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Trang", "Tuấn", "Yến"];

    public IEnumerable<DossierRow> Rows()
    {
        var random = new Random(seed);
        var units = Units(random);
        var workingDays = CountWorkingDays();
        // 10 % above the even share, so the last days are not needed to reach the count.
        var perDay = count * 1.1 / workingDays;
        var made = 0;
        for (var day = FirstDay; made < count; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var (unit, share) in units)
            {
                var received = (int)(perDay * share * (0.5 + random.NextDouble()) + random.NextDouble());
                var times = Enumerable.Range(0, received).Select(_ => random.Next(0, 555)).Order().ToList();
                for (var serial = 1; serial <= times.Count && made < count; serial++, made++)
                {
                    // 07:30 to 16:45, Vietnam time.
                    var at = WorkingCalendar.AtVietnam(day, new TimeOnly(7, 30).AddMinutes(times[serial - 1]));
                    yield return Row(random, unit, at, serial);
                }
            }
        }
    }

    private DossierRow Row(Random random, string unit, DateTimeOffset receivedAt, int serial)
    {
        var procedure = procedures[random.Next(procedures.Count)];
        var code = DossierCode.Create(unit, receivedAt, serial);
        Span<byte> bytes = stackalloc byte[LookupPin.RandomBytesNeeded];
        random.NextBytes(bytes);
        var pin = LookupPin.FromRandomBytes(bytes);
        var clockStart = calendar.ClockStart(receivedAt, procedure.CutOff);
        var due = calendar.DueFrom(clockStart, procedure.StatutoryLimit);
        // Older dossiers are done (most of them on time); the last month's are still being processed.
        var done = receivedAt.AddDays(30) < WorkingCalendar.AtVietnam(LastDay, TimeOnly.MinValue) || random.NextDouble() < 0.3;
        var ready = done ? clockStart + ((due - clockStart) * (0.2 + random.NextDouble())) : (DateTimeOffset?)null;
        var finished = ready?.AddHours(random.Next(1, 96));
        var refused = done && random.NextDouble() < 0.04;
        // While open, the watcher's columns as DossierService.Store sets them, announced 30 s after the instant passed.
        var dueSoon = done ? (DateTimeOffset?)null : DueSoon(clockStart, due);
        var now = WorkingCalendar.AtVietnam(LastDay, new TimeOnly(17, 0));
        return new DossierRow(
            Guid.CreateVersion7(receivedAt),
            code.ToString(),
            pin.Value,
            pin.Hash(code),
            procedure.Code,
            procedure.Version,
            unit,
            random.Next(100) switch { < 55 => "inPerson", < 95 => "online", _ => "postal" },
            $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
            string.Create(CultureInfo.InvariantCulture, $"0{random.Next(1, 97):00}{random.Next(0, 4)}{random.Next(40, 100):00}{random.Next(0, 1_000_000):000000}"),
            string.Create(CultureInfo.InvariantCulture, $"09{random.Next(0, 100_000_000):00000000}"),
            random.Next(5) == 0 ? string.Create(CultureInfo.InvariantCulture, $"congdan{random.Next(1_000_000)}@example.vn") : null,
            string.Create(CultureInfo.InvariantCulture, $"Số {random.Next(1, 300)}, tổ {random.Next(1, 40)}, {unit}"),
            !done ? 4 : refused ? 8 : 10,
            receivedAt,
            clockStart,
            due,
            done ? null : due,
            dueSoon,
            dueSoon is { } soon && soon < now ? soon.AddSeconds(30) : null,
            !done && due < now ? due.AddSeconds(30) : null,
            refused ? null : ready,
            finished,
            !done ? null : refused ? "Refused" : "Granted",
            ready is { } at ? TimelinessRule.Classify(at, due).ToString() : null,
            done ? random.Next(10, 16) : random.Next(3, 9));
    }

    /// <summary>As WorkflowState.DueSoonAt: the default margin of working time before the due instant, or the clock start.</summary>
    private DateTimeOffset DueSoon(DateTimeOffset clockStart, DateTimeOffset due)
    {
        var running = calendar.Elapsed(clockStart, due) - DueSoonMargin;
        return running <= TimeSpan.Zero ? clockStart : calendar.AddWorkingTime(clockStart, running);
    }

    private static List<(string Unit, double Share)> Units(Random random)
    {
        var codes = Enumerable.Range(10, 20).Select(d => string.Create(CultureInfo.InvariantCulture, $"000.00.{d:00}.H56"))
            .Concat(Enumerable.Range(31, 10).SelectMany(district => Enumerable.Range(1, 6).Select(commune =>
                string.Create(CultureInfo.InvariantCulture, $"000.{district:00}.{commune:00}.H56"))))
            .ToArray();
        random.Shuffle(codes);
        var weights = codes.Select((_, rank) => 1 / Math.Pow(rank + 1, 0.8)).ToList();
        var total = weights.Sum();
        return [.. codes.Zip(weights, (code, weight) => (code, weight / total))];
    }

    private int CountWorkingDays()
    {
        var days = 0;
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            days += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return days;
    }
}
