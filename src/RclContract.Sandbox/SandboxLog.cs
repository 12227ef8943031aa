using Microsoft.Extensions.Logging;

namespace RclContract.Sandbox;

internal static partial class SandboxLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:F1} ms")]
    public static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
