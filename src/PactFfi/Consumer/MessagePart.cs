using PactFfi.Interop;

namespace PactFfi;

/// <summary>What a request and a response share: headers (repeats counted) and one body, set in the core.</summary>
internal sealed class MessagePart
{
    private readonly PactBuilder _owner;
    private readonly uint _interaction;
    private readonly int _part;
    private readonly string _partName;
    private readonly Func<string> _interactionName;
    private readonly Dictionary<string, int> _headerCounts = new(StringComparer.OrdinalIgnoreCase);
    private bool _hasBody;

    private MessagePart(PactBuilder owner, uint interaction, int part, string partName, Func<string> interactionName)
    {
        _owner = owner;
        _interaction = interaction;
        _part = part;
        _partName = partName;
        _interactionName = interactionName;
    }

    public static MessagePart Request(PactBuilder owner, uint interaction, Func<string> interactionName) =>
        new(owner, interaction, 0, "request", interactionName);

    public static MessagePart Response(PactBuilder owner, uint interaction, Func<string> interactionName) =>
        new(owner, interaction, 1, "response", interactionName);

    public void AddHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _owner.EnsureOpen();

        var index = _headerCounts.GetValueOrDefault(name);
        NativeCall.Ensure(
            NativeMethods.WithHeaderV2(_interaction, _part, name, (nuint)index, value),
            "pactffi_with_header_v2",
            $"{_partName} header '{name}' of {_interactionName()}");
        _headerCounts[name] = index + 1;
    }

    /// <exception cref="InvalidOperationException">The part already has a body.</exception>
    public void SetBody(string body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        _owner.EnsureOpen();
        if (_hasBody)
        {
            throw new InvalidOperationException($"The {_partName} of {_interactionName()} already has a body.");
        }

        NativeCall.Ensure(
            NativeMethods.WithBody(_interaction, _part, contentType, body),
            "pactffi_with_body",
            $"the {_partName} body ({contentType}) of {_interactionName()}");
        _hasBody = true;
    }
}
