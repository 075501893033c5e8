using ClosedXML.Excel;
using Sosva.Objectivity.Web.Importing;
using static Sosva.Objectivity.Web.Tests.Importing.ImportAssertions;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>The seed roadmaps written as Excel workbooks read exactly as their text does.</summary>
public class ExcelImportTests
{
    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void A_seed_written_as_a_worksheet_reads_as_its_text(string seed)
    {
        var table = SeedTable.Load(seed);
        var expected = table.TextImport;

        var read = Read(ExcelFile.Write(table.Preamble, table.Rows), "план.xlsx");

        read.ShouldReadAs(expected, seed);
        // A worksheet has every column in every row: seed 002's rows of four cells under a header of five
        // (its responsible persons and results run together) cannot be told apart there, nor warned about.
        read.Table.Warnings.WithoutRowNumbers().Should().Equal(
            expected.Table.Warnings.WithoutRowNumbers().Where(warning => !warning.Contains("а столбцов в заголовке", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void Section_rows_in_merged_ranges_read_as_sections_on_the_first_sheet_with_a_table(string seed)
    {
        var table = SeedTable.Load(seed);

        var read = Read(ExcelFile.Write(table.Preamble, table.Rows, mergeTrailingCells: true, "Титул"), "план.xlsx");

        read.ShouldReadAs(table.TextImport, seed);
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void Columns_in_another_order_and_named_otherwise_read_by_their_names(string seed)
    {
        var table = SeedTable.Load(seed);
        var reordered = WordImportTests.Reorder(table, documentTypeFor: null);

        var read = Read(ExcelFile.Write(table.Preamble, reordered.Rows, mergeTrailingCells: true), "план.xlsx");

        read.Table.UnmappedColumns.Should().BeEmpty();
        read.ShouldReadAs(table.TextImport, seed);
    }

    [Fact]
    public void Dates_read_as_dd_MM_yyyy_numbers_with_a_point_and_a_merged_title_once()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Лист1");
        sheet.Cell("A1").SetValue("План мероприятий по повышению объективности на 2024 год");
        sheet.Range("A1:D1").Merge();
        sheet.Cell("A1").Style.Font.Bold = true;
        sheet.Cell("A3").SetValue("№");
        sheet.Cell("B3").SetValue("Мероприятия");
        sheet.Cell("C3").SetValue("Срок");
        sheet.Cell("D3").SetValue("Ответственный");
        sheet.Cell("A4").SetValue(1);
        sheet.Cell("B4").SetValue("Совещание");
        sheet.Cell("C4").SetValue(new DateTime(2024, 3, 26));
        sheet.Cell("D4").SetValue("УО");
        sheet.Cell("A5").SetValue(2.5);
        sheet.Cell("B5").SetValue("Семинар");
        sheet.Cell("C5").FormulaA1 = "\"до \"&\"01.04.2024\"";
        sheet.Cell("D5").SetValue("ИМЦ");

        var read = Read(ExcelFile.Save(workbook), "план.xlsx");

        read.Title.Should().Be("План мероприятий по повышению объективности на 2024 год");
        read.Table.Sections.Single().Measures.Select(m => (m.Number, m.Title, m.Deadline)).Should().Equal(
            ("1", "Совещание", "26.03.2024"),
            ("2.5", "Семинар", "до 01.04.2024"));
    }

    [Fact]
    public void A_workbook_of_exactly_the_row_limit_is_read()
    {
        var rows = TableOf(RoadmapImportOptionsDefaults.MaxTableRows - 1);

        var read = Read(ExcelFile.Write([], rows), "план.xlsx");

        read.MeasureCount().Should().Be(RoadmapImportOptionsDefaults.MaxTableRows - 1);
    }

    internal static List<IReadOnlyList<string>> TableOf(int measures)
    {
        List<IReadOnlyList<string>> rows = [["№ п/п", "Мероприятия", "Сроки", "Ответственные"]];
        for (var i = 1; i <= measures; i++)
            rows.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", "Мероприятие " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Май 2024", "УО"]);
        return rows;
    }
}

internal static class RoadmapImportOptionsDefaults
{
    public static int MaxTableRows => new RoadmapImportOptions().MaxTableRows;
}
