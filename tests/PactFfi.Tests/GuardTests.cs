using System.Net;
using PactFfi.Interop;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class GuardTests
{
    [TestCase("", "provider", "consumer")]
    [TestCase("  ", "provider", "consumer")]
    [TestCase("consumer", "", "provider")]
    [TestCase("consumer", " ", "provider")]
    public void V4_EmptyName_ThrowsNamingTheParameter(string consumer, string provider, string parameter)
    {
        var act = () => Pact.V4(consumer, provider);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void UponReceiving_EmptyDescription_ThrowsNamingIt(string description)
    {
        using var builder = NewBuilder();

        var act = () => builder.UponReceiving(description);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("description");
    }

    [Test]
    public void UponReceiving_DuplicateDescription_Throws()
    {
        using var builder = NewBuilder();
        builder.UponReceiving("a request");

        var act = () => builder.UponReceiving("a request");

        act.Should().Throw<ArgumentException>().WithMessage("*already has an interaction 'a request'*");
    }

    [TestCase("")]
    [TestCase(" ")]
    public void Given_EmptyState_ThrowsNamingIt(string state)
    {
        using var builder = NewBuilder();
        var request = builder.UponReceiving("a request");

        var act = () => request.Given(state);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("providerState");
    }

    [TestCase(99)]
    [TestCase(600)]
    [TestCase(-1)]
    public void WithStatus_OutsideHttpRange_ThrowsNamingIt(int status)
    {
        using var builder = NewBuilder();
        var response = builder.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond();

        var act = () => response.WithStatus(status);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("status");
    }

    [Test]
    public void WithRequest_Twice_Throws()
    {
        using var builder = NewBuilder();
        var request = builder.UponReceiving("a request").WithRequest(HttpMethod.Get, "/a");

        var act = () => request.WithRequest(HttpMethod.Get, "/b");

        act.Should().Throw<InvalidOperationException>().WithMessage("*request line of interaction 'a request'*");
    }

    [Test]
    public async Task VerifyAsync_SecondTime_ThrowsBuilderAlreadyVerified()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory.Path);
        builder.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond().WithStatus(200);
        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(ctx.MockServerUri);
        });

        var again = () => builder.VerifyAsync(_ => Task.CompletedTask);

        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already verified*");
        var reuse = () => builder.UponReceiving("another request");
        reuse.Should().Throw<InvalidOperationException>().WithMessage("*already verified*");
    }

    [Test]
    public async Task UponReceiving_DuringVerification_ThrowsAlreadyVerified()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory.Path);
        builder.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond().WithStatus(200);

        var act = () => builder.VerifyAsync(_ =>
        {
            builder.UponReceiving("a late request");
            return Task.CompletedTask;
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.InnerException.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Contain("already verified");
    }

    [Test]
    public async Task VerifyAsync_InteractionWithoutRequest_ThrowsNamingIt()
    {
        var builder = NewBuilder();
        builder.UponReceiving("an incomplete request");

        var act = () => builder.VerifyAsync(_ => Task.CompletedTask);

        await act.Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*interaction 'an incomplete request' has no request*");
    }

    [Test]
    public async Task VerifyAsync_InteractionWithoutStatus_ThrowsNamingIt()
    {
        var builder = NewBuilder();
        builder.UponReceiving("a request without response").WithRequest(HttpMethod.Get, "/").WillRespond();

        var act = () => builder.VerifyAsync(_ => Task.CompletedTask);

        await act.Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*interaction 'a request without response' has no response status*");
    }

    [Test]
    public void Ensure_NativeCallReturnedFalse_ThrowsNamingTheCallAndWhatWasSet()
    {
        var refused = NativeMethods.Given(uint.MaxValue, "a state");

        var act = () => NativeCall.Ensure(refused, "pactffi_given", "provider state 'a state' of interaction 'x'");

        refused.Should().BeFalse();
        act.Should().Throw<PactCoreException>()
            .WithMessage("*refused pactffi_given while setting provider state 'a state' of interaction 'x'*");
    }

    [Test]
    public void Regex_InvalidPattern_ThrowsNamingRegex()
    {
        var act = () => Match.Regex("abc", "a(b");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("regex");
    }

    [Test]
    public void Regex_ExampleNotMatching_ThrowsNamingExample()
    {
        var act = () => Match.Regex("Basic abc", "^Bearer \\S+$");

        act.Should().Throw<ArgumentException>()
            .WithMessage("*'Basic abc' does not match the regex*").Which.ParamName.Should().Be("example");
    }

    [Test]
    public void MinMaxType_MinGreaterThanMax_ThrowsNamingMin()
    {
        var act = () => Match.MinMaxType(new { a = 1 }, 3, 2);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("min");
    }

    [Test]
    public void MinType_NegativeMin_ThrowsNamingMin()
    {
        var act = () => Match.MinType(new { a = 1 }, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("min");
    }

    [Test]
    public void MaxType_ZeroMax_ThrowsNamingMax()
    {
        var act = () => Match.MaxType(new { a = 1 }, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("max");
    }

    [Test]
    public void DateTime_ExampleNotInFormat_ThrowsNamingExample()
    {
        var act = () => Match.DateTime("02/01/2024", "yyyy-MM-dd'T'HH:mm:ss");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("example");
    }

    [Test]
    public void Number_NotFinite_ThrowsNamingExample()
    {
        var act = () => Match.Number(double.NaN);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("example");
    }

    private static PactBuilder NewBuilder(string? directory = null) =>
        Pact.V4("guard-consumer", "guard-provider", new PactConfig { PactDir = directory ?? Path.GetTempPath() })
            .UsingNativeBackend();
}
