using PactFfi.Tests.Support;

namespace PactFfi.Tests.Parallel;

/// <summary>
/// One pact file written by the tests of several fixtures at once. Each test waits (briefly) for the
/// others so that the writes overlap, and the last one to finish checks that no interaction was lost.
/// </summary>
internal static class SharedPact
{
    public const string Consumer = "parallel-consumer";
    public const string Provider = "parallel-provider";
    public const int TestsPerFixture = 8;
    public const int Total = TestsPerFixture * 2;

    public static readonly string[] FixtureNames = ["first", "second"];

    private static readonly CountdownEvent Started = new(Total);

    private static int _finished;

    public static TempDirectory Folder { get; } = new();

    public static string Directory => Folder.Path;

    public static PactV4 Pact { get; } =
        PactFfi.Pact.V4(Consumer, Provider, new PactConfig { PactDir = Directory });

    public static string Description(string fixture, int number) => $"{fixture} request number {number}";

    /// <summary>Lets the tests start together; a test running alone goes on after a second.</summary>
    public static void WaitForOthers()
    {
        Started.Signal();
        Started.Wait(TimeSpan.FromSeconds(1));
    }

    /// <summary>True for the test that finished last: by then every test has written its interaction.</summary>
    public static bool FinishedLast() => Interlocked.Increment(ref _finished) == Total;
}
