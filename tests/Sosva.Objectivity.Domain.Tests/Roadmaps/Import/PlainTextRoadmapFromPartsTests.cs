using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

/// <summary>A roadmap given as a document reader gives it: the text above the table and the table's rows apart.</summary>
public class PlainTextRoadmapFromPartsTests
{
    [Theory]
    [InlineData("000_ae5fcf179eb221f0.txt")]
    [InlineData("001_9895122c2713bcf5.txt")]
    [InlineData("002_79844f738bde2bd5.txt")]
    public void A_seed_cut_into_its_preamble_and_rows_reads_as_its_text(string seed)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Roadmaps", "Import", "Seeds", seed));
        var rows = TabSeparated.Split(text);
        var header = rows.ToList().FindIndex(row => RoadmapTableInterpreter.IsHeaderRow(row));
        var preamble = rows.Take(header).Select(row => string.Join("\t", row)).ToList();
        var expected = PlainTextRoadmap.Read(text);

        var read = PlainTextRoadmap.FromParts(preamble, rows.Skip(header).ToList());

        read.Table.Sections.Should().BeEquivalentTo(expected.Table.Sections, options => options.WithStrictOrdering());
        (read.Title, read.PeriodStart, read.PeriodEnd, read.OrderNumber, read.OrderDate)
            .Should().Be((expected.Title, expected.PeriodStart, expected.PeriodEnd, expected.OrderNumber, expected.OrderDate));
    }

    [Fact]
    public void A_title_written_in_the_tables_first_row_is_the_title_and_a_signature_row_is_no_measure()
    {
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["План мероприятий по повышению объективности ВПР на 2024-2025 учебный год", "", "", ""],
            ["№", "Мероприятия", "Сроки", "Ответственные"],
            ["1.", "Совещание с руководителями", "Сентябрь 2024", "УО"],
            ["", "", "", ""],
            ["Начальник управления", "", "", "А.А. Иванов"],
        ];

        var read = PlainTextRoadmap.FromParts(["УТВЕРЖДЕН", "приказом от 20.08.2024 № 312"], rows);

        read.Title.Should().Be("План мероприятий по повышению объективности ВПР на 2024-2025 учебный год");
        read.PeriodStart.Should().Be(new DateOnly(2024, 9, 1));
        read.OrderNumber.Should().Be("312");
        read.OrderDate.Should().Be(new DateOnly(2024, 8, 20));
        read.Table.Sections.Single().Measures.Should().Equal(new InterpretedMeasure("1.", "Совещание с руководителями", "Сентябрь 2024", "УО", null, null));
        read.Table.Warnings.Should().NotContain(warning => warning.Contains("Иванов", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_or_broken_parts_give_warnings_and_no_exception()
    {
        var nothing = PlainTextRoadmap.FromParts(null, null);
        var nulls = PlainTextRoadmap.FromParts([null!, ""], [null!, ["Мероприятия", "Сроки"], null!, ["Совещание", "Май"]]);

        nothing.Title.Should().BeNull();
        nothing.Table.Sections.Should().BeEmpty();
        nothing.Table.Warnings.Should().Contain("Не найден заголовок плана — укажите его вручную.");
        nulls.Table.Sections.Single().Measures.Single().Title.Should().Be("Совещание");
    }
}
