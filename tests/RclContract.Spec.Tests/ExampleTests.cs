using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace RclContract.Spec.Tests;

public sealed class ExampleTests
{
    private static SpecDocument _spec = null!;

    [OneTimeSetUp]
    public static async Task LoadSpec() => _spec = await SpecDocument.LoadAsync();

    private static IEnumerable<TestCaseData> MediaExamples()
    {
        var spec = SpecDocument.LoadAsync().GetAwaiter().GetResult();
        var operation = spec.Finalize;
        foreach (var (name, example) in operation.RequestBody.Content["application/json"].Examples)
        {
            yield return new TestCaseData("request", "application/json", name).SetArgDisplayNames("request", name);
        }

        foreach (var (status, response) in operation.Responses)
        {
            foreach (var (mediaType, media) in response.Content)
            {
                foreach (var name in media.Examples.Keys)
                {
                    yield return new TestCaseData(status, mediaType, name).SetArgDisplayNames(status, name);
                }
            }
        }
    }

    [TestCaseSource(nameof(MediaExamples))]
    public void MediaExample_ValidatesAgainstItsSchema(string where, string mediaType, string name)
    {
        var media = where == "request"
            ? _spec.Finalize.RequestBody.Content[mediaType]
            : _spec.Finalize.Responses[where].Content[mediaType];
        var value = JToken.FromObject(media.Examples[name].Value!);

        var errors = SpecDocument.Validate(media.Schema.ActualSchema, value);

        errors.Should().BeEmpty();
        if (mediaType == "text/plain")
        {
            value.Type.Should().Be(JTokenType.String, "a text/plain example is plain text");
        }
    }

    private static IEnumerable<TestCaseData> PropertyExamples()
    {
        var spec = SpecDocument.LoadAsync().GetAwaiter().GetResult();
        foreach (var (schemaName, schema) in spec.Document.Components.Schemas)
        {
            foreach (var (propertyName, property) in schema.Properties)
            {
                if (property.Example is not null)
                {
                    yield return new TestCaseData(schemaName, propertyName).SetArgDisplayNames(schemaName, propertyName);
                }
            }
        }
    }

    [TestCaseSource(nameof(PropertyExamples))]
    public void PropertyExample_ValidatesAgainstItsProperty(string schemaName, string propertyName)
    {
        var property = _spec.Schema(schemaName).Properties[propertyName];

        var errors = SpecDocument.Validate(property.ActualSchema, JToken.FromObject(property.Example!));

        errors.Should().BeEmpty();
    }

    [Test]
    public void ShippedExampleRequestFile_ValidatesAgainstFinalizationRequest()
    {
        var json = File.ReadAllText(Repo.PathOf("spec", "examples", "finalize-request.json"));

        SpecDocument.Validate(_spec.Schema("FinalizationRequest"), json).Should().BeEmpty();
    }

    [TestCase("password", "#/password: PropertyRequired")]
    [TestCase("csrInfo", "#/csrInfo: PropertyRequired")]
    public void Validate_ExampleMissingARequiredProperty_ReportsIt(string removed, string expected)
    {
        var example = JObject.FromObject(_spec.Finalize.RequestBody.Content["application/json"].Examples.Values.First().Value!);
        example.Remove(removed);

        var errors = SpecDocument.Validate(_spec.Schema("FinalizationRequest"), example);

        errors.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Test]
    public void Validate_OrderUriNotAUri_ReportsTheFormat()
    {
        var order = JObject.FromObject(_spec.Finalize.Responses["200"].Content["application/json"].Examples.Values.First().Value!);
        order["orderUri"] = "not a uri";

        var errors = SpecDocument.Validate(_spec.Schema("FinalizedOrder"), order);

        errors.Should().ContainSingle().Which.Should().Contain("orderUri").And.Contain("UriExpected");
    }

    [Test]
    public void Schema_StringProperties_AreNotClosedEnums()
    {
        var closed = _spec.Document.Components.Schemas
            .SelectMany(s => s.Value.Properties.Select(p => (Name: $"{s.Key}.{p.Key}", p.Value)))
            .Where(p => p.Value.Enumeration.Count > 0)
            .Select(p => p.Name);

        closed.Should().BeEmpty("the client must accept values it does not know");
    }

    [Test]
    public void Schema_JsonSchemaType_IsObjectForEveryComponent()
    {
        _spec.Document.Components.Schemas.Values.Should().OnlyContain(s => s.Type == JsonObjectType.Object);
    }

    [Test]
    public void Spec_TheRequestAndEveryResponse_HaveExamples()
    {
        var operation = _spec.Finalize;

        operation.RequestBody.Content.Values.Should().OnlyContain(media => media.Examples.Count > 0);
        operation.Responses.Should().OnlyContain(
            response => response.Value.Content.Values.All(media => media.Examples.Count > 0),
            "the example tests above are generated from these and would run no case without them");
        PropertyExamples().Should().HaveCountGreaterThan(10);
    }
}
