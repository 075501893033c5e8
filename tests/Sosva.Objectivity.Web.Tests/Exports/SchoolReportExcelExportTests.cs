using ClosedXML.Excel;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>The school report workbook read back with ClosedXML.</summary>
public class SchoolReportExcelExportTests
{
    internal static XLWorkbook Workbook(SchoolReportData data)
    {
        var stream = new MemoryStream();
        SchoolReportExcelExport.Write(data, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static int HeaderRow(IXLWorksheet sheet) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Дорожная карта").RowNumber();

    private static Dictionary<string, int> Columns(IXLWorksheet sheet, int headerRow) =>
        sheet.Row(headerRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    [Fact]
    public void One_row_per_report_with_dates_as_dates_a_frozen_filtered_header_and_set_widths()
    {
        using var workbook = Workbook(SchoolReportSamples.Small() with { Links = new SchoolReportLinks("https://objectivity.test/") });
        var sheet = workbook.Worksheet(SchoolReportExcelExport.MainSheet);
        var header = HeaderRow(sheet);
        var col = Columns(sheet, header);

        sheet.Cell(1, 1).GetString().Should().StartWith("Муниципальное автономное общеобразовательное учреждение");
        sheet.Cell(3, 1).GetString().Should().Be("за период с 01.09.2023 по 31.08.2024, по состоянию на 05.04.2024");
        sheet.SheetView.SplitRow.Should().Be(header, "the header is frozen");
        sheet.AutoFilter.Range.RangeAddress.FirstAddress.RowNumber.Should().Be(header);
        sheet.AutoFilter.Range.RangeAddress.LastAddress.RowNumber.Should().Be(header + 5);
        sheet.Column(col["Мероприятие"]).Width.Should().Be(45);
        sheet.Column(col["№"]).Width.Should().Be(7);
        workbook.Worksheets.Should().ContainSingle("no objectivity sheet without the monitoring part");

        var rows = Enumerable.Range(header + 1, 5).Select(sheet.Row).ToList();
        rows.Select(r => r.Cell(col["№"]).GetString()).Should().Equal("1.1.", "1.2.", "2.1.", "2.1.", "");
        rows.Select(r => r.Cell(col["Раздел"]).GetString()).Should().Equal(
            "1. Нормативно-правовое обеспечение", "1. Нормативно-правовое обеспечение", "2. Методическая работа", "2. Методическая работа", "");
        var due = rows[0].Cell(col["Контрольный срок"]);
        due.DataType.Should().Be(XLDataType.DateTime);
        due.GetDateTime().Should().Be(new DateTime(2024, 3, 26));
        due.Style.DateFormat.Format.Should().Be("dd.mm.yyyy");
        rows.Select(r => r.Cell(col["Положение"]).GetString()).Should().Equal("Принят", "Просрочен", "Просрочен", "На проверке", "Срок не наступил");
        rows[1].Cell(col["Положение"]).Style.Font.Bold.Should().BeTrue("overdue is marked");
        rows.Select(r => r.Cell(col["Состояние проверки"]).GetString()).Should().Equal(
            "Принят", "Не отправлен", "Возвращён на доработку", "На проверке", "Не отправлен");
        rows[0].Cell(col["Статус исполнения"]).GetString().Should().Be("Выполнено");
        rows[0].Cell(col["Подтверждающие файлы"]).GetString().Should().Be("Приказ 12 о положении.pdf\nПоложение о ВПР.docx");
        rows[0].Cell(col["Ссылки"]).GetString().Should().Be("https://school1.example.ru/vpr");
        rows[0].Cell(col["Отправлен"]).GetDateTime().Should().Be(new DateTime(2024, 3, 20));
        rows[0].Cell(col["Проверен"]).GetDateTime().Should().Be(new DateTime(2024, 3, 22));
        rows[3].Cell(col["Проверен"]).IsEmpty().Should().BeTrue("a submitted report is not reviewed yet");
        rows[2].Cell(col["Замечание проверяющего"]).GetString().Should().Be("Приложите протокол семинара и список участников.");
        rows[0].Cell(col["Отчёт в портале"]).Hyperlink.ExternalAddress.Should().Be(new Uri("https://objectivity.test/Reports/Details/1"));
    }

    [Fact]
    public void Totals_are_numbers_below_the_table_and_the_signature_line_follows()
    {
        using var workbook = Workbook(SchoolReportSamples.Small());
        var sheet = workbook.Worksheet(SchoolReportExcelExport.MainSheet);
        var cells = sheet.CellsUsed().ToList();

        var totals = cells.Single(c => c.GetString() == "Итоги за период").Address.RowNumber;
        int Count(string label)
        {
            var cell = cells.Single(c => c.GetString() == label && c.Address.RowNumber > totals);
            cell.CellRight().DataType.Should().Be(XLDataType.Number);
            return cell.CellRight().GetValue<int>();
        }

        Count("Всего отчётов за период").Should().Be(5);
        Count("Принято").Should().Be(1);
        Count("На проверке").Should().Be(1);
        Count("Возвращено на доработку").Should().Be(0);
        Count("Просрочено").Should().Be(2);
        Count("Срок не наступил").Should().Be(1);
        var signature = cells.Single(c => c.GetString() == "Руководитель ОО");
        signature.Address.RowNumber.Should().BeGreaterThan(totals + 6);
        signature.Worksheet.Cell(signature.Address.RowNumber, 4).GetString().Should().Be("/ И.И. Петрова /");
        cells.Should().Contain(c => c.GetString().StartsWith("Дата «____»", StringComparison.Ordinal));
    }

    [Fact]
    public void The_objectivity_part_gets_its_own_sheet_with_points_as_numbers()
    {
        using var workbook = Workbook(SchoolReportSamples.Small() with { Objectivity = SchoolReportSamples.Objectivity() });
        var sheet = workbook.Worksheet(SchoolReportExcelExport.ObjectivitySheet);
        var cells = sheet.CellsUsed().ToList();

        sheet.Cell(1, 1).GetString().Should().Be("Уровень объективности результатов ВПР (мониторинг 2023 года)");
        var p1 = cells.Single(c => c.GetString() == "P1");
        p1.CellRight().CellRight().GetValue<decimal>().Should().Be(2);
        p1.CellRight().CellRight().DataType.Should().Be(XLDataType.Number);
        cells.Should().Contain(c => c.GetString() == "Проводить комплексный анализ результатов ВПР по каждому классу.");
    }

    [Fact]
    public void A_large_report_writes_every_row()
    {
        using var workbook = Workbook(SchoolReportSamples.Large());
        var sheet = workbook.Worksheet(SchoolReportExcelExport.MainSheet);
        var header = HeaderRow(sheet);

        sheet.AutoFilter.Range.RangeAddress.LastAddress.RowNumber.Should().Be(header + 100);
    }
}
