using RclContract.Client;

namespace RclContract.Cli;

/// <summary>Writes error lines to stderr with every known secret (token, password) replaced by <c>***</c>.</summary>
internal sealed class ErrorWriter
{
    private readonly TextWriter _stderr;
    private readonly SecretMask _secrets = new();

    public ErrorWriter(TextWriter stderr)
    {
        _stderr = stderr;
    }

    public void AddSecret(string? secret) => _secrets.Add(secret);

    /// <summary>The text with the known secrets masked, for what goes to stdout (a server may echo them).</summary>
    public string Mask(string text) => _secrets.Apply(text);

    public void WriteLine(string message)
    {
        _stderr.WriteLine(_secrets.Apply(message));
        _stderr.Flush();
    }
}
