namespace RclContract.Client;

/// <summary>Checks a finalize call's arguments before anything is sent.</summary>
internal static class FinalizeArguments
{
    public static void Validate(string subscriptionId, FinalizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        if (subscriptionId is "." or "..")
        {
            throw new ArgumentException(
                $"subscriptionId must not be '{subscriptionId}': a dot segment would change the request's path.",
                nameof(subscriptionId));
        }

        if (!IsWellFormed(subscriptionId))
        {
            throw new ArgumentException(
                "subscriptionId holds a lone surrogate, which UTF-8 cannot carry: the id sent would not be this one.",
                nameof(subscriptionId));
        }

        ArgumentNullException.ThrowIfNull(request);
        Require(request.HostName, "hostName");
        Require(request.RootDomain, "rootDomain");
        if (request.OrderUri is null)
        {
            throw Missing("orderUri");
        }

        if (!request.OrderUri.IsAbsoluteUri)
        {
            throw new ArgumentException(
                "FinalizationRequest.orderUri must be an absolute URI (the ACME order URL).", nameof(request));
        }

        Require(request.ChallengeType, "challengeType");
        Require(request.Email, "email");
        Require(request.Password, "password");
        if (request.CsrInfo is null)
        {
            throw Missing("csrInfo");
        }

        Require(request.CsrInfo.CountryName, "csrInfo.countryName");
        Require(request.CsrInfo.Organization, "csrInfo.organization");
        RequireWellFormed(request.CsrInfo.Locality, "csrInfo.locality");
        RequireWellFormed(request.CsrInfo.State, "csrInfo.state");
        RequireWellFormed(request.CsrInfo.OrganizationUnit, "csrInfo.organizationUnit");
    }

    /// <summary>The request the generated serializer refused, for a reason it gives.</summary>
    public static ArgumentException Unsendable(string reason, string paramName = "request") =>
        new($"The FinalizationRequest cannot be sent: {reason}", paramName);

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Missing(field);
        }

        RequireWellFormed(value, field);
    }

    /// <summary>
    /// A lone surrogate would be sent as U+FFFD: the server would get another value than the caller gave (for the
    /// password, one the caller does not know). The message never shows the value.
    /// </summary>
    private static void RequireWellFormed(string? value, string field)
    {
        if (value is not null && !IsWellFormed(value))
        {
            throw Malformed(field);
        }
    }

    private static bool IsWellFormed(string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf16(rest, out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static ArgumentException Malformed(string field, string paramName = "request") =>
        new($"FinalizationRequest.{field} holds a lone surrogate, which UTF-8 cannot carry.", paramName);

    private static ArgumentException Missing(string field, string paramName = "request") =>
        new($"FinalizationRequest.{field} is required and must not be empty.", paramName);
}
