using System.Net;

namespace RclContract.Client.Tests;

public sealed class SecretTests
{
    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.OK)]
    public async Task FinalizeAsync_ServerEchoesSecrets_ExceptionTextHasNeither(HttpStatusCode status)
    {
        var echo = $"rejected password {TestData.Password} with token {TestData.Token}";
        var contentType = status == HttpStatusCode.OK ? "text/html" : "text/plain";
        using var client = TestData.Client(StubHandler.Answering(status, echo, contentType));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclClientException>()).Which;
        thrown.ToString().Should().NotContain(TestData.Password).And.NotContain(TestData.Token).And.Contain("***");
    }

    [Test]
    public void FinalizationRequest_ToString_DoesNotShowThePassword()
    {
        TestData.Request().ToString().Should().NotContain(TestData.Password).And.Contain("orderUri");
    }
}
