using System.Net;
using PactFfi.Tests.Support;

namespace PactFfi.Tests.Parallel;

public abstract class ParallelWriterTests
{
    private readonly string _fixture;

    protected ParallelWriterTests(string fixture) => _fixture = fixture;

    [Test]
    public async Task VerifyAsync_ManyTestsWriteOnePactFile_NoInteractionIsLost(
        [Range(1, SharedPact.TestsPerFixture)] int number)
    {
        var description = SharedPact.Description(_fixture, number);
        var builder = SharedPact.Pact.UsingNativeBackend();
        builder
            .UponReceiving(description)
                .Given("an order exists", new Dictionary<string, object> { ["number"] = number })
                .WithRequest(HttpMethod.Get, $"/{_fixture}/{number}")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithJsonBody(new { number = Match.Integer(number) });
        SharedPact.WaitForOthers();

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var response = await client.GetAsync(new Uri($"/{_fixture}/{number}", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        });

        if (SharedPact.FinishedLast())
        {
            var written = PactFile.Read(SharedPact.Directory, SharedPact.Consumer, SharedPact.Provider)
                ["interactions"]!.AsArray()
                .Select(interaction => interaction!["description"]!.GetValue<string>());
            var expected = SharedPact.FixtureNames
                .SelectMany(fixture => Enumerable.Range(1, SharedPact.TestsPerFixture)
                    .Select(n => SharedPact.Description(fixture, n)));
            written.Should().BeEquivalentTo(expected);
        }
    }
}

[Parallelizable(ParallelScope.All)]
public sealed class FirstParallelWriterTests : ParallelWriterTests
{
    public FirstParallelWriterTests()
        : base("first")
    {
    }
}

[Parallelizable(ParallelScope.All)]
public sealed class SecondParallelWriterTests : ParallelWriterTests
{
    public SecondParallelWriterTests()
        : base("second")
    {
    }
}
