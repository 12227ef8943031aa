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

    public void WriteLine(string message)
    {
        _stderr.WriteLine(_secrets.Apply(message));
        _stderr.Flush();
    }
}
