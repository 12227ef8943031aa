namespace RclContract.Sandbox;

internal sealed record ChallengeBody(string ChallengeType, string Status, string Token);
