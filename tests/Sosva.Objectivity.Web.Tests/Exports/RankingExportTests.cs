using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>The ranking's Excel reopened with ClosedXML and its PDF read with pdftotext.</summary>
public sealed class RankingExportTests
{
    private static readonly Methodology Preset = Methodologies.KazachinskoLensky2023;

    private static RankingExport Export(int schools = 3)
    {
        var rows = new List<RankingRow>
        {
            new(1, "МАОУ СОШ № 1 р.п. Сосьва", false, false, [3, 19, 12, 3, 2, 2, 8], 49, "high", 1, 45),
            new(2, "МКОУ СОШ с. Кошай", true, true, [2, 11, 8, 3, 1, 1, 7], 33, "sufficient", 2, 3),
            new(3, "МКОУ ООШ п. Пасынок", true, true, [2, 11, 8, -10, 1, 1, 4], 17, "low", 3, null),
        };
        for (var i = rows.Count; i < schools; i++)
            rows.Add(new RankingRow(100 + i, $"Школа № {i}", i % 2 == 0, false, [1, 10, 6, 3, 1, 1, 3], 25, "low", 4, 20));
        var bands = RankingCharts.BandBars(Preset, [(Preset.Bands[0], 1), (Preset.Bands[1], 1), (Preset.Bands[2], schools - 2)]);
        return new RankingExport(2024, Preset, IsPublished: false, PreviousYear: 2023, rows, bands, "сельские");
    }

    [Fact]
    public void The_workbook_is_a_filterable_table_of_numbers_under_a_frozen_header()
    {
        using var stream = new MemoryStream();
        RankingExcelExport.Write(Export(), stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(RankingExcelExport.SheetName);
        const int header = RankingExcelExport.HeaderRow;

        sheet.Cell(1, 1).GetString().Should().Contain("2024 год");
        sheet.Row(header).CellsUsed().Select(c => c.GetString()).Should().Equal(
            "Место", "Образовательная организация", "Сельская", "Малокомплектная", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "Итого", "Уровень объективности", "Изменение к 2023");
        sheet.SheetView.SplitRow.Should().Be(header);
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A{header}:N{header + 3}");
        sheet.Column(2).Width.Should().BeGreaterThan(40);
        var row = sheet.Row(header + 3);
        row.Cell(1).DataType.Should().Be(XLDataType.Number);
        row.Cell(1).GetDouble().Should().Be(3);
        row.Cell(8).GetDouble().Should().Be(-10);
        row.Cell(12).GetDouble().Should().Be(17);
        row.Cell(13).GetString().Should().Be("низкий");
        row.Cell(14).IsEmpty().Should().BeTrue("a school without a previous result has no change");
        sheet.Cell(header + 1, 14).GetDouble().Should().Be(4);
        sheet.Cell(header + 2, 3).GetString().Should().Be("да");
        sheet.Cell(2, 1).GetString().Should().Contain("Отбор: сельские");
    }

    [Fact]
    public void The_pdf_has_the_band_chart_and_every_school_with_its_points()
    {
        using var stream = new MemoryStream();
        RankingPdfExport.Write(Export(60), stream, new DateOnly(2024, 9, 1));
        using var pdf = new PdfFile(stream.ToArray());

        var pages = pdf.PagesText();
        var text = string.Join("\n", pages);
        text.Should().Contain("Рейтинг общеобразовательных организаций").And.Contain("2024 год");
        text.Should().Contain("Число школ по уровням объективности").And.Contain("высокий (40–50)").And.Contain("низкий (ниже 30)");
        text.Should().MatchRegex(@"МАОУ СОШ № 1 р\.п\. Сосьва\s+3\s+19\s+12\s+3\s+2\s+2\s+8\s+49\s+высокий\s+\+4");
        text.Should().Contain("Школа № 59");
        pages.Count.Should().BeGreaterThan(1);
        pages[1].Should().Contain("Образовательная организация", "the header is repeated on every page");
        text.Should().Contain("Дата печати: 01.09.2024");
    }
}
