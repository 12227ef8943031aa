using System.Reflection;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>
/// The loaded Pact core (libpact_ffi): loads it once per process, checks its version against the one the
/// build pinned and sends its log to an in-memory buffer. Every other type calls <see cref="Initialize"/>
/// itself; call it first only to choose the log level.
/// </summary>
public static class PactCore
{
    /// <summary>Environment variable read by an implicit <see cref="Initialize"/>: off, error, warn, info,
    /// debug or trace (default info).</summary>
    public const string LogLevelVariable = "PACT_LOG_LEVEL";

    private static readonly Lock Gate = new();

    private static string? _version;

    /// <summary>FFI version the build pinned (what <c>pactffi_version()</c> of the pinned npm package
    /// returns).</summary>
    public static string ExpectedVersion { get; } = ReadMetadata("PactFfiExpectedVersion");

    /// <summary>Version of the npm package the native core was taken from.</summary>
    public static string PinnedPackageVersion { get; } = ReadMetadata("PactCoreVersion");

    /// <summary>FFI version of the loaded library; loads it on first use.</summary>
    /// <exception cref="PactCoreException">The library is missing or not <see cref="ExpectedVersion"/>.</exception>
    public static string Version
    {
        get
        {
            Initialize();
            return _version!;
        }
    }

    /// <summary>Full path of the loaded library; loads it on first use.</summary>
    public static string LibraryPath
    {
        get
        {
            Initialize();
            return NativeLibraryResolver.LoadedPath!;
        }
    }

    /// <summary>
    /// Loads the core, checks its version and sends its log to a buffer at <paramref name="logLevel"/>
    /// (or <c>PACT_LOG_LEVEL</c>, else info, when null). Only the first call in a process has an effect:
    /// the core accepts one logger per process.
    /// </summary>
    /// <exception cref="PactCoreException">The library is missing or not <see cref="ExpectedVersion"/>.</exception>
    public static void Initialize(PactLogLevel? logLevel = null)
    {
        lock (Gate)
        {
            if (_version is not null)
            {
                return;
            }

            NativeLibraryResolver.Load();

            var actual = NativeText.ReadBorrowed(NativeMethods.Version()) ?? "(none)";
            EnsureExpectedVersion(actual, ExpectedVersion, NativeLibraryResolver.LoadedPath!);

            var level = logLevel ?? ParseLogLevel(Environment.GetEnvironmentVariable(LogLevelVariable));
            // -1 means another component of this process already installed a logger; keep it.
            _ = NativeMethods.LogToBuffer((int)level);
            _version = actual;
        }
    }

    /// <summary>
    /// The core's process-wide log buffer: messages logged outside a mock server or verifier (set-up calls).
    /// A mock server's own log is in <see cref="PactVerificationException.MockServerLog"/>.
    /// </summary>
    public static string FetchLog()
    {
        Initialize();
        return NativeText.ReadOwned(NativeMethods.FetchLogBuffer(null)) ?? string.Empty;
    }

    internal static void EnsureExpectedVersion(string actual, string expected, string libraryPath)
    {
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            return;
        }

        throw new PactCoreException(
            $"The Pact core at {libraryPath} reports FFI version {actual}, but this build of PactFfi was made "
            + $"for {expected} (npm package {PinnedPackageVersion}). Point PACT_FFI_LIBRARY or PactFfiLibrary "
            + $"at libpact_ffi {expected}, or unset them to use the pinned core.");
    }

    internal static PactLogLevel ParseLogLevel(string? value) =>
        Enum.TryParse<PactLogLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : PactLogLevel.Info;

    private static string ReadMetadata(string key) =>
        typeof(PactCore).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value ?? "(unknown)";
}
