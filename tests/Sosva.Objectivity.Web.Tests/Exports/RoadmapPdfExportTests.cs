using System.Globalization;
using System.Text.RegularExpressions;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Exports.Pdf;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>The roadmap PDF read back with poppler, as a reader's viewer sees it.</summary>
public partial class RoadmapPdfExportTests
{
    private static byte[] Pdf(Roadmap roadmap, DateOnly? printedOn = null)
    {
        using var stream = new MemoryStream();
        RoadmapPdfExport.Write(roadmap, stream, printedOn);
        return stream.ToArray();
    }

    /// <summary>Text with runs of white space (columns, line breaks) made single spaces.</summary>
    private static string Flat(string text) => Spaces().Replace(text, " ");

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static TheoryData<string> Seeds => ["000", "002"];

    private static Roadmap Seed(string seed) => seed == "000" ? ExportRoadmaps.Sosva() : ExportRoadmaps.Rubtsovsk();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_roadmap_prints_its_title_block_every_measure_and_the_header_and_page_number_on_every_page(string seed)
    {
        var roadmap = Seed(seed);
        var bytes = Pdf(roadmap);
        bytes.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());

        using var file = new PdfFile(bytes);
        var pages = file.PagesText();
        var all = Flat(string.Join("\n", pages));

        pages.Should().NotBeEmpty();
        all.Should().Contain(string.Join(' ', roadmap.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5)));
        all.Should().Contain("УТВЕРЖДЁН");
        all.Should().Contain($"от {Date(roadmap.OrderDate!.Value)} № {roadmap.OrderNumber}");
        all.Should().Contain($"Период реализации: {Date(roadmap.PeriodStart)}–{Date(roadmap.PeriodEnd)}");
        var measures = roadmap.Sections.SelectMany(s => s.Measures).ToList();
        measures.Should().HaveCountGreaterThan(20);
        foreach (var measure in measures)
        {
            if (measure.Number is not null)
                all.Should().Contain(measure.Number, "measure {0} is numbered", measure.Number);
            var firstWords = string.Join(' ', measure.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
            all.Should().Contain(firstWords, "measure {0} starts «{1}»", measure.Number, firstWords);
        }
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Should().Contain("Мероприятие", "the header repeats on page {0}", i + 1);
            pages[i].Should().Contain($"Страница {i + 1} из {pages.Count}");
        }
    }

    [Fact]
    public void Seed_000_keeps_the_cyrillic_text_sections_and_checkpoints_under_the_deadline()
    {
        using var file = new PdfFile(Pdf(ExportRoadmaps.Sosva()));
        var all = Flat(string.Join("\n", file.PagesText()));

        all.Should().Contain("приказом ООА СГО «Управление образования»");
        all.Should().Contain("1. Нормативно-правовое обеспечение объективности оценочных процедур");
        all.Should().Contain("Информационно-разъяснительная работа по обеспечению объективности результатов Всероссийских проверочных работ");
        // 1.1.: «До 26.03.2023 г, До 25.03.2024 г.», and its two checkpoints under it.
        all.Should().Contain("26.03.2023, 25.03.2024");
        all.Should().Contain("Сроки").And.Contain("Ответственные").And.Contain("Ожидаемый результат");
        all.Should().NotContain("Вид документа", "no measure of seed 000 names a document type, so the column is left out");
        all.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void Seed_002_runs_over_several_landscape_A4_pages_with_roman_sections()
    {
        using var file = new PdfFile(Pdf(ExportRoadmaps.Rubtsovsk()));
        var info = file.Info();
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

        pages.Should().BeGreaterThan(1);
        info.Should().MatchRegex(@"Page size:\s+841\.89 x 595\.28 pts \(A4\)");
        var all = Flat(string.Join("\n", file.PagesText()));
        all.Should().Contain("I. Анализ оценочных процедур");
        all.Should().Contain("Шашок А.В.");
    }

    [Fact]
    public void Liberation_Serif_is_embedded_whatever_the_system_fonts()
    {
        using var file = new PdfFile(Pdf(ExportRoadmaps.Sosva()));
        var fonts = file.Fonts().Split('\n').Where(l => l.Contains("LiberationSerif", StringComparison.Ordinal)).ToList();

        fonts.Should().HaveCount(2, "regular and bold");
        // Columns: name, type, encoding, emb, sub, uni.
        fonts.Should().OnlyContain(l => Regex.IsMatch(l, @"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes"));
    }

    [Fact]
    public void A_plan_without_an_order_shows_its_owner_instead_of_the_approval_stamp_and_can_carry_the_print_date()
    {
        var roadmap = ExportRoadmaps.SchoolPlan();
        roadmap.OrderNumber = null;
        roadmap.OrderDate = null;

        using var file = new PdfFile(Pdf(roadmap, printedOn: new DateOnly(2024, 3, 1)));
        var pages = file.PagesText();

        pages[0].Should().Contain("Администрация школы").And.NotContain("УТВЕРЖДЁН");
        pages.Should().OnlyContain(p => p.Contains("Дата печати: 01.03.2024", StringComparison.Ordinal));
    }

    [Fact]
    public void A_roadmap_of_300_measures_renders_every_measure_within_the_margins()
    {
        var roadmap = ExportRoadmaps.Synthetic(300);
        using var fonts = new PdfFontCache();
        var report = RoadmapPdfExport.Build(roadmap);
        var layout = report.Layout(fonts);

        PdfLayoutAssertions.NothingOutsideTheMargins(layout, report.PageSetup, fonts);
        using var file = new PdfFile(Pdf(roadmap));
        var pages = file.PagesText();
        pages.Should().HaveCount(layout.Count);
        var all = Flat(string.Join("\n", pages));
        foreach (var measure in roadmap.Sections.SelectMany(s => s.Measures))
            all.Should().Contain(measure.Number!);
        all.Should().Contain("Мероприятие 300:");
        all.Should().Contain("Вид документа", "the synthetic roadmap names document types");
        pages[^1].Should().Contain($"Страница {pages.Count} из {pages.Count}");
    }
}
