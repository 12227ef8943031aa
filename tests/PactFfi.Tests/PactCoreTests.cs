using PactFfi.Interop;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class PactCoreTests
{
    [Test]
    public void Version_PinnedCore_IsTheExpectedFfiVersion()
    {
        var version = PactCore.Version;

        version.Should().Be("0.5.8");
        PactCore.ExpectedVersion.Should().Be("0.5.8");
        PactCore.PinnedPackageVersion.Should().Be("20.2.0");
    }

    [Test]
    public void LibraryPath_NoOverride_IsNextToTheAssembly()
    {
        var path = PactCore.LibraryPath;

        Path.GetDirectoryName(path).Should().Be(Path.GetDirectoryName(typeof(PactCore).Assembly.Location));
        Path.GetFileName(path).Should().Be(NativeLibraryResolver.FileName);
    }

    [Test]
    public void FetchLog_TwiceInARow_ReturnsTheBufferWithoutFailing()
    {
        var first = PactCore.FetchLog();

        var second = PactCore.FetchLog();

        first.Should().NotBeNull();
        second.Should().NotBeNull();
    }

    [Test]
    public void EnsureExpectedVersion_Mismatch_ThrowsNamingBothVersionsAndTheFix()
    {
        var act = () => PactCore.EnsureExpectedVersion("0.4.1", "0.5.8", "/opt/pact/libpact_ffi.so");

        act.Should().Throw<PactCoreException>()
            .WithMessage("*/opt/pact/libpact_ffi.so reports FFI version 0.4.1*made for 0.5.8*PACT_FFI_LIBRARY*");
    }

    [Test]
    public void LoadFirst_NoCandidateExists_ThrowsListingWhereItLookedAndHowToFix()
    {
        using var directory = new TempDirectory();
        var missing = Path.Combine(directory.Path, "libpact_ffi.so");

        var act = () => NativeLibraryResolver.LoadFirst([missing], out _);

        act.Should().Throw<PactCoreException>()
            .WithMessage($"*could not be loaded*{missing} (not found)*PACT_FFI_LIBRARY*");
    }

    [Test]
    public void LoadFirst_FileIsNotALibrary_ThrowsSayingItCouldNotBeLoaded()
    {
        using var directory = new TempDirectory();
        var bogus = Path.Combine(directory.Path, "libpact_ffi.so");
        File.WriteAllText(bogus, "not a shared object");

        var act = () => NativeLibraryResolver.LoadFirst([bogus], out _);

        act.Should().Throw<PactCoreException>().WithMessage($"*{bogus} (*");
    }

    [Test]
    public void Candidates_OverrideSet_IsTheOnlyCandidate()
    {
        var candidates = NativeLibraryResolver.Candidates("/opt/pact/libpact_ffi.so", "/app/PactFfi.dll", "/app");

        candidates.Should().Equal("/opt/pact/libpact_ffi.so");
    }

    [Test]
    public void Candidates_NoOverride_AssemblyFolderThenBaseDirectory()
    {
        var candidates = NativeLibraryResolver.Candidates(null, "/lib/PactFfi.dll", "/app");

        candidates.Should().Equal(
            Path.Combine("/lib", NativeLibraryResolver.FileName),
            Path.Combine("/app", NativeLibraryResolver.FileName));
    }

    [TestCase("debug", PactLogLevel.Debug)]
    [TestCase("WARN", PactLogLevel.Warn)]
    [TestCase(null, PactLogLevel.Info)]
    [TestCase("loud", PactLogLevel.Info)]
    [TestCase("9", PactLogLevel.Info)]
    public void ParseLogLevel_Value_MapsToLevel(string? value, PactLogLevel expected)
    {
        var level = PactCore.ParseLogLevel(value);

        level.Should().Be(expected);
    }
}
