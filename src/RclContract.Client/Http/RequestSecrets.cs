namespace RclContract.Client.Http;

/// <summary>
/// The secrets of the finalize call in flight (the request's password, each bearer token sent), so that no
/// text the server sends back can carry them into an exception. Flows with the call through an AsyncLocal.
/// </summary>
internal sealed class RequestSecrets
{
    private const string Mask = "***";

    private static readonly AsyncLocal<RequestSecrets?> CurrentValue = new();

    private readonly Lock _lock = new();
    private readonly List<string> _values = [];

    public static RequestSecrets? Current
    {
        get => CurrentValue.Value;
        set => CurrentValue.Value = value;
    }

    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_lock)
        {
            if (!_values.Contains(secret, StringComparer.Ordinal))
            {
                _values.Add(secret);
                _values.Sort((a, b) => b.Length.CompareTo(a.Length));
            }
        }
    }

    public static string Redact(string text)
    {
        var secrets = Current;
        if (secrets is null || text.Length == 0)
        {
            return text;
        }

        lock (secrets._lock)
        {
            foreach (var secret in secrets._values)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
