using System.Diagnostics;

namespace PactFfi.Tests.Support;

/// <summary>
/// Runs the PactResolveNativeLibrary target of build/PactNative.targets in a throw-away project with a
/// chosen PATH and a fresh cache, so the fetch logic is tested without the SDK and without the network.
/// </summary>
internal sealed class NativeBuild : IDisposable
{
    private readonly TempDirectory _root = new();

    public NativeBuild()
    {
        CacheDirectory = Directory.CreateDirectory(Path.Combine(_root.Path, "cache")).FullName;
        BinDirectory = Directory.CreateDirectory(Path.Combine(_root.Path, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(BinDirectory, "sh"), "/bin/sh");
        var build = Path.Combine(RepoRoot, "build");
        File.WriteAllText(ProjectPath, $"""
            <Project>
              <Import Project="{Path.Combine(build, "PactNative.props")}" />
              <Import Project="{Path.Combine(build, "PactNative.targets")}" />
            </Project>
            """);
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Holds <c>sh</c> only (MSBuild's Exec needs it): npm is missing unless a test adds one.</summary>
    public string BinDirectory { get; }

    public string CacheDirectory { get; }

    public string CachedLibraryFolder => Path.Combine(CacheDirectory, "20.2.0", "linux-x64");

    private string ProjectPath => Path.Combine(_root.Path, "native.proj");

    public void AddFakeNpmWritingGarbageTarball() =>
        WriteScript("npm", """
            #!/bin/sh
            while [ $# -gt 0 ]; do
              if [ "$1" = "--pack-destination" ]; then shift; dest="$1"; fi
              shift
            done
            echo "not a tarball" > "$dest/pact-foundation-pact-core-linux-x64-glibc-20.2.0.tgz"
            """);

    public void AddFakeNpmRecordingCalls() =>
        WriteScript("npm", $"""
            #!/bin/sh
            echo called > "{Path.Combine(_root.Path, "npm-called")}"
            exit 1
            """);

    public bool NpmWasCalled => File.Exists(Path.Combine(_root.Path, "npm-called"));

    public async Task<(int ExitCode, string Output)> RunAsync(
        string runtimeIdentifier = "linux-x64", IReadOnlyDictionary<string, string>? environment = null,
        params string[] properties)
    {
        var start = new ProcessStartInfo(DotnetPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "msbuild", ProjectPath, "-t:PactResolveNativeLibrary", "-nologo", "-v:n", "-nodeReuse:false",
                     "-clp:NoSummary", $"-p:NETCoreSdkRuntimeIdentifier={runtimeIdentifier}",
                 }.Concat(properties.Select(property => $"-p:{property}")))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["PATH"] = BinDirectory;
        start.Environment["PACT_NATIVE_CACHE"] = CacheDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => _root.Dispose();

    private static bool IsInherited(string key) =>
        key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("PACT_", StringComparison.OrdinalIgnoreCase)
        || key.Equals("XDG_CACHE_HOME", StringComparison.Ordinal);

    private static string DotnetPath =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "dotnet"))
                .First(File.Exists);

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "build", "PactNative.targets")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("build/PactNative.targets not found above " + AppContext.BaseDirectory);
    }

    private void WriteScript(string name, string text)
    {
        var path = Path.Combine(BinDirectory, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
