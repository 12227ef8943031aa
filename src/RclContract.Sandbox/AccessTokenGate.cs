namespace RclContract.Sandbox;

/// <summary>Checks the bearer token. The sandbox accepts any non-empty token unless told to reject them.</summary>
internal sealed partial class AccessTokenGate
{
    public const string MissingTokenText = "Authorization failed. A bearer access token is required.";
    public const string RejectedTokenText = "Authorization failed. The access token was rejected.";

    private volatile bool _rejectAll;

    public bool RejectAll
    {
        get => _rejectAll;
        set => _rejectAll = value;
    }

    /// <summary>Returns null when the request may pass, otherwise the 401 text. Never reads the token out.</summary>
    public string? Check(string? authorization)
    {
        if (!HasBearerToken(authorization))
        {
            return MissingTokenText;
        }

        return _rejectAll ? RejectedTokenText : null;
    }

    private static bool HasBearerToken(string? authorization)
    {
        const string Scheme = "Bearer";

        if (authorization is null
            || authorization.Length <= Scheme.Length
            || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || authorization[Scheme.Length] != ' ')
        {
            return false;
        }

        // RFC 6750: the credentials are one token68, so no white space inside.
        return Token68().IsMatch(authorization[(Scheme.Length + 1)..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9\-._~+/]+=*$")]
    private static partial System.Text.RegularExpressions.Regex Token68();
}
