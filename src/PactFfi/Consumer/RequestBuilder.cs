using System.Text.Json;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>The request side of one interaction: provider states, method and path, query, headers, body.</summary>
public sealed class RequestBuilder
{
    private readonly PactBuilder _owner;

    private readonly uint _interaction;

    private readonly Dictionary<string, int> _queryCounts = new(StringComparer.Ordinal);

    private readonly MessagePart _part;

    private ResponseBuilder? _response;

    internal RequestBuilder(PactBuilder owner, uint interaction, string description)
    {
        _owner = owner;
        _interaction = interaction;
        Description = description;
        _part = MessagePart.Request(owner, interaction, () => Name);
    }

    internal string Description { get; }

    internal string? Method { get; private set; }

    internal string? PathExample { get; private set; }

    internal string? PathRegex { get; private set; }

    /// <summary>A provider state the provider must be put in before this request.</summary>
    /// <exception cref="ArgumentException">The state is null, empty or white space.</exception>
    public RequestBuilder Given(string providerState)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        _owner.EnsureOpen();

        NativeCall.Ensure(
            NativeMethods.Given(_interaction, providerState),
            "pactffi_given",
            $"provider state '{providerState}' of {Name}");
        return this;
    }

    /// <summary>A provider state with parameters; each value is written as JSON (with the pact's
    /// <see cref="PactConfig.JsonSerializerOptions"/>).</summary>
    /// <exception cref="ArgumentException">The state or a parameter name is empty, or there is no
    /// parameter.</exception>
    public RequestBuilder Given(string providerState, IReadOnlyDictionary<string, object> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            throw new ArgumentException("Pass at least one parameter, or use Given(state).", nameof(parameters));
        }

        if (parameters.Keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A provider state parameter name is empty.", nameof(parameters));
        }

        _owner.EnsureOpen();

        foreach (var (name, value) in parameters)
        {
            var json = JsonSerializer.Serialize(value, _owner.JsonOptions);
            NativeCall.Ensure(
                NativeMethods.GivenWithParam(_interaction, providerState, name, json),
                "pactffi_given_with_param",
                $"parameter '{name}' of provider state '{providerState}' of {Name}");
        }

        return this;
    }

    /// <summary>The request line. <paramref name="path"/> is matched exactly.</summary>
    /// <exception cref="InvalidOperationException">The request line was already set.</exception>
    public RequestBuilder WithRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        return SetRequest(method, path, path, regex: null);
    }

    /// <summary>The request line with a path matcher such as
    /// <c>Match.Regex("/orders/1", "^/orders/\\d+$")</c>.</summary>
    public RequestBuilder WithRequest(HttpMethod method, Matcher path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (path.Example is not string example)
        {
            throw new ArgumentException("A path matcher needs a string example.", nameof(path));
        }

        var regex = path.Attributes.TryGetValue("regex", out var value) ? (string)value : null;
        return SetRequest(method, path.ToJson(_owner.JsonOptions), example, regex);
    }

    /// <summary>A query parameter; call it again with the same name for a repeated parameter.</summary>
    public RequestBuilder WithQuery(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddQuery(name, value);
    }

    /// <summary>A query parameter whose value is matched by <paramref name="value"/> (a string example).</summary>
    public RequestBuilder WithQuery(string name, Matcher value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddQuery(name, value.ToJson(_owner.JsonOptions));
    }

    /// <summary>A request header; call it again with the same name for a repeated header.</summary>
    public RequestBuilder WithHeader(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddHeader(name, value);
    }

    /// <summary>A request header whose value is matched by <paramref name="value"/> (a string example).</summary>
    public RequestBuilder WithHeader(string name, Matcher value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return AddHeader(name, value.ToJson(_owner.JsonOptions));
    }

    /// <summary>A JSON body (content type application/json); it may contain <see cref="Match"/> matchers.
    /// <paramref name="options"/> default to <see cref="PactConfig.JsonSerializerOptions"/>.</summary>
    public RequestBuilder WithJsonBody(object body, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);

        return WithBody(JsonSerializer.Serialize(body, options ?? _owner.JsonOptions), "application/json");
    }

    /// <summary>A body stored as given (a text body is not JSON-quoted), with its content type, which also
    /// becomes the Content-Type header unless one was set.</summary>
    /// <exception cref="InvalidOperationException">The request already has a body.</exception>
    public RequestBuilder WithBody(string body, string contentType)
    {
        _part.SetBody(body, contentType);
        return this;
    }

    /// <summary>Moves on to the response of this interaction.</summary>
    /// <exception cref="InvalidOperationException">Called twice for this interaction.</exception>
    public ResponseBuilder WillRespond()
    {
        _owner.EnsureOpen();
        if (_response is not null)
        {
            throw new InvalidOperationException($"WillRespond was already called for {Name}.");
        }

        _response = new ResponseBuilder(_owner, _interaction, Name);
        return _response;
    }

    internal string Name => $"interaction '{Description}'";

    internal void EnsureComplete()
    {
        if (Method is null)
        {
            throw new InvalidOperationException($"The {Name} has no request: call WithRequest(method, path).");
        }

        if (_response is null || !_response.HasStatus)
        {
            throw new InvalidOperationException(
                $"The {Name} has no response status: call WillRespond().WithStatus(...).");
        }
    }

    private RequestBuilder SetRequest(HttpMethod method, string pathValue, string example, string? regex)
    {
        _owner.EnsureOpen();
        if (Method is not null)
        {
            throw new InvalidOperationException($"The request line of {Name} was already set.");
        }

        NativeCall.Ensure(
            NativeMethods.WithRequest(_interaction, method.Method, pathValue),
            "pactffi_with_request",
            $"the request line {method.Method} {example} of {Name}");
        Method = method.Method;
        PathExample = example;
        PathRegex = regex;
        return this;
    }

    private RequestBuilder AddQuery(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _owner.EnsureOpen();

        var index = _queryCounts.GetValueOrDefault(name);
        NativeCall.Ensure(
            NativeMethods.WithQueryParameterV2(_interaction, name, (nuint)index, value),
            "pactffi_with_query_parameter_v2",
            $"query parameter '{name}' of {Name}");
        _queryCounts[name] = index + 1;
        return this;
    }

    private RequestBuilder AddHeader(string name, string value)
    {
        _part.AddHeader(name, value);
        return this;
    }
}
