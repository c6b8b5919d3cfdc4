namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>Where each element of one flow sits: its top-level index and, for a step in a parallel block, its branch and place.</summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<string, Place> places = new(StringComparer.Ordinal);

    public FlowIndex(IReadOnlyList<FlowElement> flow)
    {
        Flow = flow;
        for (var i = 0; i < flow.Count; i++)
        {
            places[flow[i].Id] = new Place(i, null, 0);
            if (flow[i] is ParallelBlock block)
            {
                for (var b = 0; b < block.Branches.Count; b++)
                {
                    for (var s = 0; s < block.Branches[b].Count; s++)
                    {
                        places[block.Branches[b][s].Id] = new Place(i, b, s);
                    }
                }
            }
        }
    }

    public IReadOnlyList<FlowElement> Flow { get; }

    public Place? Find(string id) => places.TryGetValue(id, out var place) ? place : null;

    public StepDefinition? Step(string id) => Find(id) is { } place ? StepAt(place) : null;

    public StepDefinition StepAt(Place place) => place.Branch is { } b
        ? ((ParallelBlock)Flow[place.Element]).Branches[b][place.InBranch]
        : (StepDefinition)Flow[place.Element];

    /// <summary>The position of an element: top-level index, and branch and index within it for a step in a block.</summary>
    public readonly record struct Place(int Element, int? Branch, int InBranch);
}
