using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>The roadmap workbook reopened with ClosedXML, as a specialist's Excel would read it.</summary>
public sealed class RoadmapExcelExportTests
{
    /// <summary>The start of seed 000's period: every measure still has a checkpoint ahead.</summary>
    private static readonly DateOnly AsOf = new(2022, 9, 1);

    private static XLWorkbook Reopen(Roadmap roadmap, DateOnly? asOf = null)
    {
        var stream = new MemoryStream();
        RoadmapExcelExport.Write(roadmap, stream, asOf ?? AsOf);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    /// <summary>The header row: the first row whose first cell is «№».</summary>
    private static int HeaderRow(IXLWorksheet sheet) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == "№").RowNumber();

    private static int ColumnOf(IXLWorksheet sheet, int headerRow, string header) =>
        sheet.Row(headerRow).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    public static TheoryData<string> Seeds => ["000", "002"];

    private static Roadmap Seed(string seed) => seed == "000" ? ExportRoadmaps.Sosva() : ExportRoadmaps.Rubtsovsk();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_roadmap_is_a_filterable_table_under_a_frozen_header(string seed)
    {
        var roadmap = Seed(seed);
        using var workbook = Reopen(roadmap);
        var sheet = workbook.Worksheet(RoadmapExcelExport.MainSheet);
        var header = HeaderRow(sheet);
        var lastColumn = sheet.Row(header).LastCellUsed().Address.ColumnNumber;
        var lastRow = sheet.LastRowUsed().RowNumber();
        var body = Enumerable.Range(header + 1, lastRow - header).Select(sheet.Row).ToList();
        var sectionRows = body.Where(r => r.Cell(1).IsMerged()).ToList();
        var measureRows = body.Where(r => !r.Cell(1).IsMerged()).ToList();

        sheet.Cell(1, 1).GetString().Should().StartWith("УТВЕРЖДЁН");
        body.Should().OnlyContain(r => r.Cell(1).IsMerged() || !r.Cell(2).IsEmpty(), "every row is a section or a measure with its title");
        measureRows.Should().HaveCount(roadmap.Sections.Sum(s => s.Measures.Count));
        sectionRows.Should().HaveCount(roadmap.Sections.Count(s => s.Title.Length > 0));
        sectionRows.Should().OnlyContain(r => r.Cell(1).MergedRange().ColumnCount() == lastColumn && r.Cell(1).Style.Font.Bold);
        sectionRows[0].Cell(1).GetString().Should().Be(seed == "000"
            ? "1. Нормативно-правовое обеспечение объективности оценочных процедур"
            : "I. Анализ оценочных процедур");

        sheet.SheetView.SplitRow.Should().Be(header, "the title block and the header stay on screen");
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be(sheet.Range(header, 1, lastRow, lastColumn).RangeAddress.ToString());
        for (var c = 1; c <= lastColumn; c++)
            sheet.Column(c).Width.Should().BeGreaterThan(5, "column {0} has a width set", c);
        sheet.Column(ColumnOf(sheet, header, "Мероприятие")).Width.Should().BeGreaterThan(40);
        sheet.Cell(header + 1, 2).Style.Alignment.WrapText.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Numbers_stay_text_and_the_next_checkpoint_is_a_date(string seed)
    {
        var roadmap = Seed(seed);
        using var workbook = Reopen(roadmap);
        var sheet = workbook.Worksheet(RoadmapExcelExport.MainSheet);
        var header = HeaderRow(sheet);
        var next = ColumnOf(sheet, header, "Ближайший срок");
        var measureRows = sheet.RowsUsed().Where(r => r.RowNumber() > header && !r.Cell(1).IsMerged()).ToList();
        var first = roadmap.Sections.OrderBy(s => s.Position).First().Measures.OrderBy(m => m.Position).First();

        measureRows[0].Cell(1).DataType.Should().Be(XLDataType.Text);
        measureRows[0].Cell(1).GetString().Should().Be(first.Number);
        var dated = measureRows.Where(r => !r.Cell(next).IsEmpty()).ToList();
        dated.Should().NotBeEmpty();
        dated.Should().OnlyContain(r => r.Cell(next).DataType == XLDataType.DateTime);
        dated[0].Cell(next).Style.DateFormat.Format.Should().Be("dd.mm.yyyy");
        var expected = first.Checkpoints.Select(c => c.DueDate).Where(d => d >= AsOf).Min();
        measureRows[0].Cell(next).GetDateTime().Should().Be(expected.ToDateTime(TimeOnly.MinValue));
    }

    [Fact]
    public void Next_checkpoint_counts_from_the_day_of_the_export()
    {
        // 1.1. of seed 000: «До 26.03.2023 г, До 25.03.2024 г.».
        var roadmap = ExportRoadmaps.Sosva();
        DateTime? Next(DateOnly asOf)
        {
            using var workbook = Reopen(roadmap, asOf);
            var sheet = workbook.Worksheet(RoadmapExcelExport.MainSheet);
            var header = HeaderRow(sheet);
            var row = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "1.1.");
            var cell = row.Cell(ColumnOf(sheet, header, "Ближайший срок"));
            return cell.IsEmpty() ? null : cell.GetDateTime();
        }

        Next(new DateOnly(2023, 1, 10)).Should().Be(new DateTime(2023, 3, 26));
        Next(new DateOnly(2023, 3, 27)).Should().Be(new DateTime(2024, 3, 25));
        Next(new DateOnly(2024, 3, 26)).Should().BeNull("every checkpoint has passed");
    }

    [Fact]
    public void Checkpoint_sheet_has_one_dated_row_per_checkpoint_in_date_order()
    {
        var roadmap = ExportRoadmaps.Rubtsovsk();
        using var workbook = Reopen(roadmap);
        var sheet = workbook.Worksheet(RoadmapExcelExport.CheckpointSheet);
        var rows = sheet.RowsUsed().Skip(1).ToList();
        var checkpoints = roadmap.Sections.SelectMany(s => s.Measures).Sum(m => m.Checkpoints.Select(c => c.DueDate).Distinct().Count());

        sheet.Cell(1, 1).GetString().Should().Be("Срок");
        rows.Should().HaveCount(checkpoints);
        rows.Should().OnlyContain(r => r.Cell(1).DataType == XLDataType.DateTime);
        rows.Select(r => r.Cell(1).GetDateTime()).Should().BeInAscendingOrder();
        sheet.SheetView.SplitRow.Should().Be(1);
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A1:F{checkpoints + 1}");
        rows.Select(r => r.Cell(4).GetString()).Should().Contain("I. Анализ оценочных процедур");
    }

    [Fact]
    public void Both_sheets_print_on_A4_landscape_one_page_wide_with_the_header_on_every_page()
    {
        using var workbook = Reopen(ExportRoadmaps.Sosva());
        foreach (var sheet in workbook.Worksheets)
        {
            var header = sheet.Name == RoadmapExcelExport.MainSheet ? HeaderRow(sheet) : 1;
            sheet.PageSetup.PaperSize.Should().Be(XLPaperSize.A4Paper);
            sheet.PageSetup.PageOrientation.Should().Be(XLPageOrientation.Landscape);
            sheet.PageSetup.PagesWide.Should().Be(1);
            sheet.PageSetup.PagesTall.Should().Be(0, "as many pages tall as it takes");
            sheet.PageSetup.FirstRowToRepeatAtTop.Should().Be(header);
            sheet.PageSetup.LastRowToRepeatAtTop.Should().Be(header);
        }
    }

    [Fact]
    public void A_number_that_looks_numeric_is_kept_as_written_and_unused_columns_are_left_out()
    {
        var roadmap = ExportRoadmaps.SchoolPlan(); // measures numbered «1», «2» inside unnumbered sections
        using var workbook = Reopen(roadmap, new DateOnly(2020, 1, 1));
        var sheet = workbook.Worksheet(RoadmapExcelExport.MainSheet);
        var header = HeaderRow(sheet);
        var numbers = sheet.RowsUsed().Where(r => r.RowNumber() > header && !r.Cell(1).IsMerged()).Select(r => r.Cell(1)).ToList();

        numbers[0].GetString().Should().Be("1");
        numbers.Should().OnlyContain(c => c.DataType == XLDataType.Text);
        sheet.Row(header).CellsUsed().Select(c => c.GetString()).Should()
            .Equal("№", "Мероприятие", "Сроки", "Контрольные сроки", "Ближайший срок", "Ответственные");
    }
}
