using System.Text.Json;
using System.Text.Json.Serialization;

namespace PactFfi;

/// <summary>Writes a <see cref="Matcher"/> as integration JSON; the example uses the caller's options.</summary>
internal sealed class MatcherJsonConverter : JsonConverter<Matcher>
{
    public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Matchers are written into pacts, not read from JSON.");

    public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("pact:matcher:type", value.Type);
        foreach (var (name, attribute) in value.Attributes)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, attribute, attribute.GetType(), options);
        }

        if (value.HasExample)
        {
            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, value.Example, value.Example?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndObject();
    }
}
