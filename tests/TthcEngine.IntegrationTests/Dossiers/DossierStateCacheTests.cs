using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Calendars;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.IntegrationTests.Dossiers;

public sealed class DossierStateCacheTests
{
    private static readonly WorkingCalendar Calendar = CalendarDirectory.Resolve("vn", Path.Combine(AppContext.BaseDirectory, "calendars"));
    private static readonly ProcedureCatalog Catalog = ProcedureCatalog.Load(Path.Combine(AppContext.BaseDirectory, "procedures"));

    [Fact]
    public void Take_SameVersion_GivesTheStateOnce()
    {
        var cache = new DossierStateCache();
        var id = Guid.NewGuid();
        var state = Started();
        cache.Put(id, 1, state);

        var taken = cache.Take(id, 1, state.History.Count);

        taken.Should().BeSameAs(state);
        cache.Take(id, 1, state.History.Count).Should().BeNull();
    }

    [Fact]
    public void Take_RowHasAnotherVersionOrEventCount_Nothing()
    {
        var cache = new DossierStateCache();
        var id = Guid.NewGuid();
        var state = Started();
        cache.Put(id, 1, state);

        cache.Take(id, 2, state.History.Count).Should().BeNull();
        cache.Put(id, 1, state);
        cache.Take(id, 1, state.History.Count + 1).Should().BeNull();
    }

    [Fact]
    public void Copy_SameVersion_AStateOfItsOwnAndTheEntryStays()
    {
        var cache = new DossierStateCache();
        var id = Guid.NewGuid();
        var state = Started();
        cache.Put(id, 1, state);

        var copy = cache.Copy(id, 1, state.History.Count);

        copy.Should().NotBeNull().And.NotBeSameAs(state);
        copy!.History.Should().Equal(state.History);
        cache.Take(id, 1, state.History.Count).Should().BeSameAs(state);
    }

    [Fact]
    public void Put_MoreThanTwiceTheCapacity_OldestDropped()
    {
        var cache = new DossierStateCache(capacity: 2);
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var state = Started();
        foreach (var id in ids)
        {
            cache.Put(id, 1, state);
        }

        ids.Select(id => cache.Copy(id, 1, state.History.Count) is not null).Should().Equal(false, false, true, true, true);
    }

    private static WorkflowState Started()
    {
        var state = new WorkflowState(Catalog.FindEntry("1.001193")!.Definition, Calendar);
        WorkflowRuntime.Execute(state, new StartWorkflow(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero), Lane.Standard));
        return state;
    }
}
