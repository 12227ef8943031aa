namespace RclContract.Sandbox;

/// <summary>The sandbox's own reading of the spec's FinalizationRequest; independent of the client's DTOs.</summary>
internal sealed record FinalizeRequestBody(
    string HostName,
    string RootDomain,
    string OrderUri,
    string ChallengeType,
    string Email,
    string Password,
    CsrInfoBody CsrInfo);
