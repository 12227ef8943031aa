namespace RclContract.Sandbox;

internal readonly record struct FinalizeOutcome(FinalizeResult Result, SandboxOrder? Order);
