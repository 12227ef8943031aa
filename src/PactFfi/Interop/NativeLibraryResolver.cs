using System.Reflection;
using System.Runtime.InteropServices;

namespace PactFfi.Interop;

/// <summary>
/// Loads libpact_ffi from a known place so a missing library is reported with where we looked and how to
/// fix it, never as a bare <see cref="DllNotFoundException"/>. Order: the file named by the environment
/// variable <c>PACT_FFI_LIBRARY</c> (nothing else is tried when it is set), then next to this assembly,
/// then the application's base directory.
/// </summary>
internal static class NativeLibraryResolver
{
    internal const string OverrideVariable = "PACT_FFI_LIBRARY";

    private static readonly Lock Gate = new();

    private static bool _registered;

    private static IntPtr _handle;

    internal static string? LoadedPath { get; private set; }

    internal static string FileName =>
        OperatingSystem.IsWindows() ? "pact_ffi.dll"
        : OperatingSystem.IsMacOS() ? "libpact_ffi.dylib"
        : "libpact_ffi.so";

    internal static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
            _registered = true;
        }
    }

    /// <summary>Loads the library once per process.</summary>
    /// <exception cref="PactCoreException">No candidate exists or it cannot be loaded.</exception>
    internal static IntPtr Load()
    {
        lock (Gate)
        {
            if (_handle != IntPtr.Zero)
            {
                return _handle;
            }

            var candidates = Candidates(
                Environment.GetEnvironmentVariable(OverrideVariable),
                typeof(NativeLibraryResolver).Assembly.Location,
                AppContext.BaseDirectory);

            _handle = LoadFirst(candidates, out var loadedPath);
            LoadedPath = loadedPath;
            return _handle;
        }
    }

    internal static IReadOnlyList<string> Candidates(
        string? overridePath, string assemblyLocation, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return [Path.GetFullPath(overridePath)];
        }

        var candidates = new List<string>();
        var assemblyDirectory = string.IsNullOrEmpty(assemblyLocation)
            ? null
            : Path.GetDirectoryName(assemblyLocation);
        if (assemblyDirectory is not null)
        {
            candidates.Add(Path.GetFullPath(Path.Combine(assemblyDirectory, FileName)));
        }

        var besideApp = Path.GetFullPath(Path.Combine(baseDirectory, FileName));
        if (!candidates.Contains(besideApp))
        {
            candidates.Add(besideApp);
        }

        return candidates;
    }

    internal static IntPtr LoadFirst(IReadOnlyList<string> candidates, out string loadedPath)
    {
        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate))
            {
                tried.Add($"{candidate} (not found)");
                continue;
            }

            try
            {
                var handle = NativeLibrary.Load(candidate);
                loadedPath = candidate;
                return handle;
            }
            catch (DllNotFoundException ex)
            {
                tried.Add($"{candidate} (could not be loaded: {ex.Message})");
            }
            catch (BadImageFormatException ex)
            {
                tried.Add($"{candidate} (not a library for this process: {ex.Message})");
            }
        }

        throw new PactCoreException(
            $"The Pact core library {FileName} could not be loaded. Looked at:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", tried) + Environment.NewLine
            + "Fix: build the project that references PactFfi (the build fetches the pinned core and copies it "
            + "to the output directory; see src/PactFfi/README.md), or set the environment variable "
            + $"{OverrideVariable} to the full path of an installed {FileName} {PactCore.ExpectedVersion}.");
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == NativeMethods.LibraryName ? Load() : IntPtr.Zero;
}
