namespace RclContract.Cli;

internal static class Usage
{
    public const string Text = """
        rcl - finalize an RCL Core API certificate order (Order Finalize, spec/openapi.yaml)

        Usage:
          rcl finalize --subscription ID --request FILE [--base-url URL | --sandbox]
                       [--token-file FILE] [--timeout SECONDS]
          rcl sandbox [--port N] [--provider-states]
          rcl help | --help

        finalize   POSTs the FinalizationRequest in FILE (JSON, see spec/examples/finalize-request.json)
                   for subscription ID and prints the finalized order as indented JSON on stdout.
          --subscription ID   The Subscription Id from the RCL Portal.
          --request FILE      The FinalizationRequest JSON file.
          --base-url URL      The API's base URL; default https://rclapi.azure-api.net/.
          --sandbox           Start an in-process sandbox with a ready order matching FILE and
                              finalize against it (no network beyond 127.0.0.1).
          --token-file FILE   Read the bearer token from FILE (trimmed).
          --timeout SECONDS   Give up after SECONDS (default 60); the order may still be finalized.
          The token comes from --token-file, else the RCL_ACCESS_TOKEN environment variable, else
          (with --sandbox only) a fixed fake token. It is never taken from an argument: --token is
          refused, because arguments are visible in the process list and shell history.

        sandbox    Runs the sandbox provider on 127.0.0.1 in the foreground until Ctrl+C or SIGTERM,
                   printing "Sandbox listening on http://127.0.0.1:PORT/". Subscription sub-0001 holds
                   demo orders https://acme.example.test/acme/order/1000/2000 (ready), .../2001
                   (pending) and .../2002 (valid).
          --port N            Listen on port N; default 0 picks a free port.
          --provider-states   Map POST /_sandbox/provider-states for a Pact verifier.

        Exit codes:
          0  success
          1  unexpected internal error
          2  bad input or usage; nothing was sent
          3  the API answered 400 Bad Request (its text is on stderr)
          4  the API answered 401 Unauthorized (its text is on stderr)
          5  any other failure: another status, an unexpected response, a connection failure, a
             timeout or cancellation; the order may have been finalized, check it before retrying
        """;
}
