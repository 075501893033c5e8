using DocumentFormat.OpenXml.Wordprocessing;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using static Sosva.Objectivity.Web.Tests.Importing.ImportAssertions;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>The seed roadmaps written as Word documents read exactly as their text does.</summary>
public class WordImportTests
{
    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void A_seed_written_as_a_Word_table_reads_as_its_text(string seed)
    {
        var table = SeedTable.Load(seed);
        var expected = table.TextImport;

        var read = Read(WordFile.Write(table.Preamble, [table.Rows]), "план.docx");

        read.ShouldReadAs(expected, seed);
        read.Table.Warnings.WithoutRowNumbers().Should().Equal(expected.Table.Warnings.WithoutRowNumbers());
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void Section_rows_merged_across_the_table_read_as_sections(string seed)
    {
        var table = SeedTable.Load(seed);

        var read = Read(WordFile.Write(table.Preamble, [table.Rows], mergeTrailingCells: true), "план.docx");

        read.ShouldReadAs(table.TextImport, seed);
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void A_table_split_in_two_with_its_header_repeated_reads_as_one_table(string seed)
    {
        var table = SeedTable.Load(seed);
        var half = table.Rows.Count / 2;
        List<IReadOnlyList<string>> first = [.. table.Rows.Take(half)];
        List<IReadOnlyList<string>> second = [table.Header, .. table.Rows.Skip(half)];

        var read = Read(WordFile.Write(table.Preamble, [first, second], mergeTrailingCells: true), "план.docx");

        read.ShouldReadAs(table.TextImport, seed);
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void A_table_split_in_two_without_a_repeated_header_reads_as_one_table(string seed)
    {
        var table = SeedTable.Load(seed);
        var third = table.Rows.Count / 3;
        List<IReadOnlyList<string>> first = [.. table.Rows.Take(third)];
        List<IReadOnlyList<string>> second = [.. table.Rows.Skip(third).Take(third)];
        List<IReadOnlyList<string>> rest = [.. table.Rows.Skip(2 * third)];

        var read = Read(WordFile.Write(table.Preamble, [first, second, rest]), "план.docx");

        read.ShouldReadAs(table.TextImport, seed);
    }

    [Fact]
    public void A_section_heading_written_between_two_parts_of_a_table_is_a_section()
    {
        // Seed 002 writes «III. Контроль организации и проведения ВПР» as a paragraph between the rows.
        var table = SeedTable.Load(SeedTable.Rubtsovsk);
        var heading = table.Rows.ToList().FindIndex(row => row.Count == 1 && row[0].StartsWith("III.", StringComparison.Ordinal));
        List<IReadOnlyList<string>> first = [.. table.Rows.Take(heading)];
        List<IReadOnlyList<string>> second = [.. table.Rows.Skip(heading + 1)];

        var read = Read(WordFile.Write(table.Preamble, [first, second], between: ["", table.Rows[heading][0], ""]), "план.docx");

        read.ShouldReadAs(table.TextImport, SeedTable.Rubtsovsk);
        read.Table.Sections[2].Number.Should().Be("III.");
    }

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void Columns_in_another_order_and_named_otherwise_read_by_their_names(string seed)
    {
        var table = SeedTable.Load(seed);
        var expected = table.TextImport;
        var firstMeasure = expected.Table.Sections.SelectMany(section => section.Measures).First();
        var reordered = Reorder(table, firstMeasure.Number);

        var read = Read(WordFile.Write(table.Preamble, [reordered.Rows], mergeTrailingCells: true), "план.docx");

        read.Table.UnmappedColumns.Should().BeEmpty();
        read.Table.Sections.SelectMany(section => section.Measures).First().DocumentType.Should().Be("Приказ");
        var withDocumentType = expected.Table with
        {
            Sections = expected.Table.Sections
                .Select(section => section with { Measures = section.Measures.Select(m => m.Number == firstMeasure.Number && m == firstMeasure ? m with { DocumentType = "Приказ" } : m).ToList() })
                .ToList(),
        };
        read.ShouldReadAs(expected with { Table = withDocumentType }, seed);
    }

    /// <summary>Deadline first, then title, number, responsible, result, document type — with other names.</summary>
    internal static SeedTable Reorder(SeedTable table, string? documentTypeFor)
    {
        var header = table.Header.Select(CellFold).ToList();
        int Find(params string[] keys) => header.FindIndex(name => keys.Any(key => name.Contains(key, StringComparison.Ordinal)));
        var number = Find("№");
        var title = Find("мероприят");
        var deadline = Find("срок", "дата");
        var responsible = Find("ответствен");
        var result = Find("результат");
        int[] order = result >= 0 ? [deadline, title, number, responsible, result] : [deadline, title, number, responsible];
        var renames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [table.Header[title]] = "Наименование мероприятий",
            [table.Header[deadline]] = "Сроки выполнения",
            [table.Header[responsible]] = "Ответственные исполнители",
        };
        // No row is numbered «\0»: without a measure named, the «Вид документа» column stays empty.
        return table.Reordered(order, renames, documentTypeFor ?? "\0", "Приказ");
    }

    private static string CellFold(string text) => text.ToLowerInvariant();

    [Fact]
    public void A_measure_split_by_a_vertical_merge_continues_and_a_merged_cell_is_read_once()
    {
        var document = WordFile.Create(body =>
        {
            body.Append(WordFile.Paragraph("**План мероприятий на 2024 год**"));
            var table = WordFile.Table([["№ п/п", "Мероприятия", "Сроки", "Ответственные"]]);
            table.Append(new TableRow(WordFile.Cell("1.1.", verticalMerge: MergedCellValues.Restart), WordFile.Cell("Совещание"), WordFile.Cell("Май 2024"), WordFile.Cell("Иванова И.И.", verticalMerge: MergedCellValues.Restart)));
            table.Append(new TableRow(WordFile.Cell("", verticalMerge: MergedCellValues.Continue), WordFile.Cell("с руководителями ОО"), WordFile.Cell(""), WordFile.Cell("", verticalMerge: MergedCellValues.Continue)));
            table.Append(new TableRow(WordFile.Cell("1.2."), WordFile.Cell("Семинар\nдля учителей"), WordFile.Cell("Июнь 2024"), WordFile.Cell("Петров П.П.")));
            body.Append(table);
        });

        var read = Read(document, "план.docx");

        read.Title.Should().Be("План мероприятий на 2024 год");
        read.PeriodStart.Should().Be(new DateOnly(2024, 1, 1));
        read.Table.Sections.Should().ContainSingle().Which.Measures.Should().Equal(
            new InterpretedMeasure("1.1.", "Совещание с руководителями ОО", "Май 2024", "Иванова И.И.", null, null),
            new InterpretedMeasure("1.2.", "Семинар\nдля учителей", "Июнь 2024", "Петров П.П.", null, null));
    }

    [Fact]
    public void Numbers_of_Words_automatic_lists_are_read_as_Word_shows_them()
    {
        // The «№» column as Word writes a multi-level list: «1.» for sections, «1.1.» for measures.
        var numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2." }) { LevelIndex = 1 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
        static TableCell Numbered(int level) => new(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 }))));

        var document = WordFile.Create(body =>
        {
            var table = WordFile.Table([["№ п/п", "Мероприятия", "Сроки", "Ответственные"]]);
            table.Append(new TableRow(Numbered(0), WordFile.Cell("Нормативное обеспечение", 3)));
            table.Append(new TableRow(Numbered(1), WordFile.Cell("Приказ о проведении ВПР"), WordFile.Cell("Март 2024"), WordFile.Cell("УО")));
            table.Append(new TableRow(Numbered(1), WordFile.Cell("Положение о ВПР"), WordFile.Cell("Апрель 2024"), WordFile.Cell("ОО")));
            table.Append(new TableRow(Numbered(0), WordFile.Cell("Работа с родителями", 3)));
            table.Append(new TableRow(Numbered(1), WordFile.Cell("Собрания"), WordFile.Cell("Май 2024"), WordFile.Cell("ОО")));
            body.Append(table);
        }, numbering);

        var read = Read(document, "план.docx");

        read.Table.Sections.Select(section => (section.Number, section.Title)).Should().Equal(("1.", "Нормативное обеспечение"), ("2.", "Работа с родителями"));
        read.Table.Sections.SelectMany(section => section.Measures).Select(measure => measure.Number).Should().Equal("1.1.", "1.2.", "2.1.");
    }

    [Fact]
    public void A_layout_table_above_the_plan_gives_the_approving_order_and_a_title_row_inside_the_table_the_title()
    {
        var document = WordFile.Create(body =>
        {
            body.Append(WordFile.Table([["", "УТВЕРЖДЕН\nприказом Управления образования\nот 15.08.2024 № 312"]]));
            var table = WordFile.Table([["Дорожная карта по обеспечению объективности оценочных процедур на 2024-2025 учебный год"]]);
            table.Append(new TableRow(WordFile.Cell("№"), WordFile.Cell("Мероприятия"), WordFile.Cell("Сроки"), WordFile.Cell("Ответственные")));
            table.Append(new TableRow(WordFile.Cell("1."), WordFile.Cell("Совещание"), WordFile.Cell("Сентябрь 2024"), WordFile.Cell("УО")));
            body.Append(table);
        });

        var read = Read(document, "план.docx");

        read.Title.Should().Be("Дорожная карта по обеспечению объективности оценочных процедур на 2024-2025 учебный год");
        read.PeriodStart.Should().Be(new DateOnly(2024, 9, 1));
        read.OrderNumber.Should().Be("312");
        read.OrderDate.Should().Be(new DateOnly(2024, 8, 15));
        read.MeasureCount().Should().Be(1);
    }

    [Fact]
    public void Tab_separated_text_pasted_into_Word_without_a_table_is_read_as_text()
    {
        var table = SeedTable.Load(SeedTable.SchoolPlan);
        var lines = table.Text.Split('\n').Select(line => line.TrimEnd('\r'));
        var document = WordFile.Create(body =>
        {
            foreach (var line in lines)
            {
                var paragraph = new Paragraph();
                var cells = line.Split('\t');
                for (var i = 0; i < cells.Length; i++)
                {
                    if (i > 0)
                        paragraph.Append(new Run(new TabChar()));
                    paragraph.Append(new Run(new Text(cells[i].Replace("**", "", StringComparison.Ordinal)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
                }

                body.Append(paragraph);
            }
        });

        var read = Read(document, "план.docx");

        read.ShouldReadAs(table.TextImport, SeedTable.SchoolPlan);
    }
}
