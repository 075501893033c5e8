namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// How far <see cref="OfficePackage.Inspect"/> reads a package before it refuses it: parts, bytes after
/// decompression (the zip-bomb guard) and XML depth (docs/decisions/004-roadmap-file-import.md).
/// </summary>
/// <param name="MaxEntries">Most parts (zip entries). Word writes a dozen or two, plus one per picture.</param>
/// <param name="MaxUncompressedBytes">Largest total size of the parts after decompression, in bytes.</param>
/// <param name="MaxXmlDepth">Deepest nesting of XML elements in a part; Word's own tables inside tables stay far below it.</param>
public sealed record PackageLimits(int MaxEntries, long MaxUncompressedBytes, int MaxXmlDepth)
{
    /// <summary>2,000 parts, 100 MB unpacked, a depth of 256: what the imports use unless configured otherwise, and evidence always.</summary>
    public static PackageLimits Default { get; } = new(2_000, 100 * 1024 * 1024, 256);
}
