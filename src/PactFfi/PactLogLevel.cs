namespace PactFfi;

/// <summary>Level of the Pact core's own log (the core's <c>LevelFilter</c>).</summary>
public enum PactLogLevel
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,

    /// <summary>At this level and <see cref="Trace"/> the core logs request headers, secrets included.</summary>
    Debug = 4,
    Trace = 5,
}
