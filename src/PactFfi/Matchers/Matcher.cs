using System.Text.Json;
using System.Text.Json.Serialization;

namespace PactFfi;

/// <summary>
/// A Pact matching rule with its example, written as the core's integration JSON
/// (<c>{"pact:matcher:type": ..., "value": ...}</c>) wherever it appears in a body, header, query or path.
/// Create one with <see cref="Match"/>.
/// </summary>
[JsonConverter(typeof(MatcherJsonConverter))]
public sealed class Matcher
{
    internal Matcher(string type, object? example, bool hasExample, IReadOnlyDictionary<string, object>? attributes)
    {
        Type = type;
        Example = example;
        HasExample = hasExample;
        Attributes = attributes ?? new Dictionary<string, object>();
    }

    /// <summary>The core's matcher type, such as <c>type</c>, <c>regex</c> or <c>datetime</c>.</summary>
    public string Type { get; }

    /// <summary>The example written into the pact (for arrays of like items: the whole array).</summary>
    public object? Example { get; }

    internal bool HasExample { get; }

    internal IReadOnlyDictionary<string, object> Attributes { get; }

    /// <summary>The integration JSON of this matcher.</summary>
    public string ToJson(JsonSerializerOptions? options = null) => JsonSerializer.Serialize(this, options);

    /// <inheritdoc />
    public override string ToString() => ToJson();
}
