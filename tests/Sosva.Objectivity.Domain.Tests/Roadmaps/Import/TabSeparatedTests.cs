using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

public class TabSeparatedTests
{
    [Fact]
    public void Each_line_is_a_row_and_each_tab_separates_cells()
    {
        var rows = TabSeparated.Split("№\tМероприятия\tСроки\n1.\tСовещание\t\nПросто абзац");

        rows.Should().HaveCount(3);
        rows[0].Should().Equal("№", "Мероприятия", "Сроки");
        rows[1].Should().Equal("1.", "Совещание", "");
        rows[2].Should().Equal("Просто абзац");
    }

    [Theory]
    [InlineData("a\tb\r\nc\td\r\n")]
    [InlineData("a\tb\nc\td\n")]
    [InlineData("a\tb\rc\td")]
    public void Windows_Unix_and_old_Mac_line_breaks_are_all_line_breaks_and_a_final_one_adds_no_row(string text)
    {
        var rows = TabSeparated.Split(text);

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("a", "b");
        rows[1].Should().Equal("c", "d");
    }

    [Fact]
    public void A_blank_line_is_a_row_with_one_empty_cell()
    {
        var rows = TabSeparated.Split("a\tb\n\nc");

        rows.Select(row => row.Count).Should().Equal(2, 1, 1);
        rows[1].Should().Equal("");
    }

    [Fact]
    public void Empty_text_has_no_rows() => TabSeparated.Split("").Should().BeEmpty();

    [Fact]
    public void A_cell_quoted_by_Excel_keeps_its_line_breaks_tabs_and_doubled_quotes()
    {
        var rows = TabSeparated.Split("1.\t\"Январь,\r\nфевраль\"\t\"Кабинет \"\"Точка роста\"\"\tи ОУ\"\n2.\tМай\t");

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("1.", "Январь,\r\nфевраль", "Кабинет \"Точка роста\"\tи ОУ");
        rows[1].Should().Equal("2.", "Май", "");
    }

    [Theory]
    [InlineData("\"Точка роста\" в каждой школе\tМай", "\"Точка роста\" в каждой школе")]
    [InlineData("\"незакрытая кавычка\tМай", "\"незакрытая кавычка")]
    [InlineData("ООО \"Ромашка\"\tМай", "ООО \"Ромашка\"")]
    public void A_quote_that_does_not_enclose_a_whole_cell_is_kept_as_written(string text, string firstCell)
    {
        var rows = TabSeparated.Split(text);

        rows.Should().ContainSingle().Which.Should().Equal(firstCell, "Май");
    }
}
