using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace RclContract.Sandbox;

/// <summary>
/// Builds the finalized order. Tokens are derived from the order URI, so the same order always shows the
/// same tokens; they look like ACME tokens (43 base64url characters) but prove nothing.
/// </summary>
internal static class FinalizedOrderFactory
{
    private const string DnsRecordPrefix = "_acme-challenge";
    private const string HttpPathPrefix = "/.well-known/acme-challenge/";

    public static FinalizedOrderBody Create(
        SandboxOrder order,
        FinalizeRequestBody request,
        SandboxBehaviour behaviour)
    {
        var challengeToken = DeriveToken(order.OrderUri, "challenge");
        var isHttp = string.Equals(request.ChallengeType, "HTTP", StringComparison.OrdinalIgnoreCase);
        var tokenName = isHttp ? HttpPathPrefix + challengeToken : DnsRecordName(request.HostName, request.RootDomain);
        var tokenValue = DeriveToken(order.OrderUri, "key-authorization");

        IReadOnlyList<ValidationTokenBody>? tokens = [new(tokenName, tokenValue, request.ChallengeType)];
        IReadOnlyList<ChallengeBody>? challenges =
            [new(AcmeChallengeType(request.ChallengeType), SandboxOrderStatus.Valid, challengeToken)];
        if (behaviour.OmitTokenLists)
        {
            tokens = null;
            challenges = null;
        }

        var certificateUri = behaviour.OmitCertificateUri ? null : order.CertificateUri?.AbsoluteUri;
        var status = behaviour.FinalizedStatusOverride ?? order.Status;
        return new FinalizedOrderBody(status, tokens, challenges, order.OrderUri, certificateUri);
    }

    /// <summary>Maps the request's validation kind to the ACME wire name: <c>DNS</c> becomes <c>dns-01</c>.</summary>
    internal static string AcmeChallengeType(string challengeType)
    {
        var lower = challengeType.Trim().ToLowerInvariant();
        return lower.EndsWith("-01", StringComparison.Ordinal) ? lower : lower + "-01";
    }

    /// <summary><c>www.example.com</c> under <c>example.com</c> gives <c>_acme-challenge.www</c>.</summary>
    internal static string DnsRecordName(string hostName, string rootDomain)
    {
        var host = hostName.Trim().TrimEnd('.');
        var root = rootDomain.Trim().TrimEnd('.');

        if (string.Equals(host, root, StringComparison.OrdinalIgnoreCase))
        {
            return DnsRecordPrefix;
        }

        var suffix = "." + root;
        var label = host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? host[..^suffix.Length] : host;
        return DnsRecordPrefix + "." + label;
    }

    private static string DeriveToken(string orderUri, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + orderUri));
        return Base64Url.EncodeToString(hash);
    }
}
