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

    private static string EveryCharacterEscaped(string text, Func<char, string> escape) =>
        string.Concat(text.Select(escape));

    [Test]
    public void Apply_EveryCharacterJsonEscapedInEitherCase_MasksIt()
    {
        var mask = new SecretMask();
        mask.Add("tokSECRET123");
        var upper = EveryCharacterEscaped("tokSECRET123", c => $"\\u{(int)c:X4}");
        var lower = EveryCharacterEscaped("tokSECRET123", c => $"\\u{(int)c:x4}");

        mask.Apply($"a {upper} b {lower} c").Should().Be("a *** b *** c");
    }

    [Test]
    public void Apply_EveryCharacterPercentEncodedOrMixed_MasksIt()
    {
        var mask = new SecretMask();
        mask.Add("pass wörd");
        var percent = "%70%61%73%73%20%77%c3%b6%72%64";
        var mixed = "pa%73s+w\\u00F6rd";

        mask.Apply($"[{percent}] [{mixed}]").Should().Be("[***] [***]");
    }

    [Test]
    public async Task FinalizeAsync_200WithUnquotedPassword_MessageQuotesNoCharacterOfTheBody()
    {
        using var client = TestData.Client(
            StubHandler.AnsweringOrder($$"""{"status": {{TestData.Password}}}"""));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclResponseFormatException>()).Which;
        thrown.Message.Should().Contain("is not valid JSON (line 1, position").And.NotContain(": n.");
    }
}
