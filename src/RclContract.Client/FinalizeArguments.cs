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
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Missing(field);
        }
    }

    private static ArgumentException Missing(string field, string paramName = "request") =>
        new($"FinalizationRequest.{field} is required and must not be empty.", paramName);
}
