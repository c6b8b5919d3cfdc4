// The outage test measures how long dossier changes take: the other classes must not share the machine with it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
