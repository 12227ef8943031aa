using Newtonsoft.Json;

namespace RclContract.Client;

/// <summary>
/// Reads and writes the API's JSON with the settings the generated client uses, for callers that load a
/// <see cref="FinalizationRequest"/> from a file or print a <see cref="FinalizedOrder"/>.
/// </summary>
public static class RclJson
{
    /// <summary>
    /// Parses <paramref name="json"/> as <typeparamref name="T"/>. Required properties of the spec must be
    /// present; a <see cref="JsonException"/> names the first that is not.
    /// </summary>
    public static T Deserialize<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);

        return JsonConvert.DeserializeObject<T>(json, Settings)
            ?? throw new JsonSerializationException($"The JSON is null; expected a {typeof(T).Name} object.");
    }

    /// <summary>Writes <paramref name="value"/> as JSON, indented when <paramref name="indented"/> is true.</summary>
    public static string Serialize(object value, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(value);

        return JsonConvert.SerializeObject(value, indented ? Formatting.Indented : Formatting.None, Settings);
    }

    internal static JsonSerializerSettings Settings { get; } = CreateSettings();

    internal static void Apply(JsonSerializerSettings settings)
    {
        // The API sends strings and arrays only; a date-looking string stays a string.
        settings.DateParseHandling = DateParseHandling.None;
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;

        // The API has no $type, $id or $ref metadata; read such names as ordinary (extra) properties. Newtonsoft
        // otherwise reads their values itself and throws NullReferenceException on a "$type" that is not a string.
        settings.MetadataPropertyHandling = MetadataPropertyHandling.Ignore;
        settings.MaxDepth = 32;
    }

    private static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings();
        Apply(settings);
        return settings;
    }
}
