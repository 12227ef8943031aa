// The parallel pact-writing tests need enough workers to really overlap (the default is one per core).
[assembly: LevelOfParallelism(16)]
