using System.Globalization;
using System.Text;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Sosva.Objectivity.Web.Uploads;
using static Sosva.Objectivity.Web.Tests.Importing.ImportAssertions;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>Files that are no roadmap, broken or hostile: each is refused with a message the user can act on.</summary>
public class RefusedFileTests
{
    private const string Docx = "план.docx";
    private static readonly string QuotedDocx = UploadedFile.Quote(Docx);

    private static UploadRefusedException Refusal(byte[] content, string fileName = Docx)
    {
        var read = () => Read(content, fileName);
        return read.Should().Throw<UploadRefusedException>().Which;
    }

    private static byte[] SmallDocx() =>
        WordFile.Write(["**План мероприятий на 2024 год**"], [ExcelImportTests.TableOf(3)]);

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refusal([]).Message.Should().Be("Файл «план.docx» пуст.");
    }

    [Fact]
    public void A_Linux_program_named_docx_is_refused_as_a_program()
    {
        byte[] elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0, .. new byte[4000]];

        Refusal(elf).Message.Should().Be(ImportMessages.Executable(QuotedDocx)).And.Contain("программа, а не документ");
    }

    [Fact]
    public void A_Windows_program_named_docx_is_refused_as_a_program()
    {
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode."), .. new byte[2000]];

        Refusal(exe).Message.Should().Be(ImportMessages.Executable(QuotedDocx));
    }

    [Fact]
    public void Random_bytes_are_refused_as_neither_a_document_nor_text()
    {
        var bytes = new byte[64 * 1024];
        new Random(20240901).NextBytes(bytes);
        bytes[0] = 0x13; // no signature by chance

        Refusal(bytes).Message.Should().Be(ImportMessages.Binary(QuotedDocx));
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_damaged()
    {
        var docx = SmallDocx();

        Refusal(docx[..(docx.Length / 2)]).Message.Should().Be(UploadMessages.CorruptArchive(QuotedDocx)).And.Contain("повреждён");
    }

    [Fact]
    public void A_docx_with_garbled_compressed_text_is_refused_as_damaged()
    {
        var docx = SmallDocx();
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        var at = docx.AsSpan().IndexOf(name) + name.Length;
        for (var i = at + 8; i < at + 120; i++)
            docx[i] = (byte)(docx[i] ^ 0x5A);

        Refusal(docx).Message.Should().Contain("повреждён");
    }

    [Fact]
    public void Any_damage_to_a_docx_or_an_xlsx_ends_in_an_import_refusal_or_a_reading_never_in_another_exception()
    {
        var random = new Random(7);
        var table = SeedTable.Load(SeedTable.SchoolPlan);
        byte[][] files = [WordFile.Write(table.Preamble, [table.Rows]), ExcelFile.Write(table.Preamble, table.Rows)];
        foreach (var original in files)
        {
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var damaged = (byte[])original.Clone();
                for (var flips = 0; flips < 1 + attempt % 4; flips++)
                    damaged[random.Next(damaged.Length)] = (byte)random.Next(256);

                var read = () => Read(damaged, "план.bin");
                try
                {
                    read();
                }
                catch (UploadRefusedException)
                {
                }
            }
        }
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/styles.xml")]
    public void Damaged_XML_in_an_intact_package_ends_in_an_import_refusal_or_a_reading_never_in_another_exception(string part)
    {
        var random = new Random(part.Length);
        var table = SeedTable.Load(SeedTable.SchoolPlan);
        var original = part.StartsWith("word/", StringComparison.Ordinal)
            ? WordFile.Write(table.Preamble, [table.Rows])
            : ExcelFile.Write(table.Preamble, table.Rows);
        var xml = ZipFiles.PartText(original, part);
        const string Noise = "<>/\"=&;:x0 ";
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var damaged = xml.ToCharArray();
            for (var flips = 0; flips < 1 + attempt % 5; flips++)
                damaged[random.Next(damaged.Length)] = Noise[random.Next(Noise.Length)];
            var file = ZipFiles.ReplacePart(original, part, Encoding.UTF8.GetBytes(damaged));

            var read = () => Read(file, "план.bin");
            try
            {
                read();
            }
            catch (UploadRefusedException)
            {
            }
        }
    }

    [Fact]
    public void A_zip_that_is_no_Office_document_is_refused()
    {
        var zip = ZipFiles.Zip(("readme.txt", "Здесь нет документа"u8.ToArray()));

        Refusal(zip).Message.Should().Be(UploadMessages.NotOffice(QuotedDocx));
    }

    [Fact]
    public void A_PowerPoint_package_is_refused_as_no_Word_or_Excel_file()
    {
        var pptx = ZipFiles.Zip(
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>
                </Types>
                """u8.ToArray()),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>
                </Relationships>
                """u8.ToArray()),
            ("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>"u8.ToArray()));

        Refusal(pptx, "план.pptx").Message.Should().Be(UploadMessages.NotOffice(UploadedFile.Quote("план.pptx")));
    }

    [Fact]
    public void An_OpenDocument_text_is_refused_with_a_hint_to_save_it_as_docx()
    {
        var odt = ZipFiles.Zip(("mimetype", "application/vnd.oasis.opendocument.text"u8.ToArray()), ("content.xml", "<office:document-content/>"u8.ToArray()));

        Refusal(odt, "план.odt").Message.Should().Be(ImportMessages.OpenDocument);
    }

    [Fact]
    public void An_OLE_file_a_password_protected_docx_or_an_old_doc_is_refused_with_a_hint_to_save_it_anew()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Refusal(ole).Message.Should().Be("Файл защищён паролем или сохранён в старом формате (.doc/.xls). Сохраните его как .docx или .xlsx без пароля.");
    }

    [Fact]
    public void A_pdf_and_an_rtf_are_refused_with_what_to_upload_instead()
    {
        Refusal("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(), "план.pdf").Message.Should().Be(ImportMessages.Pdf);
        Refusal(@"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} План}"u8.ToArray(), "план.rtf").Message.Should().Be(ImportMessages.Rtf);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it_whole()
    {
        var limit = new RoadmapImportOptions().MaxFileBytes;
        var line = Encoding.UTF8.GetBytes("1.\tМероприятие\tМай 2024\tУО\n");
        var big = new byte[limit + 1];
        for (var i = 0; i < big.Length; i++)
            big[i] = line[i % line.Length];

        Refusal(big).Message.Should().Be("Файл «план.docx» слишком большой: допускается не больше 10 МБ.");
        var unseekable = () => RoadmapFileReader.Default.Read(new UnseekableStream(big), Docx);
        unseekable.Should().Throw<UploadRefusedException>().WithMessage("*слишком большой*");
    }

    [Fact]
    public void A_docx_without_a_table_is_refused_with_the_columns_it_needs()
    {
        var docx = WordFile.Create(body =>
        {
            body.Append(WordFile.Paragraph("**План мероприятий на 2024 год**"));
            body.Append(WordFile.Paragraph("1. Совещание — май 2024, УО."));
            body.Append(WordFile.Table([["Согласовано", "Иванов И.И."]]));
        });

        Refusal(docx).Message.Should().Be(ImportMessages.NoTable)
            .And.StartWith("В документе не найдена таблица мероприятий: нужна строка заголовков с графами «Мероприятия», «Сроки», «Ответственные»");
    }

    [Fact]
    public void A_text_without_a_table_is_refused_with_a_word_about_tabs()
    {
        Refusal("План мероприятий на 2024 год\n1. Совещание — май 2024, УО.\n"u8.ToArray(), "план.txt").Message
            .Should().Be(ImportMessages.NoTableInText).And.Contain("табуляц");
    }

    [Fact]
    public void An_xlsx_with_5001_rows_is_refused()
    {
        var limit = new RoadmapImportOptions().MaxTableRows;
        var xlsx = ExcelFile.Write([], ExcelImportTests.TableOf(limit));

        Refusal(xlsx, "план.xlsx").Message.Should().Be(ImportMessages.TooManyRows(limit)).And.Contain("5\u00A0000");
    }

    [Fact]
    public void A_docx_and_a_text_with_5001_table_rows_are_refused()
    {
        var limit = new RoadmapImportOptions().MaxTableRows;
        var rows = ExcelImportTests.TableOf(limit);
        var text = string.Join("\n", rows.Select(row => string.Join("\t", row)));

        Refusal(WordFile.Write([], [rows])).Message.Should().Be(ImportMessages.TooManyRows(limit));
        Refusal(Encoding.UTF8.GetBytes(text), "план.txt").Message.Should().Be(ImportMessages.TooManyRows(limit));
    }

    [Fact]
    public void A_docx_with_a_part_that_unpacks_to_more_than_100_MB_is_refused_as_a_zip_bomb()
    {
        var bomb = ZipFiles.WithZeros(SmallDocx(), "word/media/image1.png", 101 * 1024 * 1024);

        Refusal(bomb).Message.Should().Be(UploadMessages.TooLargeUnpacked(QuotedDocx, 100 * 1024 * 1024)).And.Contain("100 МБ");
    }

    [Fact]
    public void A_zip_bomb_that_understates_its_size_is_still_refused()
    {
        const string Part = "customXml/item1.xml";
        var bomb = ZipFiles.WithZeros(SmallDocx(), Part, 101 * 1024 * 1024);
        Understate(bomb, Part, 1024);

        // .NET's ZipArchive stops a part at its declared size and calls the rest invalid data (so the
        // archive reads as damaged); were it not to, the reader's own count of unpacked bytes would stop it.
        Refusal(bomb).Message.Should().BeOneOf(
            UploadMessages.TooLargeUnpacked(QuotedDocx, 100 * 1024 * 1024),
            UploadMessages.CorruptArchive(QuotedDocx));
    }

    [Fact]
    public void A_docx_nested_deeper_than_any_document_is_refused()
    {
        var depth = new RoadmapImportOptions().MaxXmlDepth + 10;
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                  + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth))
                  + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))
                  + "</w:body></w:document>";
        var docx = ZipFiles.ReplacePart(SmallDocx(), "word/document.xml", Encoding.UTF8.GetBytes(xml));

        Refusal(docx).Message.Should().Be(UploadMessages.TooDeep(QuotedDocx));
    }

    [Fact]
    public void A_docx_whose_document_is_not_XML_is_refused_as_damaged()
    {
        var docx = ZipFiles.ReplacePart(SmallDocx(), "word/document.xml", "<w:document><w:body><w:tbl>"u8.ToArray());

        Refusal(docx).Message.Should().Contain("повреждён");
    }

    /// <summary>Writes a smaller uncompressed size into a part's local header and central directory record.</summary>
    private static void Understate(byte[] zip, string name, int size)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
                patched++;
            }
        }

        patched.Should().Be(2, string.Create(CultureInfo.InvariantCulture, $"{name} has a local header and a central record"));
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
