using System.Text.RegularExpressions;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>The school report PDF read back with poppler, as a reader's viewer sees it.</summary>
public partial class SchoolReportPdfExportTests
{
    internal static byte[] Pdf(SchoolReportData data)
    {
        using var stream = new MemoryStream();
        SchoolReportPdfExport.Write(data, stream);
        return stream.ToArray();
    }

    private static string Flat(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [Fact]
    public void The_report_has_the_title_block_every_checkpoint_with_its_state_the_totals_and_the_signature_line()
    {
        using var file = new PdfFile(Pdf(SchoolReportSamples.Small() with { Links = new SchoolReportLinks("https://objectivity.test") }));
        var all = Flat(string.Join("\n", file.PagesText()));

        all.Should().Contain("Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1 п.г.т. Сосьва»");
        all.Should().Contain("ОТЧЁТ об исполнении мероприятий дорожных карт по обеспечению объективности оценочных процедур");
        all.Should().Contain("за период с 01.09.2023 по 31.08.2024").And.Contain("по состоянию на 05.04.2024");
        all.Should().Contain("Дорожная карта: Комплекс мер по обеспечению объективности оценочных процедур на 2023/2024 учебный год")
            .And.Contain("Утверждена приказом Управления образования от 30.08.2023 № 534")
            .And.Contain("Дорожная карта: План мероприятий по подготовке к ГИА");
        all.Should().Contain("1. Нормативно-правовое обеспечение").And.Contain("2. Методическая работа");
        // Cells wrap, and pdftotext interleaves the lines of neighbouring cells: check the start of each title.
        all.Should().Contain("Разработка положения").And.Contain("Анализ результатов ВПР")
            .And.Contain("Семинар для учителей").And.Contain("Родительское собрание по порядку");
        all.Should().Contain("Контрольный").And.NotContain("Контрольны ", "the header's words are never broken");
        all.Should().Contain("Выполнено").And.Contain("частично").And.Contain("В работе");
        all.Should().Contain("Принят").And.Contain("На проверке").And.Contain("Возвращён на").And.Contain("Не отправлен");
        all.Should().Contain("Замечание: Приложите");
        all.Should().Contain("• Приказ 12 о").And.Contain("• Положение о ВПР.docx").And.Contain("(1,4 МБ)").And.Contain("https://school1.example.ru")
            .And.Contain("В портале: https://objectivity.test/Reports");
        // 1.2. (draft, 01.03) and the first 2.1. (returned, 30.11) are past their dates.
        Regex.Count(all, @"Просрочен\b").Should().Be(2);
        all.Should().Contain("Итоги за период");
        all.Should().MatchRegex(@"Всего отчётов за период .*Срок не наступил 5 1 1 0 2 1");
        all.Should().Contain("Руководитель ОО").And.Contain("/ И.И. Петрова /").And.Contain("М.П.");
        all.Should().NotContain("Уровень объективности", "the objectivity part is absent until the monitoring supplies it");
        all.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void A_long_report_repeats_the_header_and_numbers_every_page_and_embeds_its_fonts()
    {
        using var file = new PdfFile(Pdf(SchoolReportSamples.Large()));
        var pages = file.PagesText();

        pages.Count.Should().BeGreaterThan(5);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Should().Contain($"Страница {i + 1} из {pages.Count}");
            pages[i].Should().Contain("Дата печати: 05.04.2024");
        }
        var tablePages = pages.Take(pages.Count - 1).ToList();
        tablePages.Should().OnlyContain(p => p.Contains("Мероприятие") && p.Contains("Подтверждающие"), "the header repeats on every page of the table");
        var all = Flat(string.Join("\n", pages));
        foreach (var number in new[] { "1.1.", "3.7.", "5.10." })
            all.Should().Contain(number);
        all.Should().Contain("Справка 5.10.pdf");

        var fonts = file.Fonts();
        fonts.Should().Contain("LiberationSerif");
        fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Should().OnlyContain(l => Regex.IsMatch(l, @"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$") && l.Contains(" yes ", StringComparison.Ordinal),
                "every font is embedded");
        file.Info().Should().MatchRegex(@"Page size:\s+841\.89 x 595\.28 pts \(A4\)");
    }

    [Fact]
    public void The_objectivity_part_is_printed_when_the_monitoring_supplies_it()
    {
        using var file = new PdfFile(Pdf(SchoolReportSamples.Small() with { Objectivity = SchoolReportSamples.Objectivity() }));
        var all = Flat(string.Join("\n", file.PagesText()));

        all.Should().Contain("Уровень объективности результатов ВПР (мониторинг 2023 года)")
            .And.Contain("Сумма баллов: 44 из 50").And.Contain("Своевременность внесения информации в ФИС ОКО")
            .And.Contain("Место в рейтинге: 1 из 12")
            .And.Contain("Динамика по годам").And.Contain("достаточный")
            .And.Contain("Проводить комплексный анализ результатов ВПР по каждому классу.");
        all.IndexOf("Уровень объективности результатов", StringComparison.Ordinal)
            .Should().BeLessThan(all.IndexOf("Руководитель ОО", StringComparison.Ordinal), "the signature closes the document");
    }

    [Fact]
    public void A_period_without_checkpoints_says_so_and_still_has_the_totals_and_the_signature()
    {
        using var file = new PdfFile(Pdf(SchoolReportSamples.Small() with { Roadmaps = [] }));
        var all = Flat(string.Join("\n", file.PagesText()));

        all.Should().Contain("Контрольных сроков по утверждённым дорожным картам в этом периоде нет.")
            .And.MatchRegex(@"Срок не наступил 0 0 0 0 0 0").And.Contain("Руководитель ОО");
    }
}
