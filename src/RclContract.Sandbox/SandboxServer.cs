using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RclContract.Sandbox;

/// <summary>
/// An in-memory provider of the spec's Order Finalize endpoint on 127.0.0.1, for demos, tests and Pact
/// verification. Start it with <see cref="StartAsync"/> and dispose it to stop it.
/// </summary>
/// <remarks>
/// With <see cref="SandboxOptions.SeedDemoOrders"/>, subscription <see cref="DemoSubscriptionId"/> holds
/// <see cref="DemoReadyOrderUri"/> (<c>ready</c>), <see cref="DemoPendingOrderUri"/> (<c>pending</c>) and
/// <see cref="DemoValidOrderUri"/> (<c>valid</c>). Any non-empty bearer token is accepted.
/// </remarks>
public sealed class SandboxServer : IAsyncDisposable
{
    /// <summary>The subscription of the demo orders.</summary>
    public static readonly string DemoSubscriptionId = "sub-0001";

    /// <summary>The demo order in status <c>ready</c>, named by <c>spec/examples/finalize-request.json</c>.</summary>
    public static readonly string DemoReadyOrderUri = "https://acme.example.test/acme/order/1000/2000";

    /// <summary>The demo order in status <c>pending</c>.</summary>
    public static readonly string DemoPendingOrderUri = "https://acme.example.test/acme/order/1000/2001";

    /// <summary>The demo order in status <c>valid</c>, already finalized.</summary>
    public static readonly string DemoValidOrderUri = "https://acme.example.test/acme/order/1000/2002";

    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly AccessTokenGate _tokens;
    private int _disposed;

    private SandboxServer(WebApplication app, OrderStore orders, AccessTokenGate tokens, Uri baseAddress)
    {
        _app = app;
        Orders = orders;
        _tokens = tokens;
        BaseAddress = baseAddress;
        ProviderStatesUri = new Uri(baseAddress, ProviderStateEndpoint.Route.TrimStart('/'));
    }

    /// <summary>Where the sandbox listens: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The provider-state endpoint, <c>BaseAddress + "_sandbox/provider-states"</c>. It answers 404 unless
    /// <see cref="SandboxOptions.EnableProviderStates"/> was on.
    /// </summary>
    public Uri ProviderStatesUri { get; }

    /// <summary>The orders the sandbox serves; changes take effect on the next request.</summary>
    public OrderStore Orders { get; }

    /// <summary>
    /// When true, every bearer token is answered with 401 "Authorization failed. The access token was
    /// rejected.". Also set by the provider state <see cref="SandboxProviderStates.AccessTokenRejected"/>.
    /// </summary>
    public bool RejectAccessTokens
    {
        get => _tokens.RejectAll;
        set => _tokens.RejectAll = value;
    }

    /// <summary>Starts the sandbox and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    /// <exception cref="IOException">The port could not be bound.</exception>
    public static async Task<SandboxServer> StartAsync(
        SandboxOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Behaviour, "options.Behaviour");
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, "options.Port");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, "options.Port");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestBodyBytes, "options.MaxRequestBodyBytes");

        var orders = new OrderStore();
        var tokens = new AccessTokenGate();
        if (options.SeedDemoOrders)
        {
            SeedDemoOrders(orders);
        }

        var app = Build(options, orders, tokens);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new SandboxServer(app, orders, tokens, ReadBaseAddress(app));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs the sandbox until <paramref name="cancellationToken"/> is cancelled, then stops it and returns.
    /// </summary>
    /// <param name="options">As for <see cref="StartAsync"/>.</param>
    /// <param name="started">Called once with the running server, for example to print its address.</param>
    /// <param name="cancellationToken">Stops the sandbox; cancelling is the normal way to end, not an error.</param>
    public static async Task RunAsync(
        SandboxOptions options,
        Action<SandboxServer>? started,
        CancellationToken cancellationToken)
    {
        var server = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            started?.Invoke(server);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Cancellation is how a standalone sandbox is asked to stop.
            }
        }
    }

    /// <summary>Stops listening and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(ShutdownTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void SeedDemoOrders(OrderStore orders)
    {
        orders.Put(DemoSubscriptionId, DemoReadyOrderUri, SandboxOrderStatus.Ready);
        orders.Put(DemoSubscriptionId, DemoPendingOrderUri, SandboxOrderStatus.Pending);
        orders.Put(DemoSubscriptionId, DemoValidOrderUri, SandboxOrderStatus.Valid);
    }

    private static WebApplication Build(SandboxOptions options, OrderStore orders, AccessTokenGate tokens)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        ConfigureLogging(builder.Logging, options.LoggerProvider);

        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SandboxServer).FullName!);
        if (options.LoggerProvider is not null)
        {
            app.Use((context, next) => LogRequestAsync(log, context, next));
        }

        app.MapPost(FinalizeEndpoint.Route, new FinalizeEndpoint(orders, tokens, options).HandleAsync);
        if (options.EnableProviderStates)
        {
            app.MapPost(ProviderStateEndpoint.Route, new ProviderStateEndpoint(orders, tokens).HandleAsync);
        }

        return app;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, ILoggerProvider? provider)
    {
        logging.ClearProviders();
        if (provider is null)
        {
            return;
        }

        logging.AddProvider(provider);
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter(typeof(SandboxServer).FullName, LogLevel.Debug);
    }

    private static async Task LogRequestAsync(ILogger log, HttpContext context, RequestDelegate next)
    {
        var started = TimeProvider.System.GetTimestamp();
        await next(context).ConfigureAwait(false);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        SandboxLog.Request(
            log,
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Response.StatusCode,
            elapsed.TotalMilliseconds);
    }

    private static Uri ReadBaseAddress(WebApplication app)
    {
        var features = app.Services.GetRequiredService<IServer>().Features;
        var addresses = features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it bound.");
        var bound = new Uri(addresses.Addresses.Single());
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{bound.Port}/"));
    }
}
