using System.Net;
using System.Text.Json;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>The response side of one interaction: status, headers, body.</summary>
public sealed class ResponseBuilder
{
    private readonly PactBuilder _owner;

    private readonly uint _interaction;

    private readonly string _name;

    private readonly MessagePart _part;

    internal ResponseBuilder(PactBuilder owner, uint interaction, string name)
    {
        _owner = owner;
        _interaction = interaction;
        _name = name;
        _part = MessagePart.Response(owner, interaction, () => _name);
    }

    internal bool HasStatus { get; private set; }

    /// <summary>The response status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 100–599.</exception>
    public ResponseBuilder WithStatus(HttpStatusCode status) => WithStatus((int)status);

    /// <summary>The response status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 100–599.</exception>
    /// <exception cref="InvalidOperationException">The status was already set.</exception>
    public ResponseBuilder WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        _owner.EnsureOpen();
        if (HasStatus)
        {
            throw new InvalidOperationException($"The response status of {_name} was already set.");
        }

        NativeCall.Ensure(
            NativeMethods.ResponseStatus(_interaction, (ushort)status),
            "pactffi_response_status",
            $"response status {status} of {_name}");
        HasStatus = true;
        return this;
    }

    /// <summary>A response header; call it again with the same name for a repeated header.</summary>
    public ResponseBuilder WithHeader(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddHeader(name, value);
    }

    /// <summary>A response header whose value is matched by <paramref name="value"/>; the mock server sends
    /// the example.</summary>
    public ResponseBuilder WithHeader(string name, Matcher value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddHeader(name, value.ToJson(_owner.JsonOptions));
    }

    /// <summary>A JSON body (content type application/json); it may contain <see cref="Match"/> matchers.
    /// <paramref name="options"/> default to <see cref="PactConfig.JsonSerializerOptions"/>.</summary>
    public ResponseBuilder WithJsonBody(object body, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);

        return WithBody(JsonSerializer.Serialize(body, options ?? _owner.JsonOptions), "application/json");
    }

    /// <summary>A body stored as given (a text body is not JSON-quoted), with its content type, which also
    /// becomes the Content-Type header unless one was set.</summary>
    /// <exception cref="InvalidOperationException">The response already has a body.</exception>
    public ResponseBuilder WithBody(string body, string contentType)
    {
        _part.SetBody(body, contentType);
        return this;
    }

    private ResponseBuilder AddHeader(string name, string value)
    {
        _part.AddHeader(name, value);
        return this;
    }
}
