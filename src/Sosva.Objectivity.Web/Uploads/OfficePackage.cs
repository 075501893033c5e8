using System.IO.Compression;
using System.Xml;

namespace Sosva.Objectivity.Web.Uploads;

/// <summary>What an Open XML package's main part says it is.</summary>
internal enum OfficeKind
{
    Other = 0,
    Word,
    Excel,
    OpenDocument,
}

/// <summary>
/// Checks a ZIP archive before any Office library opens it: how many parts it has, how much they
/// really decompress to (the sizes an archive declares may lie), how deeply their XML nests, and
/// whether its main part is a Word document or an Excel workbook. Every part is decompressed once,
/// into nothing, so that a zip bomb is stopped here and not inside the Open XML SDK or ClosedXML.
/// Every part must also be what its headers say: .NET's ZipArchive stops a part at its declared size
/// and checks no CRC, so a bomb that understates its size would otherwise pass as a small part here
/// and be inflated in full by the next reader that trusts the data (Word's repair, another unzipper).
/// </summary>
internal sealed class OfficePackage
{
    private const string RelationshipsPart = "_rels/.rels";
    private const string ContentTypesPart = "[Content_Types].xml";

    // Main part content types (ECMA-376 Part 2 and the macro-enabled / template variants Word and Excel write).
    private static readonly HashSet<string> WordTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    private static readonly HashSet<string> ExcelTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    };

    private const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    // Parts that hold code Office runs: VBA projects and their data, ActiveX controls, Excel 4.0 macro sheets.
    private static readonly HashSet<string> MacroTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.ms-office.vbaProject",
        "application/vnd.ms-office.vbaProjectSignature",
        "application/vnd.ms-word.vbaData+xml",
        "application/vnd.ms-office.activeX+xml",
        "application/vnd.ms-office.activeX",
        "application/vnd.ms-excel.macrosheet+xml",
        "application/vnd.ms-excel.intlmacrosheet+xml",
    };

    private OfficePackage(OfficeKind kind, int mostFilledRows, bool hasMacros, bool hasRemoteReferences)
    {
        Kind = kind;
        MostFilledRows = mostFilledRows;
        HasMacros = hasMacros;
        HasRemoteReferences = hasRemoteReferences;
    }

    public OfficeKind Kind { get; }

    /// <summary>
    /// For a workbook: the most rows holding a value on one worksheet. ClosedXML loads a whole
    /// workbook at once, so a sheet too long to import is refused before it is loaded.
    /// </summary>
    public int MostFilledRows { get; }

    /// <summary>Macro-enabled (.docm, .xlsm), or holds a VBA project, ActiveX controls, macro sheets, or OpenDocument Basic/scripts.</summary>
    public bool HasMacros { get; }

    /// <summary>
    /// Links, other than hyperlinks, to something on a network that Office fetches when the file is
    /// opened: a remote template (the «template injection» of MITRE ATT&amp;CK T1221), a linked picture or
    /// object, a frame, an external workbook. A local path is no such link: it leaks nothing and fetches nothing.
    /// </summary>
    public bool HasRemoteReferences { get; }

    /// <summary>
    /// Inspects the archive; throws <see cref="UploadRefusedException"/> for anything it refuses, naming the file as
    /// <paramref name="file"/> (<see cref="UploadedFile.Quote"/>, or empty).
    /// </summary>
    public static OfficePackage Inspect(byte[] content, string file, PackageLimits options)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > options.MaxEntries)
                throw new UploadRefusedException(UploadMessages.TooManyParts(file, options.MaxEntries));

            long declared = 0;
            foreach (var entry in entries)
                declared += entry.Length;
            if (declared > options.MaxUncompressedBytes)
                throw new UploadRefusedException(UploadMessages.TooLargeUnpacked(file, options.MaxUncompressedBytes));

            // No part packs larger than deflate's worst case for what it declares: a larger one understates its size.
            foreach (var entry in entries)
            {
                if (entry.CompressedLength > MaxPackedLength(entry.Length))
                    throw new UploadRefusedException(UploadMessages.CorruptArchive(file));
            }

            var budget = new Budget(options.MaxUncompressedBytes, file);
            if (archive.GetEntry("mimetype") is { } mimetype && ReadSmallText(mimetype).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal))
            {
                foreach (var entry in entries)
                    ReadPart(entry, budget, file);
                var basic = entries.Any(e => e.FullName.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase)
                                             || e.FullName.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase));
                return new OfficePackage(OfficeKind.OpenDocument, 0, basic, hasRemoteReferences: false);
            }

            var contentTypes = archive.GetEntry(ContentTypesPart);
            var relationships = archive.GetEntry(RelationshipsPart);
            if (contentTypes is null || relationships is null)
                throw new UploadRefusedException(UploadMessages.NotOffice(file));

            var (defaults, overrides) = ReadPart(contentTypes, budget, file, stream => ReadContentTypes(stream, options.MaxXmlDepth, file));
            var (mainPart, remote) = ReadPart(relationships, budget, file, stream => ReadRelationships(stream, options.MaxXmlDepth, file));
            var mainType = mainPart is null ? null : TypeOf(mainPart, defaults, overrides);
            var kind = mainType is null ? OfficeKind.Other
                : WordTypes.Contains(mainType) ? OfficeKind.Word
                : ExcelTypes.Contains(mainType) ? OfficeKind.Excel
                : OfficeKind.Other;
            if (kind == OfficeKind.Other)
                throw new UploadRefusedException(UploadMessages.NotOffice(file));

            var mostRows = 0;
            var macros = mainType!.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                if (entry == contentTypes || entry == relationships)
                    continue;
                var name = "/" + entry.FullName;
                macros |= (TypeOf(name, defaults, overrides) is { } type && MacroTypes.Contains(type))
                          || name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase);
                if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    remote |= ReadPart(entry, budget, file, stream => ReadRelationships(stream, options.MaxXmlDepth, file)).Remote;
                    continue;
                }

                var isWorksheet = kind == OfficeKind.Excel && string.Equals(TypeOf(name, defaults, overrides), WorksheetType, StringComparison.OrdinalIgnoreCase);
                if (isWorksheet)
                    mostRows = Math.Max(mostRows, ReadPart(entry, budget, file, stream => ScanXml(stream, options.MaxXmlDepth, file, countFilledRows: true)));
                else if (IsXml(name, defaults, overrides))
                    ReadPart(entry, budget, file, stream => ScanXml(stream, options.MaxXmlDepth, file, countFilledRows: false));
                else
                    ReadPart(entry, budget, file);
            }

            return new OfficePackage(kind, mostRows, macros, remote);
        }
        catch (UploadRefusedException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A truncated or corrupt archive (InvalidDataException), an unknown compression method or
            // encryption (NotSupportedException), malformed XML (XmlException), or whatever else the
            // archive reader makes of hostile bytes: for the user it is one thing.
            throw new UploadRefusedException(UploadMessages.CorruptArchive(file), e);
        }
    }

    private static bool IsXml(string partName, Dictionary<string, string> defaults, Dictionary<string, string> overrides)
    {
        var type = TypeOf(partName, defaults, overrides);
        return partName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || partName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
            || (type is not null && type.EndsWith("xml", StringComparison.OrdinalIgnoreCase));
    }

    private static string? TypeOf(string partName, Dictionary<string, string> defaults, Dictionary<string, string> overrides)
    {
        if (overrides.TryGetValue(partName, out var type))
            return type;
        var dot = partName.LastIndexOf('.');
        return dot >= 0 && defaults.TryGetValue(partName[(dot + 1)..], out type) ? type : null;
    }

    private static (Dictionary<string, string> Defaults, Dictionary<string, string> Overrides) ReadContentTypes(
        Stream part, int maxDepth, string file)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var reader = OpenXml(part);
        while (reader.Read())
        {
            CheckDepth(reader, maxDepth, file);
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            var contentType = reader.GetAttribute("ContentType");
            if (contentType is null)
                continue;
            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
                defaults[extension] = contentType;
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } partName)
                overrides[Uri.UnescapeDataString(partName)] = contentType;
        }

        return (defaults, overrides);
    }

    /// <summary>
    /// A relationships part: the part its officeDocument relationship points at («/word/document.xml»;
    /// only the package's own relationships have one), and whether it links to anything remote.
    /// </summary>
    private static (string? MainPart, bool Remote) ReadRelationships(Stream part, int maxDepth, string file)
    {
        string? main = null;
        var remote = false;
        using var reader = OpenXml(part);
        while (reader.Read())
        {
            CheckDepth(reader, maxDepth, file);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
                continue;
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            // Transitional and Strict relationship namespaces both end so.
            if (external)
                remote |= type?.EndsWith("/hyperlink", StringComparison.Ordinal) != true && IsRemote(target);
            else if (main is null && type is not null && target is not null && type.EndsWith("/officeDocument", StringComparison.Ordinal))
                main = "/" + Uri.UnescapeDataString(target).TrimStart('/');
        }

        return (main, remote);
    }

    /// <summary>A target on another machine: any URL scheme but «file», a UNC path («\\host\share», «file://host/»).</summary>
    private static bool IsRemote(string? target)
    {
        var text = (target ?? "").Trim();
        if (text.StartsWith(@"\\", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal))
            return true;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            return false;
        return uri.Scheme != Uri.UriSchemeFile || (uri.IsUnc && uri.Host.Length > 0) || uri.Host.Length > 0;
    }

    /// <summary>
    /// Reads a part's XML to its end: its size counts against the budget and its depth is checked.
    /// For a worksheet, counts the rows that hold a value (a cell with «v» or inline «is»).
    /// </summary>
    private static int ScanXml(Stream part, int maxDepth, string file, bool countFilledRows)
    {
        var filledRows = 0;
        var rowDepth = -1;
        var rowFilled = false;
        using var reader = OpenXml(part);
        while (reader.Read())
        {
            CheckDepth(reader, maxDepth, file);
            if (!countFilledRows)
                continue;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row" && !reader.IsEmptyElement)
            {
                rowDepth = reader.Depth;
                rowFilled = false;
            }
            else if (reader.NodeType == XmlNodeType.Element && rowDepth >= 0 && reader.LocalName is "v" or "is")
            {
                rowFilled = true;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth && reader.LocalName == "row")
            {
                if (rowFilled)
                    filledRows++;
                rowDepth = -1;
            }
        }

        return filledRows;
    }

    private static void CheckDepth(XmlReader reader, int maxDepth, string file)
    {
        if (reader.Depth > maxDepth)
            throw new UploadRefusedException(UploadMessages.TooDeep(file));
    }

    private static XmlReader OpenXml(Stream part) =>
        XmlReader.Create(part, new XmlReaderSettings
        {
            // A DOCTYPE has no place in an Open XML part; prohibiting it also stops entity expansion.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });

    /// <summary>
    /// Deflate's worst case is stored blocks, 5 bytes for every 64 KB; a part packed larger than this
    /// (with room to spare) holds more than it declares.
    /// </summary>
    private static long MaxPackedLength(long length) => length + (length >> 10) + 1024;

    /// <summary>
    /// Lets <paramref name="read"/> read the part, reads what it left, and checks that the part held
    /// exactly the bytes its headers declare (length and CRC-32). Everything read counts against the budget.
    /// </summary>
    private static void ReadPart(ZipArchiveEntry entry, Budget budget, string file) => ReadPart(entry, budget, file, _ => 0);

    private static T ReadPart<T>(ZipArchiveEntry entry, Budget budget, string file, Func<Stream, T> read)
    {
        using var stream = new CountingStream(entry.Open(), budget);
        var result = read(stream);
        Drain(stream);
        if (stream.Count != entry.Length || stream.Crc32 != entry.Crc32)
            throw new UploadRefusedException(UploadMessages.CorruptArchive(file));
        return result;
    }

    private static void Drain(Stream stream)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The start of a small part (the OpenDocument «mimetype»), read no further than that.</summary>
    private static string ReadSmallText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        var buffer = new char[100];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    /// <summary>How many decompressed bytes all parts together may still take.</summary>
    private sealed class Budget(long limit, string file)
    {
        private long _used;

        public void Spend(int bytes)
        {
            _used += bytes;
            if (_used > limit)
                throw new UploadRefusedException(UploadMessages.TooLargeUnpacked(file, limit));
        }
    }

    /// <summary>A read-only stream that charges what it reads to the budget, and counts and checksums it.</summary>
    private sealed class CountingStream(Stream inner, Budget budget) : Stream
    {
        private readonly System.IO.Hashing.Crc32 _crc = new();

        public long Count { get; private set; }

        /// <summary>The CRC-32 (ISO-HDLC, as ZIP records it) of what was read.</summary>
        public uint Crc32 => _crc.GetCurrentHashAsUInt32();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            Count += read;
            _crc.Append(buffer[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
