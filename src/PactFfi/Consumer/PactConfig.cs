using System.Text.Json;

namespace PactFfi;

/// <summary>Settings of one consumer pact.</summary>
public sealed class PactConfig
{
    /// <summary>Folder the pact file is written to (created if missing). Default: <c>pacts</c> under the
    /// current directory. An existing file there is merged with, never replaced: start each run from a
    /// fresh folder.</summary>
    public string PactDir { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "pacts");

    /// <summary>Receives the Pact core's mock server log when a verification fails, e.g.
    /// <c>TestContext.Out.WriteLine</c>. Never called for a passing test.</summary>
    public Action<string>? Output { get; init; }

    /// <summary>Options for bodies, matcher examples and provider state parameters. Default: System.Text.Json
    /// defaults (property names as declared: camelCase is the caller's choice).</summary>
    public JsonSerializerOptions? JsonSerializerOptions { get; init; }
}
