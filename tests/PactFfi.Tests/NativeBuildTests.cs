using System.Text.RegularExpressions;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
[Platform(Exclude = "Win")]
public sealed partial class NativeBuildTests
{
    private const string Pin =
        "sha512-sj2gGwCkq1QPIXrXW7jaGKAmn5eJIAgNURKAVqE9z2+uEZWqIni/Bp2Jh6xt4L+nyHOZ5F/pZ/J1FxKf//ilEw==";

    [Test]
    public async Task Resolve_NoNpmAndEmptyCache_FailsWithOneErrorSayingWhatToInstallOrSet()
    {
        using var build = new NativeBuild();

        var (exitCode, output) = await build.RunAsync();

        exitCode.Should().NotBe(0);
        var error = ErrorLines().Matches(output).Should().ContainSingle().Which.Value;
        error.Should().Contain("could not fetch @pact-foundation/pact-core-linux-x64-glibc@20.2.0")
            .And.Contain("Install Node.js with npm")
            .And.Contain("PactFfiLibrary")
            .And.Contain("PACT_FFI_LIBRARY");
        Directory.EnumerateFileSystemEntries(build.CachedLibraryFolder).Should().BeEmpty();
    }

    [Test]
    public async Task Resolve_TarballFailsIntegrity_FailsNamingExpectedAndActualAndDeletesIt()
    {
        using var build = new NativeBuild();
        build.AddFakeNpmWritingGarbageTarball();

        var (exitCode, output) = await build.RunAsync();

        exitCode.Should().NotBe(0);
        var error = ErrorLines().Matches(output).Should().ContainSingle().Which.Value;
        error.Should().Contain("failed its integrity check and was deleted")
            .And.Contain($"Expected {Pin}")
            .And.MatchRegex("actual sha512-[A-Za-z0-9+/]{86}==");
        Directory.EnumerateFileSystemEntries(build.CachedLibraryFolder, "*", SearchOption.AllDirectories)
            .Should().BeEmpty();
    }

    [Test]
    public async Task Resolve_LibraryAlreadyCached_SucceedsWithoutCallingNpm()
    {
        using var build = new NativeBuild();
        build.AddFakeNpmRecordingCalls();
        Directory.CreateDirectory(build.CachedLibraryFolder);
        var cached = Path.Combine(build.CachedLibraryFolder, "libpact_ffi.so");
        File.WriteAllText(cached, "cached");

        var (exitCode, output) = await build.RunAsync();

        exitCode.Should().Be(0, output);
        output.Should().Contain($"Pact core: using {cached}").And.NotContain("fetching");
        build.NpmWasCalled.Should().BeFalse();
    }

    [Test]
    public async Task Resolve_EnvironmentOverride_SkipsNpmAndUsesIt()
    {
        using var build = new NativeBuild();
        build.AddFakeNpmRecordingCalls();
        var installed = Path.Combine(build.CacheDirectory, "installed-libpact_ffi.so");
        File.WriteAllText(installed, "installed");

        var (exitCode, output) = await build.RunAsync(
            environment: new Dictionary<string, string> { ["PACT_FFI_LIBRARY"] = installed });

        exitCode.Should().Be(0, output);
        output.Should().Contain($"Pact core: using {installed}");
        build.NpmWasCalled.Should().BeFalse();
    }

    [Test]
    public async Task Resolve_PropertyOverrideMissing_FailsNamingThePath()
    {
        using var build = new NativeBuild();

        var (exitCode, output) = await build.RunAsync(properties: "PactFfiLibrary=/nonexistent/libpact_ffi.so");

        exitCode.Should().NotBe(0);
        ErrorLines().Matches(output).Should().ContainSingle()
            .Which.Value.Should().Contain("points at '/nonexistent/libpact_ffi.so', which does not exist");
    }

    [Test]
    public async Task Resolve_UnsupportedRuntime_FailsListingSupportedOnes()
    {
        using var build = new NativeBuild();

        var (exitCode, output) = await build.RunAsync(runtimeIdentifier: "freebsd-x64");

        exitCode.Should().NotBe(0);
        ErrorLines().Matches(output).Should().ContainSingle()
            .Which.Value.Should().Contain("runtime identifier 'freebsd-x64' is not supported")
            .And.Contain("linux-x64, linux-arm64, linux-musl-x64, osx-x64, osx-arm64, win-x64");
    }

    [GeneratedRegex(@"^.*: error( [A-Z]+[0-9]+)? *:.*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLines();
}
