using System.Globalization;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Bench;

/// <summary>
/// A 500-measure roadmap (50 sections of 10 measures, texts taken from the seeds in turn) read through
/// RoadmapFileReader as a .docx and as an .xlsx: signature, package check, Open XML / ClosedXML,
/// interpretation.
/// </summary>
[MemoryDiagnoser]
public class FileReaderBenchmarks
{
    public const int Sections = 50;
    public const int MeasuresPerSection = 10;

    private static readonly string[] Header = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"];

    private byte[] _docx = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        var rows = Rows();
        _docx = Docx(rows);
        _xlsx = Xlsx(rows);
        var measures = RoadmapFileReader.Default.Read(new MemoryStream(_docx), "plan.docx").Table.Sections.Sum(s => s.Measures.Count);
        if (measures != Sections * MeasuresPerSection)
            throw new InvalidOperationException($"The generated document reads as {measures} measures.");
        Console.WriteLine($"// generated .docx: {_docx.Length:N0} bytes, .xlsx: {_xlsx.Length:N0} bytes");
    }

    [Benchmark(Description = "RoadmapFileReader.Read, 500-measure .docx")]
    public InterpretedRoadmap ReadDocx() => RoadmapFileReader.Default.Read(new MemoryStream(_docx), "plan.docx");

    [Benchmark(Description = "RoadmapFileReader.Read, 500-measure .xlsx")]
    public InterpretedRoadmap ReadXlsx() => RoadmapFileReader.Default.Read(new MemoryStream(_xlsx), "plan.xlsx");

    /// <summary>Section rows («1.», title) and measure rows («1.1.», title, deadline, responsible, result).</summary>
    private static List<string[]> Rows()
    {
        var seed = Seeds.Measures().Select(m => m.Measure).ToList();
        var rows = new List<string[]>();
        var next = 0;
        for (var s = 1; s <= Sections; s++)
        {
            var section = s.ToString(CultureInfo.InvariantCulture) + ".";
            rows.Add([section, "Раздел " + section + " Обеспечение объективности оценочных процедур", "", "", ""]);
            for (var m = 1; m <= MeasuresPerSection; m++)
            {
                var measure = seed[next++ % seed.Count];
                rows.Add([section + m.ToString(CultureInfo.InvariantCulture) + ".", measure.Title, measure.Deadline ?? "", measure.Responsible ?? "", measure.ExpectedResult ?? ""]);
            }
        }

        return rows;
    }

    private static byte[] Docx(List<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                Paragraph("ПРИКАЗ", bold: false),
                Paragraph("от 30.08.2023 № 534", bold: false),
                Paragraph("План мероприятий (дорожная карта) по повышению объективности оценочных процедур на 2023-2024 учебный год", bold: true));
            var table = new Table(new TableGrid(Header.Select(_ => new GridColumn { Width = "1800" })));
            table.Append(Row(Header));
            foreach (var row in rows)
                table.Append(Row(row));
            body.Append(table);
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static TableRow Row(string[] cells)
    {
        var row = new TableRow();
        var filled = cells.Length;
        while (filled > 1 && cells[filled - 1].Length == 0)
            filled--;
        for (var i = 0; i < filled; i++)
        {
            var properties = new TableCellProperties();
            if (i == filled - 1 && filled < cells.Length)
                properties.Append(new GridSpan { Val = cells.Length - filled + 1 });
            row.Append(new TableCell(properties, new Paragraph(new Run(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }))));
        }

        return row;
    }

    private static Paragraph Paragraph(string text, bool bold)
    {
        var run = new Run(new Text(text));
        if (bold)
            run.PrependChild(new RunProperties(new Bold()));
        return new Paragraph(run);
    }

    private static byte[] Xlsx(List<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("План");
        sheet.Cell(1, 1).SetValue("План мероприятий (дорожная карта) по повышению объективности оценочных процедур на 2023-2024 учебный год");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        var r = 3;
        foreach (var row in (IEnumerable<string[]>)[Header, .. rows])
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c].Length > 0)
                    sheet.Cell(r, c + 1).SetValue(row[c]);
            }

            if (row[2].Length == 0 && row[1].Length > 0)
                sheet.Range(r, 2, r, row.Length).Merge();
            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
