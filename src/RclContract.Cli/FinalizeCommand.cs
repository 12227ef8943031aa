using System.Globalization;
using System.Net;
using RclContract.Client;
using RclContract.Sandbox;

namespace RclContract.Cli;

/// <summary>
/// <c>rcl finalize</c>: checks every input before anything is sent, finalizes through
/// <see cref="RclFinalizeClient"/> and maps the outcome to an exit code.
/// </summary>
internal static class FinalizeCommand
{
    private const string SubscriptionOption = "--subscription";
    private const string RequestOption = "--request";
    private const string BaseUrlOption = "--base-url";
    private const string SandboxOption = "--sandbox";
    private const string TokenFileOption = "--token-file";
    private const string TimeoutOption = "--timeout";

    private static readonly string[] ValueOptions =
        [SubscriptionOption, RequestOption, BaseUrlOption, TokenFileOption, TimeoutOption];

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter stdout,
        ErrorWriter errors,
        Func<string, string?> getEnvironment,
        CancellationToken cancellationToken)
    {
        var commandLine = CommandLine.Parse("finalize", args, ValueOptions, [SandboxOption]);
        if (commandLine.HelpRequested)
        {
            await stdout.WriteLineAsync(Usage.Text);
            return ExitCodes.Success;
        }

        var subscriptionId = Required(commandLine, SubscriptionOption);
        if (string.IsNullOrWhiteSpace(subscriptionId))
        {
            throw new UsageException("rcl finalize: --subscription must not be empty.");
        }

        var useSandbox = commandLine.Flag(SandboxOption);
        var baseUrl = ParseBaseUrl(commandLine.Value(BaseUrlOption), useSandbox);
        var timeout = ParseTimeout(commandLine.Value(TimeoutOption));
        var token = AccessTokenSource.Resolve(commandLine.Value(TokenFileOption), getEnvironment, useSandbox);
        errors.AddSecret(token);
        var request = RequestFile.Load(Required(commandLine, RequestOption));
        errors.AddSecret(request.Password);

        var options = new RclClientOptions { BaseUrl = baseUrl ?? RclClientOptions.DefaultBaseUrl };
        if (timeout is { } value)
        {
            options.Timeout = value;
        }

        return await FinalizeAsync(
            subscriptionId, request, options, token, useSandbox, stdout, errors, cancellationToken);
    }

    private static async Task<int> FinalizeAsync(
        string subscriptionId,
        FinalizationRequest request,
        RclClientOptions options,
        string token,
        bool useSandbox,
        TextWriter stdout,
        ErrorWriter errors,
        CancellationToken cancellationToken)
    {
        SandboxServer? sandbox = null;
        try
        {
            if (useSandbox)
            {
                sandbox = await StartSandboxAsync(subscriptionId, request, cancellationToken);
                options.BaseUrl = sandbox.BaseAddress;
            }

            using var client = new RclFinalizeClient(options, (_, _) => ValueTask.FromResult(token));
            var order = await client.FinalizeAsync(subscriptionId, request, cancellationToken);
            await stdout.WriteLineAsync(errors.Mask(RclJson.Serialize(order, indented: true)));
            await stdout.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (ArgumentException exception)
        {
            errors.WriteLine($"rcl finalize: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (RclApiException exception) when (exception.StatusCode is HttpStatusCode.BadRequest)
        {
            errors.WriteLine(Answered("400 Bad Request", exception.ResponseText));
            return ExitCodes.BadRequest;
        }
        catch (RclApiException exception) when (exception.StatusCode is HttpStatusCode.Unauthorized)
        {
            errors.WriteLine(Answered("401 Unauthorized", exception.ResponseText));
            return ExitCodes.Unauthorized;
        }
        catch (RclClientException exception)
        {
            errors.WriteLine($"rcl finalize: {exception.Message}");
            if (exception.OutcomeUnknown)
            {
                errors.WriteLine("rcl finalize: the order may have been finalized; check its state before retrying.");
            }

            return ExitCodes.Failure;
        }
        catch (IOException exception) when (sandbox is null && useSandbox)
        {
            errors.WriteLine($"rcl finalize: the sandbox could not start: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.WriteLine("rcl finalize: cancelled; the order may have been finalized, check it before retrying.");
            return ExitCodes.Failure;
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    private static async Task<SandboxServer> StartSandboxAsync(
        string subscriptionId,
        FinalizationRequest request,
        CancellationToken cancellationToken)
    {
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedDemoOrders = false }, cancellationToken);
        sandbox.Orders.Put(subscriptionId, request.OrderUri.OriginalString, SandboxOrderStatus.Ready);
        return sandbox;
    }

    private static string Answered(string status, string text) => text.Length == 0
        ? $"rcl finalize: the RCL API answered {status} with an empty body."
        : $"rcl finalize: the RCL API answered {status}: {text}";

    private static string Required(CommandLine commandLine, string option) =>
        commandLine.Value(option) ?? throw new UsageException($"rcl finalize: {option} is required.");

    private static Uri? ParseBaseUrl(string? value, bool useSandbox)
    {
        if (value is null)
        {
            return null;
        }

        if (useSandbox)
        {
            throw new UsageException(
                $"rcl finalize: {BaseUrlOption} and {SandboxOption} exclude each other; give one of them.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new UsageException($"rcl finalize: {BaseUrlOption} must be an absolute http or https URL.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new UsageException(
                $"rcl finalize: {BaseUrlOption} must not hold credentials; the token comes from "
                + $"{AccessTokenSource.EnvironmentVariable} or {TokenFileOption}.");
        }

        return uri;
    }

    private static TimeSpan? ParseTimeout(string? value)
    {
        if (value is null)
        {
            return null;
        }

        const double MaxSeconds = 24 * 60 * 60;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds) || seconds <= 0 || seconds > MaxSeconds)
        {
            throw new UsageException(
                $"rcl finalize: {TimeoutOption} must be a number of seconds greater than 0 and at most {MaxSeconds}.");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
