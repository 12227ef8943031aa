namespace RclContract.Testing;

/// <summary>
/// Compares a text with its approved copy in the repository. With <c>RCL_ACCEPT=1</c> in the environment the
/// approved copy is rewritten instead, so a reviewed change is accepted by re-running the test.
/// </summary>
internal static class Approved
{
    public const string AcceptVariable = "RCL_ACCEPT";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string approvedPath, string actual, string what, string acceptCommand)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            return;
        }

        if (Difference(approvedPath, actual, what, acceptCommand) is { } difference)
        {
            Assert.Fail(difference);
        }
    }

    /// <summary>The failure message <see cref="Verify"/> would give, or null when the texts are the same.</summary>
    public static string? Difference(string approvedPath, string actual, string what, string acceptCommand)
    {
        actual = actual.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == actual)
        {
            return null;
        }

        return $"{what} differs from the approved copy {approvedPath}.\n"
            + "Read the diff (- approved, + now); if the change is intended, accept it with:\n"
            + $"    {acceptCommand}\n"
            + "and commit the file.\n\n"
            + TextDiff.Unified(approved, actual);
    }
}
