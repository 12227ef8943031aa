namespace RclContract.Client.Tests;

public sealed class SmokeTests
{
    [Test]
    public void Dto_Exists_HasStatus()
    {
        var order = new FinalizedOrder { Status = "valid" };

        order.Status.Should().Be("valid");
    }
}
