namespace RclContract.Cli;

/// <summary>The <c>rcl</c> command, callable in-process; <c>Program.Main</c> only wires the console to it.</summary>
public static class RclCli
{
    /// <summary>Runs <c>rcl</c> and returns its exit code, one of <see cref="ExitCodes"/>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">
    /// Receives the result only: the finalized order as JSON, the usage text, or the sandbox's address.
    /// </param>
    /// <param name="stderr">Receives error messages; never a token or password.</param>
    /// <param name="getEnvironment">Reads an environment variable (<c>RCL_ACCESS_TOKEN</c>); null when unset.</param>
    /// <param name="cancellationToken">Stops a running sandbox (exit 0) or abandons a finalize (exit 5).</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Func<string, string?> getEnvironment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(getEnvironment);

        var errors = new ErrorWriter(stderr);
        try
        {
            return await DispatchAsync(args, stdout, errors, getEnvironment, cancellationToken);
        }
        catch (UsageException exception)
        {
            errors.WriteLine(exception.Message);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: report any failure as exit 1, never a stack dump.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            errors.WriteLine($"rcl: internal error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static Task<int> DispatchAsync(
        string[] args,
        TextWriter stdout,
        ErrorWriter errors,
        Func<string, string?> getEnvironment,
        CancellationToken cancellationToken)
    {
        if (args.Length == 0)
        {
            errors.WriteLine(Usage.Text);
            return Task.FromResult(ExitCodes.BadInput);
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "help" or "--help" or "-h":
                stdout.WriteLine(Usage.Text);
                return Task.FromResult(ExitCodes.Success);
            case "finalize":
                return FinalizeCommand.RunAsync(rest, stdout, errors, getEnvironment, cancellationToken);
            case "sandbox":
                return SandboxCommand.RunAsync(rest, stdout, errors, cancellationToken);
            default:
                // Echo a command name only if it looks like one, never a stray value such as a pasted token.
                var looksLikeCommand = args[0].Length <= 20 && args[0].All(char.IsAsciiLetterLower);
                var shown = looksLikeCommand ? $" '{args[0]}'" : string.Empty;
                throw new UsageException($"rcl: unknown command{shown}. Commands: finalize, sandbox, help.");
        }
    }
}
