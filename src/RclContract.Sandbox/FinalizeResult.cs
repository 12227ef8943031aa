namespace RclContract.Sandbox;

internal enum FinalizeResult
{
    NotFound,
    NotReady,
    AlreadyFinalized,
    Finalized,
}
