namespace RclContract.Cli;

/// <summary>Writes error lines to stderr with every known secret (token, password) replaced by <c>***</c>.</summary>
internal sealed class ErrorWriter
{
    private const string Mask = "***";

    private readonly TextWriter _stderr;
    private readonly List<string> _secrets = [];

    public ErrorWriter(TextWriter stderr)
    {
        _stderr = stderr;
    }

    public void AddSecret(string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && !_secrets.Contains(secret, StringComparer.Ordinal))
        {
            _secrets.Add(secret);
            _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    public void WriteLine(string message)
    {
        foreach (var secret in _secrets)
        {
            message = message.Replace(secret, Mask, StringComparison.Ordinal);
        }

        _stderr.WriteLine(message);
        _stderr.Flush();
    }
}
