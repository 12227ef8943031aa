using System.Net;
using System.Text.Json;

namespace RclContract.Client.Tests;

public sealed class SecretMaskTests
{
    private const string AwkwardPassword = "pa\"ss\\wörd/<SECRET> &+";

    [Test]
    public void Apply_SecretInEveryEchoedForm_MasksEachForm()
    {
        var mask = new SecretMask();
        mask.Add(AwkwardPassword);
        var forms = new[]
        {
            AwkwardPassword,
            Newtonsoft.Json.JsonConvert.ToString(AwkwardPassword),
            JsonSerializer.Serialize(AwkwardPassword),
            System.Text.RegularExpressions.Regex.Replace(
                JsonSerializer.Serialize(AwkwardPassword), @"\\u[0-9A-F]{4}", m => m.Value.ToLowerInvariant()),
            Uri.EscapeDataString(AwkwardPassword),
            WebUtility.UrlEncode(AwkwardPassword),
        };

        var masked = forms.Select(form => mask.Apply($"before {form} after")).ToList();

        masked.Should().OnlyContain(text => text.StartsWith("before ", StringComparison.Ordinal)
            && text.Contains(SecretMask.Mask, StringComparison.Ordinal)
            && !text.Contains("SECRET", StringComparison.Ordinal));
    }

    [Test]
    public void Apply_TextWithoutSecrets_IsUnchanged()
    {
        var mask = new SecretMask();
        mask.Add(AwkwardPassword);
        mask.Add(null);
        mask.Add("");

        mask.Apply("nothing to hide here").Should().Be("nothing to hide here");
    }

    [Test]
    public async Task FinalizeAsync_ServerEchoesTheRequestBody_PasswordIsMaskedInItsJsonForm()
    {
        var handler = new StubHandler(async (request, token) => StubHandler.Response(
            HttpStatusCode.BadRequest, "you sent: " + await request.Content!.ReadAsStringAsync(token), "text/plain"));
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        request.Password = AwkwardPassword;

        var call = () => client.FinalizeAsync("sub-0001", request);

        var thrown = (await call.Should().ThrowAsync<RclBadRequestException>()).Which;
        thrown.ResponseText.Should().Contain("\"password\":\"***\"").And.NotContain("SECRET");
        thrown.ToString().Should().NotContain("SECRET");
    }
}
