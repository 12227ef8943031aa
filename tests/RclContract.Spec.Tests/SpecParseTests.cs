using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace RclContract.Spec.Tests;

public sealed class SpecParseTests
{
    private static OpenApiDocument Read(out OpenApiDiagnostic diagnostic)
    {
        using var stream = File.OpenRead(Repo.SpecFile);
        return new OpenApiStreamReader().Read(stream, out diagnostic);
    }

    [Test]
    public void Spec_ReadByMicrosoftOpenApi_HasNoErrorsOrWarnings()
    {
        Read(out var diagnostic);

        diagnostic.Errors.Should().BeEmpty();
        // Microsoft.OpenApi 1.6 reads a media example's value without its schema, so a `format: password` string
        // there is "mismatched". That one false positive is allowed; any other warning fails.
        diagnostic.Warnings.Where(w => !IsPasswordExampleFalsePositive(w)).Should().BeEmpty();
        diagnostic.SpecificationVersion.Should().Be(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0);
    }

    private static bool IsPasswordExampleFalsePositive(Microsoft.OpenApi.Models.OpenApiError warning) =>
        warning.Message.StartsWith("Data and type mismatch", StringComparison.Ordinal)
        && warning.Pointer.EndsWith("/examples/dnsValidatedOrder/value/password", StringComparison.Ordinal);

    [Test]
    public void Spec_Info_NamesTheVendorsVersionAndALicense()
    {
        var document = Read(out _);

        document.Info.Version.Should().Be("6.0.10");
        document.Info.License.Name.Should().NotBeNullOrWhiteSpace();
        document.Servers.Select(s => s.Url).Should().Contain("https://rclapi.azure-api.net");
    }

    [Test]
    public void FinalizeOperation_Declares200JsonAnd400And401Text()
    {
        var operation = Read(out _).Paths["/production/ssl/core/v1/order/subscription/{subscriptionid}/finalize"]
            .Operations[OperationType.Post];

        operation.OperationId.Should().Be("FinalizeOrder");
        operation.Responses.Keys.Should().BeEquivalentTo("200", "400", "401");
        operation.Responses["200"].Content.Keys.Should().Equal("application/json");
        operation.Responses["400"].Content.Keys.Should().Equal("text/plain");
        operation.Responses["401"].Content.Keys.Should().Equal("text/plain");
        operation.Responses["400"].Content["text/plain"].Schema.Type.Should().Be("string");
        operation.RequestBody.Required.Should().BeTrue();
    }

    [Test]
    public void FinalizeOperation_RequiresBearerAuth()
    {
        var document = Read(out _);
        var operation = document.Paths.Single().Value.Operations[OperationType.Post];

        var scheme = operation.Security.Should().ContainSingle().Which.Keys.Should().ContainSingle().Subject;
        scheme.Type.Should().Be(SecuritySchemeType.Http);
        scheme.Scheme.Should().Be("bearer");
    }

    [Test]
    public void SubscriptionId_IsARequiredNonEmptyPathString()
    {
        var parameter = Read(out _).Paths.Single().Value.Operations[OperationType.Post].Parameters.Single();

        parameter.Name.Should().Be("subscriptionid");
        parameter.In.Should().Be(ParameterLocation.Path);
        parameter.Required.Should().BeTrue();
        parameter.Schema.Type.Should().Be("string");
        parameter.Schema.MinLength.Should().Be(1);
    }

    [Test]
    public void Password_IsAWriteOnlySecret()
    {
        var password = Read(out _).Components.Schemas["FinalizationRequest"].Properties["password"];

        password.Format.Should().Be("password");
        password.WriteOnly.Should().BeTrue();
    }

    [Test]
    public void OrderStatus_DocumentsTheAcmeStatusesAsAnExtensibleList()
    {
        var status = Read(out _).Components.Schemas["FinalizedOrder"].Properties["status"];

        status.Enum.Should().BeEmpty("a closed enum would make the generated client throw on a new status");
        status.Extensions.Should().ContainKey("x-extensible-enum");
        var values = (Microsoft.OpenApi.Any.OpenApiArray)status.Extensions["x-extensible-enum"];
        values.Cast<Microsoft.OpenApi.Any.OpenApiString>().Select(v => v.Value)
            .Should().Equal("pending", "ready", "processing", "valid", "invalid");
    }

    [TestCase("FinalizationRequest", "hostName", "rootDomain", "orderUri", "challengeType", "email", "password", "csrInfo")]
    [TestCase("CsrInfo", "countryName", "organization")]
    [TestCase("FinalizedOrder", "status", "orderUri")]
    [TestCase("ValidationToken", "tokenName", "tokenValue")]
    [TestCase("Challenge", "challengeType", "status")]
    public void Schema_RequiredList_IsTheConsideredOne(string schema, params string[] required)
    {
        var document = Read(out _);

        document.Components.Schemas[schema].Required.Should().BeEquivalentTo(required);
        document.Components.Schemas[schema].Description.Should().NotBeNullOrWhiteSpace();
    }
}
