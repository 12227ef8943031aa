using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RclContract.Client.Tests.Hardening;

/// <summary>Keeps every line logged at any level, with its structured values and exception.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        _lines.Enqueue($"scope: {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        _lines.Enqueue($"{logLevel} {eventId}: {formatter(state, exception)} [{values}] {exception}");
    }
}
