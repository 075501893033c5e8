using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.Web.Tests.Data;

/// <summary>Page numbers from the address never overflow a row offset (page 2147483647 of the audit log was a 500).</summary>
public class PagingTests
{
    [Theory]
    [InlineData(0, 25, 1)]
    [InlineData(1, 25, 1)]
    [InlineData(25, 25, 1)]
    [InlineData(26, 25, 2)]
    [InlineData(int.MaxValue, 50, 42_949_673)]
    [InlineData(-5, 25, 1)]
    public void A_count_makes_at_least_one_page(int total, int pageSize, int pages) =>
        Paging.PageCount(total, pageSize).Should().Be(pages);

    [Theory]
    [InlineData(int.MaxValue, 120, 3)]
    [InlineData(int.MinValue, 120, 1)]
    [InlineData(0, 0, 1)]
    [InlineData(2, 120, 2)]
    public void A_page_of_a_counted_list_is_between_the_first_and_the_last(int requested, int total, int page) =>
        Paging.Clamp(requested, total, 50).Should().Be(page);

    [Fact]
    public void A_page_of_an_uncounted_list_keeps_its_offset_and_the_next_page_number_within_an_int()
    {
        var last = Paging.Clamp(int.MaxValue, 50);

        last.Should().Be(int.MaxValue / 50);
        ((long)Paging.Skip(last, 50) + 50).Should().BeLessThanOrEqualTo(int.MaxValue);
        (last + 1).Should().BePositive("the «next page» link is a page number too");
        Paging.Clamp(-3, 50).Should().Be(1);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 100)]
    [InlineData(-7, 0)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void The_offset_of_a_page_never_overflows(int page, int skip) => Paging.Skip(page, 50).Should().Be(skip);
}
