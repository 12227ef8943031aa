namespace RclContract.Sandbox;

internal sealed record ValidationTokenBody(string TokenName, string TokenValue, string ChallengeType);
