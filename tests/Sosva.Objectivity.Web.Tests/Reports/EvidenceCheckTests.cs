using System.Text;
using ClosedXML.Excel;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Tests.Importing;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Sosva.Objectivity.Web.Tests.Pages.Reports;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Tests.Reports;

/// <summary>
/// Evidence files are what their content proves (docs/design.md#65-evidence): the kinds allowed, the name cleaned for
/// showing, and a Russian reason for everything refused. Pure: no portal, no database.
/// </summary>
public class EvidenceCheckTests
{
    private static readonly EvidenceOptions Limits = new() { MaxFileBytes = 64 * 1024 };

    private static EvidenceKind Inspect(string? name, byte[] content) => EvidenceCheck.Inspect(name, content, Limits);

    private static string Refusal(string? name, byte[] content) =>
        FluentActions.Invoking(() => Inspect(name, content)).Should().Throw<UploadRefusedException>().Which.Message;

    private static byte[] Xlsx()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Лист1").Cell(1, 1).Value = "Справка";
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static byte[] OpenDocument(string mimetype) => ZipFiles.Zip(
        new ZipPart("mimetype", Encoding.ASCII.GetBytes(mimetype), Stored: true),
        new ZipPart("content.xml", Encoding.UTF8.GetBytes("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")));

    private static byte[] Zip() => ZipFiles.Zip(("readme.txt", Encoding.UTF8.GetBytes("не документ")));

    public static TheoryData<string, byte[], string, string> AcceptedFiles => new()
    {
        { "Приказ.pdf", ReportKit.Pdf(), "Приказ.pdf", "application/pdf" },
        { "Фото.png", ReportKit.Png(), "Фото.png", "image/png" },
        { "Фото.jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0xFF, 0xD9], "Фото.jpg", "image/jpeg" },
        // Cameras keep data after the image's end marker (a preview, a motion photo's video).
        { "Живое фото.jpg", [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9, .. "ftypmp42"u8], "Живое фото.jpg", "image/jpeg" },
        { "Положение.docx", WordFile.Write(["Положение о ВПР"], []), "Положение.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "Справка.xlsx", Xlsx(), "Справка.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "Протокол.odt", OpenDocument("application/vnd.oasis.opendocument.text"), "Протокол.odt", "application/vnd.oasis.opendocument.text" },
        // The extension is the one the content proves; the name as given is only shown.
        { "Справка.pdf", Xlsx(), "Справка.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "scan", ReportKit.Pdf(), "scan.pdf", "application/pdf" },
        { "отчёт.exe", ReportKit.Pdf(), "отчёт.pdf", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Allowed_kinds_are_recognised_by_their_content(string name, byte[] content, string fileName, string contentType)
    {
        Inspect(name, content).Should().Be(new EvidenceKind(fileName, contentType));
    }

    [Fact]
    public void Hidden_and_control_characters_are_dropped_and_characters_windows_forbids_are_replaced()
    {
        Inspect("Отчёт\u202Efdp.exe", ReportKit.Pdf()).FileName.Should().Be("Отчётfdp.pdf", "RLO would make «exe.pdf» read as «fdp.exe»");
        Inspect("При\u0000каз\t№1.pdf", ReportKit.Pdf()).FileName.Should().Be("Приказ№1.pdf");
        Inspect("Что: \"итог\"?.pdf", ReportKit.Pdf()).FileName.Should().Be("Что_ _итог__.pdf");
        Inspect("  ..скрытый.pdf ", ReportKit.Pdf()).FileName.Should().Be("скрытый.pdf", "a leading dot would hide the file on Linux");
    }

    [Fact]
    public void A_name_of_the_longest_allowed_length_stays_within_it_with_the_proved_extension()
    {
        Inspect(new string('п', 255), ReportKit.Pdf()).FileName.Should().HaveLength(255).And.EndWith(".pdf");
        Inspect(new string('п', 250) + ".pdf", Xlsx()).FileName.Should().HaveLength(255).And.EndWith(".xlsx");
        Inspect(new string('п', 251) + ".pdf", ReportKit.Pdf()).FileName.Should().Be(new string('п', 251) + ".pdf");
    }

    [Fact]
    public void Refused_files_get_a_russian_reason()
    {
        Refusal("Приказ.pdf", ReportKit.Exe()).Should().Be("Файл «Приказ.pdf» — программа, а не документ. Допускаются: PDF, DOCX, XLSX, ODT, JPG, PNG.");
        Refusal("Пусто.pdf", []).Should().Be("Файл «Пусто.pdf» пуст.");
        Refusal("Большой.pdf", ReportKit.PdfOfSize(64 * 1024 + 1)).Should().Be("Файл «Большой.pdf» слишком большой: допускается не больше 64 КБ.");
        Inspect("Ровно.pdf", ReportKit.PdfOfSize(64 * 1024)).FileName.Should().Be("Ровно.pdf", "the limit itself is allowed");
        Refusal("Текст.pdf", Encoding.UTF8.GetBytes("Просто текст")).Should()
            .Be("Файл «Текст.pdf» не является документом допустимого вида (по содержимому, а не по расширению). Допускаются: PDF, DOCX, XLSX, ODT, JPG, PNG.");
        Refusal("Архив.docx", Zip()).Should()
            .Be("Файл «Архив.docx» повреждён или это не документ Word, Excel или OpenDocument. Допускаются: PDF, DOCX, XLSX, ODT, JPG, PNG.");
        Refusal("Таблица.odt", OpenDocument("application/vnd.oasis.opendocument.spreadsheet")).Should()
            .StartWith("Файл «Таблица.odt» не является документом допустимого вида");
        Refusal("папка/Приказ.pdf", ReportKit.Pdf()).Should().Be("Имя файла не должно содержать «/» или «\\». Переименуйте файл и загрузите его снова.");
        Refusal(@"C:\Приказ.pdf", ReportKit.Pdf()).Should().Be("Имя файла не должно содержать «/» или «\\». Переименуйте файл и загрузите его снова.");
        Refusal(new string('я', 296) + ".pdf", ReportKit.Pdf()).Should().Be("Имя файла длиннее 255 символов. Сократите его и загрузите файл снова.");
        Refusal("   ", ReportKit.Pdf()).Should().Be("У файла нет имени.");
        Refusal(null, ReportKit.Pdf()).Should().Be("У файла нет имени.");
        Refusal("\u202E\u200B", ReportKit.Pdf()).Should().Be("Имя файла состоит из недопустимых символов. Переименуйте файл.");
    }

    public static TheoryData<string, byte[], string> TruncatedFiles => new()
    {
        // The signature alone: what was accepted as a photo before.
        { "Фото.jpg", [0xFF, 0xD8, 0xFF], "JPEG" },
        { "Фото.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01], "JPEG" },
        { "Фото.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG" },
        { "Фото.png", ReportKit.Png()[..20], "PNG" },
        { "Фото.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[25]], "PNG" },
        { "Приказ.pdf", "%PDF-"u8.ToArray(), "PDF" },
        { "Приказ.pdf", ReportKit.Pdf()[..^8], "PDF" },
    };

    [Theory]
    [MemberData(nameof(TruncatedFiles))]
    public void A_signature_without_the_rest_of_its_kind_is_refused_as_damaged(string name, byte[] content, string kind)
    {
        Refusal(name, content).Should().Be(
            $"Файл «{name}» повреждён или обрезан: он начинается как {kind}, но это не целый файл {kind}. Сохраните его заново и загрузите снова.");
    }

    [Fact]
    public void A_pdf_end_marker_a_little_before_the_end_still_counts_and_one_far_before_it_does_not()
    {
        byte[] Trailing(int spaces) => [.. ReportKit.Pdf(), .. Enumerable.Repeat((byte)' ', spaces)];

        Inspect("Приказ.pdf", Trailing(1000)).ContentType.Should().Be("application/pdf", "readers look for %%EOF in the last 1,024 bytes");
        Refusal("Приказ.pdf", Trailing(2000)).Should().StartWith("Файл «Приказ.pdf» повреждён или обрезан");
    }

    [Theory]
    [InlineData(512, "512 Б")]
    [InlineData(2048, "2 КБ")]
    [InlineData(20 * 1024 * 1024, "20 МБ")]
    [InlineData(12_900_000, "12,3 МБ")]
    public void Sizes_are_written_the_russian_way(long bytes, string text) => Sosva.Objectivity.Web.Hosting.FileSizeText.Format(bytes).Should().Be(text);
}
