using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using RclContract.Testing;

namespace RclContract.Spec.Tests;

/// <summary>
/// Proves the client drift guard (PublicApiTests in RclContract.Client.Tests) sees a spec change: NSwag generates
/// the client from a broken copy of the spec, and its DTO surface no longer matches the approved API file.
/// </summary>
public sealed partial class ClientSurfaceGuardTests
{
    private static readonly string ApprovedApi = Repo.PathOf(
        "tests", "RclContract.Client.Tests", "PublicApi", "RclContract.Client.approved.txt");

    [Test]
    public async Task GeneratedFromTheCommittedSpec_MatchesTheApprovedSurface()
    {
        var generated = await GenerateAsync(File.ReadAllText(Repo.SpecFile));

        var now = Surface(generated);
        var approved = Surface(File.ReadAllText(ApprovedApi));
        approved.Except(now).Should().BeEmpty("these properties are approved but no longer generated from the spec");
        now.Except(approved).Should().BeEmpty("these properties are generated from the spec but not approved");
    }

    [Test]
    public async Task GeneratedFromASpecWithARenamedField_DiffersFromTheApprovedSurface()
    {
        var broken = File.ReadAllText(Repo.SpecFile)
            .Replace("        - hostName\n", "        - hostname\n", StringComparison.Ordinal)
            .Replace("        hostName:\n", "        hostname:\n", StringComparison.Ordinal);

        var generated = await GenerateAsync(broken);

        var now = Surface(generated);
        var approved = Surface(File.ReadAllText(ApprovedApi));
        approved.Except(now).Should().Equal("FinalizationRequest.hostName");
        now.Except(approved).Should().Equal("FinalizationRequest.hostname");
    }

    [Test]
    public void ApprovedVerify_ChangedText_FailsWithADiffAndTheAcceptCommand()
    {
        var approved = File.ReadAllText(ApprovedApi);
        var changed = approved.Replace("\"hostName\"", "\"hostname\"", StringComparison.Ordinal);

        var message = Approved.Difference(ApprovedApi, changed, "The public API", "the-accept-command");

        message.Should().NotBeNull();
        message.Should().Contain("- ").And.Contain("JsonProperty(\"hostName\"")
            .And.Contain("+ ").And.Contain("JsonProperty(\"hostname\"")
            .And.Contain("the-accept-command");
    }

    /// <summary>Each public DTO property as "Class.jsonName", read from C# source or the approved API text.</summary>
    private static List<string> Surface(string code)
    {
        var surface = new List<string>();
        string? type = null;
        foreach (var line in code.Split('\n'))
        {
            if (ClassLine().Match(line) is { Success: true } c)
            {
                type = c.Groups[1].Value;
            }
            else if (type is not null && PropertyLine().Match(line) is { Success: true } p)
            {
                surface.Add($"{type}.{p.Groups[1].Value}");
            }
        }

        return surface;
    }

    private static async Task<string> GenerateAsync(string spec)
    {
        var work = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"nswag-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var specPath = Path.Combine(work, "openapi.yaml");
        var output = Path.Combine(work, "Client.g.cs");
        await File.WriteAllTextAsync(specPath, spec);
        var tool = typeof(ClientSurfaceGuardTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NSwagTool").Value!;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tool, "run", Repo.PathOf("nswag.json"), $"/variables:Spec={specPath},Output={output}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"NSwag must generate the client:\n{await stdout}\n{await stderr}");
        return await File.ReadAllTextAsync(output);
    }

    [GeneratedRegex(@"^\s*public (?:partial )?class (\w+)")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"\[Newtonsoft\.Json\.JsonProperty\(""(\w+)""")]
    private static partial Regex PropertyLine();
}
