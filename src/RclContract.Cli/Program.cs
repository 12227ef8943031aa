using System.Runtime.InteropServices;
using RclContract.Cli;

using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await RclCli.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, stop.Token);

void Stop(PosixSignalContext context)
{
    // Stop gracefully: the sandbox releases its port, a finalize reports that it was cancelled.
    context.Cancel = true;
    stop.Cancel();
}
