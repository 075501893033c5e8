using System.Globalization;
using System.Text.RegularExpressions;
using Sosva.Objectivity.Web.Exports.Pdf;

namespace Sosva.Objectivity.Web.Tests.Exports.Pdf;

/// <summary>The PDF engine on its own: wrapping, page breaks, repeated headers, the footer.</summary>
public class PdfReportTests
{
    private static readonly PdfTextStyle Body = new() { Size = 10 };

    private static List<string> Wrap(string text, float width)
    {
        using var fonts = new PdfFontCache();
        return PdfText.Wrap(text, fonts.Get(Body), width).Select(l => l.Text).ToList();
    }

    [Fact]
    public void Text_wraps_at_spaces_and_keeps_the_line_breaks_it_has()
    {
        var lines = Wrap("Проведение совещаний с руководителями\nобщеобразовательных учреждений", 120);

        lines.Should().HaveCountGreaterThan(2);
        string.Join(' ', lines).Should().Be("Проведение совещаний с руководителями общеобразовательных учреждений");
        lines.Should().Contain("общеобразовательных", "the line break in the text starts a new line");
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_and_nothing_is_lost()
    {
        var url = "https://sosva.example.ru/" + new string('a', 200);

        using var fonts = new PdfFontCache();
        var lines = PdfText.Wrap("Ссылка: " + url, fonts.Get(Body), 80);

        lines.Should().HaveCountGreaterThan(3);
        lines.Should().OnlyContain(l => l.Width <= 80.05f);
        string.Concat(lines.Skip(1).Select(l => l.Text)).Should().Be(url);
    }

    [Fact]
    public void Number_sign_town_abbreviation_and_initials_stay_with_the_next_word()
    {
        // At this width a plain greedy break would end lines with «№», «г.» or «А.В.».
        var lines = Wrap("приказом от 30.08.2023 № 534 МКУ «Управление образования» г. Рубцовска, ответственный А.В. Шашок", 95);

        lines.Should().NotContain(l => l.EndsWith(" №", StringComparison.Ordinal) || l.EndsWith(" г.", StringComparison.Ordinal) || l.EndsWith("А.В.", StringComparison.Ordinal));
        string.Join(' ', lines).Should().Contain("№ 534").And.Contain("г. Рубцовска").And.Contain("А.В. Шашок");
    }

    [Fact]
    public void Control_characters_and_tabs_do_not_reach_the_page()
    {
        Wrap("Сроки:\tмарт\u0007 2024\r\nапрель", 500).Should().Equal("Сроки: март 2024", "апрель");
    }

    private static PdfTable TallTable()
    {
        var table = new PdfTable([new PdfColumn("№", 1, PdfAlign.Center, RepeatWhenRowBreaks: true), new PdfColumn("Мероприятие", 5), new PdfColumn("Сроки", 2)]);
        table.AddGroupRow("1. Раздел");
        table.AddRow("1.1.", "Короткое мероприятие", "Май 2024");
        table.AddRow("1.2.", string.Join(' ', Enumerable.Repeat("Очень длинный текст мероприятия.", 700)), "Ежегодно");
        for (var i = 3; i <= 60; i++)
            table.AddRow($"1.{i}.", $"Мероприятие {i}", "Июнь 2024");
        return table;
    }

    [Fact]
    public void A_row_taller_than_a_page_breaks_across_pages_under_a_repeated_header_within_the_margins()
    {
        var report = new PdfReport(PdfPageSetup.A4Portrait);
        report.AddParagraph("Заголовок", new PdfTextStyle { Size = 14, Bold = true, Align = PdfAlign.Center });
        report.AddTable(TallTable());
        report.AddSignature("Начальник управления образования", "С.А. Куракова");

        using var fonts = new PdfFontCache();
        var pages = report.Layout(fonts);

        pages.Count.Should().BeGreaterThan(3);
        PdfLayoutAssertions.NothingOutsideTheMargins(pages, report.PageSetup, fonts);
        var texts = pages.Select(p => p.Ops.OfType<PdfTextOp>().Select(t => t.Text).ToList()).ToList();
        texts.Should().OnlyContain(p => p.Contains("Мероприятие"), "the header repeats on every page");
        texts.Count(p => p.Contains("1.2.")).Should().BeGreaterThan(2, "the continuation of the long row repeats its number");
        texts[^1].Should().Contain("С.А. Куракова");
        for (var i = 0; i < pages.Count; i++)
            texts[i].Should().Contain($"Страница {i + 1} из {pages.Count}");
    }

    [Fact]
    public void A_group_row_is_never_the_last_row_of_a_page()
    {
        var table = new PdfTable([new PdfColumn("№", 1), new PdfColumn("Мероприятие", 6)]);
        for (var s = 1; s <= 40; s++)
        {
            table.AddGroupRow($"{s}. Раздел {s}");
            for (var m = 1; m <= 1 + s % 4; m++)
                table.AddRow($"{s}.{m}.", string.Join(' ', Enumerable.Repeat("текст", 10 + s * m % 25)));
        }
        var report = new PdfReport(PdfPageSetup.A4Landscape);
        report.AddTable(table);

        using var fonts = new PdfFontCache();
        var pages = report.Layout(fonts);

        pages.Count.Should().BeGreaterThan(2);
        foreach (var page in pages)
        {
            var rows = page.Ops.OfType<PdfTextOp>().Where(t => t.Style == table.GroupStyle || t.Style == table.CellStyle).ToList();
            rows.MaxBy(t => t.Top)!.Style.Should().BeSameAs(table.CellStyle, "a section heading stays with its first measure");
        }
    }

    [Fact]
    public void A_portrait_report_is_A4_and_numbers_its_pages()
    {
        var report = new PdfReport();
        for (var i = 1; i <= 120; i++)
            report.AddParagraph($"Абзац {i}: проверка переноса на следующую страницу.");
        using var stream = new MemoryStream();
        report.Write(stream);

        using var file = new PdfFile(stream.ToArray());
        file.Info().Should().MatchRegex(@"Page size:\s+595\.28 x 841\.89 pts \(A4\)");
        var pages = file.PagesText();
        pages.Count.Should().BeGreaterThan(1);
        pages[0].Should().Contain($"Страница 1 из {pages.Count.ToString(CultureInfo.InvariantCulture)}");
        Regex.Matches(string.Join("\n", pages), @"Абзац \d+:").Should().HaveCount(120);
    }
}
