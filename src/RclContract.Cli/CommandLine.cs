namespace RclContract.Cli;

/// <summary>
/// The options of one command: <c>--name value</c>, <c>--name=value</c> or a flag <c>--name</c>.
/// Messages name the bad option but never repeat a value, which could be a pasted secret.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public bool HelpRequested { get; private set; }

    public static CommandLine Parse(
        string command,
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flagOptions)
    {
        var parsed = new CommandLine();

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                parsed.HelpRequested = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException(
                    $"rcl {command}: unexpected argument at position {i + 1}; options start with --.");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            var inlineValue = equals < 0 ? null : arg[(equals + 1)..];
            if (name == "--token")
            {
                throw new UsageException(
                    "rcl: --token is not accepted: a token on the command line is visible to other users in the "
                    + "process list and stays in shell history. Set RCL_ACCESS_TOKEN or pass --token-file FILE.");
            }

            if (flagOptions.Contains(name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"rcl {command}: {name} takes no value.");
                }

                if (!parsed._flags.Add(name))
                {
                    throw new UsageException($"rcl {command}: {name} is given more than once.");
                }

                continue;
            }

            if (!valueOptions.Contains(name))
            {
                throw new UsageException($"rcl {command}: unknown option {name}. See rcl --help.");
            }

            var value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"rcl {command}: {name} needs a value.");
                }

                value = args[++i];
            }

            if (!parsed._values.TryAdd(name, value))
            {
                throw new UsageException($"rcl {command}: {name} is given more than once.");
            }
        }

        return parsed;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _flags.Contains(name);
}
