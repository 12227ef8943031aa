namespace RclContract.Client;

// Hooks into the NSwag-generated class; see build/NSwagClient.targets. Not sealed: the generated half
// declares protected and virtual members, which a sealed class would turn into compiler warnings.
#pragma warning disable CA1852
internal partial class RclCoreClient
#pragma warning restore CA1852
{
    static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings) =>
        RclJson.Apply(settings);
}
