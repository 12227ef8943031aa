namespace PactFfi.Tests.Parallel;

[SetUpFixture]
public sealed class SharedPactCleanup
{
    [OneTimeTearDown]
    public void DeleteSharedPactFolder() => SharedPact.Folder.Dispose();
}
