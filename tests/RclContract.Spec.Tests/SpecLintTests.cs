using Newtonsoft.Json.Linq;

namespace RclContract.Spec.Tests;

/// <summary><c>redocly lint</c> with the recommended ruleset (redocly.yaml): no errors and no warnings.</summary>
public sealed class SpecLintTests
{
    private static async Task<(int Errors, int Warnings, IReadOnlyList<string> Problems)> LintAsync(string spec)
    {
        var (_, stdout, stderr) = await NpmTool.RunAsync(
            NpmTool.Redocly, "lint", spec, "--config", Repo.PathOf("redocly.yaml"), "--format", "json");
        var start = stdout.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            Assert.Fail($"redocly lint printed no JSON report.\nstdout: {stdout}\nstderr: {stderr}");
        }

        var report = JObject.Parse(stdout[start..]);
        var problems = report["problems"]!
            .Select(p => $"{p["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}")
            .ToList();
        return (report["totals"]!["errors"]!.Value<int>(), report["totals"]!["warnings"]!.Value<int>(), problems);
    }

    private static string BrokenCopy(string find, string replace)
    {
        var text = File.ReadAllText(Repo.SpecFile);
        text.Should().Contain(find, "the broken copy must really change the spec");
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }

    [Test]
    public async Task Lint_CommittedSpec_HasNoErrorsAndNoWarnings()
    {
        var (errors, warnings, problems) = await LintAsync(Repo.SpecFile);

        problems.Should().BeEmpty();
        errors.Should().Be(0);
        warnings.Should().Be(0);
    }

    [Test]
    public async Task Lint_SchemaRenamedButNotItsReferences_ReportsTheUnresolvedReference()
    {
        var spec = BrokenCopy("    FinalizedOrder:\n      type: object", "    FinalisedOrder:\n      type: object");

        var (errors, _, problems) = await LintAsync(spec);

        errors.Should().BeGreaterThan(0);
        problems.Should().Contain(p => p.Contains("no-unresolved-refs", StringComparison.Ordinal));
    }

    [Test]
    public async Task Lint_OperationWithoutSummary_ReportsIt()
    {
        var spec = BrokenCopy("      summary: Finalize a ready certificate order\n", "");

        var (errors, warnings, problems) = await LintAsync(spec);

        (errors + warnings).Should().BeGreaterThan(0);
        problems.Should().Contain(p => p.Contains("operation-summary", StringComparison.Ordinal));
    }
}
