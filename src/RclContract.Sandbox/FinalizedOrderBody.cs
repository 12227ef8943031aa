namespace RclContract.Sandbox;

/// <summary>The sandbox's own model of the spec's FinalizedOrder, serialized with camelCase names.</summary>
internal sealed record FinalizedOrderBody(
    string Status,
    IReadOnlyList<ValidationTokenBody>? ValidationTokens,
    IReadOnlyList<ChallengeBody>? Challenges,
    string OrderUri,
    string? CertificateUri);
