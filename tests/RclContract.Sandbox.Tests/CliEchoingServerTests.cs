using System.Net;
using System.Net.Sockets;
using System.Text;
using RclContract.Cli;

namespace RclContract.Sandbox.Tests;

/// <summary>Servers that echo the secrets back: neither may reach stdout or stderr in any form.</summary>
public sealed class CliEchoingServerTests
{
    private const string AwkwardPassword = "pa\"ss\\wörd/SECRET-9d1";

    [Test]
    public async Task Finalize_ServerEchoesAPasswordNeedingJsonEscapes_StderrMasksIt()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = EchoOnceAsync(listener);
        using var harness = new CliHarness();
        var body = TestRequests.Body();
        body["password"] = AwkwardPassword;
        var request = harness.WriteRequest(body);

        var run = await harness.RunAsync(
            "finalize", "--subscription", "sub-0001", "--request", request, "--base-url", $"http://127.0.0.1:{port}/");

        run.ExitCode.Should().Be(ExitCodes.BadRequest, run.Stderr);
        run.Stderr.Should().Contain("\"password\":\"***\"").And.NotContain("SECRET-9d1");
        await serve.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task Finalize_200OrderEchoingTheSecrets_StdoutMasksThem()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var order = $$"""
            {"status":"valid","orderUri":"https://a.test/{{TestRequests.Token}}",
             "certificateUri":"https://a.test/{{TestRequests.Password}}"}
            """;
        var serve = AnswerOnceAsync(listener, 200, "application/json", _ => order);
        using var harness = new CliHarness();
        var request = harness.WriteRequest();

        var run = await harness.RunAsync(
            "finalize", "--subscription", "sub-0001", "--request", request, "--base-url", $"http://127.0.0.1:{port}/");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().Contain("\"orderUri\": \"https://a.test/***\"")
            .And.Contain("\"certificateUri\": \"https://a.test/***\"");
        await serve.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static Task EchoOnceAsync(HttpListener listener) =>
        AnswerOnceAsync(listener, 400, "text/plain; charset=utf-8", body => "rejected: " + body);

    private static async Task AnswerOnceAsync(
        HttpListener listener, int status, string contentType, Func<string, string> answer)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var echo = Encoding.UTF8.GetBytes(answer(await reader.ReadToEndAsync()));
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.OutputStream.WriteAsync(echo);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
