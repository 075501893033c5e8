using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Tests.Schools;

public class SchoolTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("6651002740", true)]
    [InlineData("665100274", false)]
    [InlineData("66510027401", false)]
    [InlineData("66510O2740", false)]
    [InlineData("６６５１００２７４０", false)]
    public void Inn_is_optional_or_ten_ascii_digits(string? inn, bool valid) =>
        School.IsValidInn(inn).Should().Be(valid);

    [Fact]
    public void A_new_school_is_active() => new School().IsActive.Should().BeTrue();
}
