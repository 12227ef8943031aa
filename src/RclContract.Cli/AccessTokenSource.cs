namespace RclContract.Cli;

/// <summary>
/// Finds the bearer token: <c>--token-file</c>, else <c>RCL_ACCESS_TOKEN</c>, else (with <c>--sandbox</c>) a fixed
/// fake token. Never from a plain argument, and no message ever contains the token.
/// </summary>
internal static class AccessTokenSource
{
    public const string EnvironmentVariable = "RCL_ACCESS_TOKEN";

    /// <summary>Accepted by the sandbox like any other token; worthless anywhere else.</summary>
    public const string SandboxToken = "sandbox-fake-token-not-a-secret";

    private const long MaxTokenFileBytes = 64 * 1024;

    public static string Resolve(string? tokenFile, Func<string, string?> getEnvironment, bool sandbox)
    {
        if (tokenFile is not null)
        {
            return Check(ReadTokenFile(tokenFile), $"token file '{tokenFile}'");
        }

        var fromEnvironment = getEnvironment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Check(fromEnvironment.Trim(), EnvironmentVariable);
        }

        if (sandbox)
        {
            return SandboxToken;
        }

        throw new UsageException(
            $"rcl finalize: no access token. Set {EnvironmentVariable} or pass --token-file FILE.");
    }

    private static string ReadTokenFile(string path)
    {
        var text = InputFiles.ReadText(path, "token file", MaxTokenFileBytes).Trim();
        if (text.Length == 0)
        {
            throw new UsageException($"rcl finalize: token file '{path}' is empty.");
        }

        return text;
    }

    private static string Check(string token, string source)
    {
        if (token.Any(c => c <= ' ' || c > '~'))
        {
            throw new UsageException(
                $"rcl finalize: the token from {source} holds characters a bearer token cannot contain "
                + "(white space, control or non-ASCII characters).");
        }

        return token;
    }
}
