namespace RclContract.Cli;

/// <summary>Bad input or usage, found before anything was sent. Its message names the problem.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UsageException()
    {
    }
}
