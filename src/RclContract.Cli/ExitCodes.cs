namespace RclContract.Cli;

/// <summary>The exit codes of <c>rcl</c>. Scripts may rely on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected internal error; the message on stderr is worth reporting.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input or usage; nothing was sent.</summary>
    public const int BadInput = 2;

    /// <summary>The API answered 400 Bad Request; its text is on stderr.</summary>
    public const int BadRequest = 3;

    /// <summary>The API answered 401 Unauthorized; its text is on stderr.</summary>
    public const int Unauthorized = 4;

    /// <summary>
    /// Any other failure: another status, a response that is not an order, a connection failure, a timeout,
    /// or cancellation. The order may have been finalized; check it before trying again.
    /// </summary>
    public const int Failure = 5;
}
