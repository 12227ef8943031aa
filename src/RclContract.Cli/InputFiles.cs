using System.Text;

namespace RclContract.Cli;

internal static class InputFiles
{
    /// <summary>Reads a small UTF-8 text file; any failure is a <see cref="UsageException"/> naming it.</summary>
    public static string ReadText(string path, string what, long maxBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"rcl finalize: the {what} path is empty.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"rcl finalize: {what} '{path}' is a directory, not a file.");
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new UsageException($"rcl finalize: {what} '{path}' does not exist.");
            }

            if (info.Length > maxBytes)
            {
                throw new UsageException($"rcl finalize: {what} '{path}' is larger than {maxBytes} bytes.");
            }

            return File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or DecoderFallbackException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"rcl finalize: {what} '{path}' cannot be read: {exception.Message}", exception);
        }
    }
}
