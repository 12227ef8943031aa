using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// FsCheck generators of <see cref="HostileExchange"/>: any status from 100 to 599 (200, 400 and 401 more
/// often), content types from proper to garbage, and bodies of random bytes, random JSON fragments, plain text,
/// or a valid order with random mutations (fields removed, retyped or added, truncated).
/// </summary>
public static class HostileExchanges
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/problem+json", "text/json",
        "application/json; charset=utf-16", "application/json; charset=nope", "text/plain",
        "text/plain; charset=utf-7", "text/html", "text/html; charset=iso-8859-1", "application/octet-stream",
        "garbage", ";;;", "a/b/c", "application/", "/json", "application/json; charset=\"", "", " ",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"status\"", "\"orderUri\"", "\"challenges\"", "\"validationTokens\"",
        "\"certificateUri\"", "\"valid\"", "\"https://acme.example.test/o/1\"", "null", "true", "false", "0", "-1",
        "1e999", "12345678901234567890123", "1.5", "\"\\u0000\"", "\"\\ud800\"", "\"\\\"", "\"$ref\"", "\"$type\"",
        "\"$id\"", "\"1\"", "/*", "*/", "//", "\n", " ", "'", "NaN", "Infinity", "undefined", "new Date(1)", "\uFEFF",
    ];

    private static readonly string[] Paths =
    [
        "status", "orderUri", "certificateUri", "validationTokens", "challenges", "validationTokens[0]",
        "validationTokens[0].tokenName", "validationTokens[0].tokenValue", "validationTokens[0].challengeType",
        "challenges[0]", "challenges[0].challengeType", "challenges[0].status", "challenges[0].token",
    ];

    private static readonly string[] ExtraNames = ["extra", "$type", "$ref", "$id", "$values", "", "Status"];

    public static Arbitrary<HostileExchange> Exchange() =>
        (from status in Status()
         from contentType in ContentType()
         from body in Body()
         from retryAfter in Gen.Elements<string?>(null, null, "120", "0", "-5", "Wed, 21 Oct 2015 07:28:00 GMT", "x")
         from challenge in Gen.Elements<string?>(null, null, "Bearer realm=\"rcl\"", "Bearer", "\"", "a, b, ,")
         from small in Gen.Elements(false, true)
         from retry in Gen.Elements(false, true)
         select new HostileExchange(body.Kind, status, contentType, body.Bytes, retryAfter, challenge, small, retry))
        .ToArbitrary();

    private static Gen<int> Status() => Gen.Frequency(
        (4, Gen.Constant(200)), (1, Gen.Constant(400)), (1, Gen.Constant(401)), (3, Gen.Choose(100, 599)));

    private static Gen<string?> ContentType() => Gen.Frequency(
        (6, Gen.Elements(ContentTypes).Select(c => (string?)c)),
        (2, Gen.Constant<string?>(null)),
        (1, Seeded().Select(s => (string?)RandomText(new Random(s), 30))));

    private static Gen<(string Kind, byte[] Bytes)> Body() => Gen.Frequency(
        (1, Gen.Constant(("empty", Array.Empty<byte>()))),
        (2, RandomBytes()),
        (2, JsonFragments()),
        (1, Text()),
        (5, MutatedOrder()));

    private static Gen<(string, byte[])> RandomBytes() =>
        from length in Gen.Choose(1, 3000)
        from seed in Seeded()
        select ("random bytes", Bytes(seed, length));

    private static Gen<(string, byte[])> JsonFragments() =>
        from pieces in Gen.ListOf(Gen.Elements(Fragments))
        select ("JSON fragments", Encoding.UTF8.GetBytes(string.Concat(pieces)));

    private static Gen<(string, byte[])> Text() =>
        from length in Gen.Choose(0, 6000)
        from seed in Seeded()
        select ("text", Encoding.UTF8.GetBytes(RandomText(new Random(seed), length)));

    private static Gen<(string, byte[])> MutatedOrder() =>
        from mutations in Gen.ListOf(Mutation())
        from cutPercent in Gen.Frequency((4, Gen.Constant(100)), (1, Gen.Choose(0, 99)))
        select ("mutated order", Mutate(mutations, cutPercent));

    private static Gen<Action<JObject>> Mutation() => Gen.OneOf(
        Gen.Elements(Paths).Select(path => (Action<JObject>)(o => Remove(o.SelectToken(path)))),
        from path in Gen.Elements(Paths)
        from value in JsonValue()
        select (Action<JObject>)(o => o.SelectToken(path)?.Replace(value.DeepClone())),
        from name in Gen.Elements(ExtraNames)
        from value in JsonValue()
        select (Action<JObject>)(o => o[name] = value.DeepClone()),
        from casing in Gen.Elements("VALID", "Valid", " valid ", "vAlId", "valid\u0000", "ready", "")
        select (Action<JObject>)(o => o["status"] = casing));

    private static Gen<JToken> JsonValue() => Gen.OneOf(
        Gen.Elements<JToken>(
            JValue.CreateNull(), true, false, 0, -1, 1.5, 1e308, long.MaxValue, "", "valid", "x", "\u0000",
            "https://acme.example.test/cert/1", "not a uri", new JArray(), new JArray(JValue.CreateNull()),
            new JArray(1, 2), new JObject(), new JObject(new JProperty("a", 1))),
        Gen.Choose(0, 50).Select(depth => Nested(depth)),
        Gen.Choose(0, 3000).Select(length => (JToken)new string('s', length)));

    private static byte[] Mutate(List<Action<JObject>> mutations, int cutPercent)
    {
        var order = JObject.Parse(TestData.FinalizedOrderJson);
        foreach (var mutate in mutations)
        {
            mutate(order);
        }

        var json = order.ToString(Formatting.None);
        return Encoding.UTF8.GetBytes(json[..(json.Length * cutPercent / 100)]);
    }

    private static void Remove(JToken? token)
    {
        if (token?.Parent is JProperty property)
        {
            property.Remove();
        }
        else
        {
            token?.Remove();
        }
    }

    private static JToken Nested(int depth)
    {
        JToken value = "deep";
        for (var i = 0; i < depth; i++)
        {
            value = new JArray(value);
        }

        return value;
    }

    private static Gen<int> Seeded() => Gen.Choose(int.MinValue, int.MaxValue);

    // Bytes and text come from a System.Random seeded by FsCheck: as reproducible as the rest, and fast.
    private static byte[] Bytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(10) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x80, 0x800),
                2 => (char)random.Next(0xD800, 0xE000),
                _ => (char)random.Next(32, 127),
            });
        }

        return text.ToString();
    }
}
