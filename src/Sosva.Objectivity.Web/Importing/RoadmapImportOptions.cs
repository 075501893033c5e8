using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// Limits of the roadmap import (configuration section «Import»). A roadmap of a municipality is a
/// few hundred rows and well under a megabyte; the limits leave room for that many times over and
/// keep a hostile file from taking the server's memory or time.
/// </summary>
public sealed class RoadmapImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted, in bytes (10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most rows of the table read: a document's table rows, a worksheet's filled rows, a text's tab-separated lines.</summary>
    public int MaxTableRows { get; set; } = 5_000;

    /// <summary>Largest total size of a .docx/.xlsx package's parts after decompression, in bytes (100 MB): the zip-bomb guard.</summary>
    public long MaxUncompressedBytes { get; set; } = PackageLimits.Default.MaxUncompressedBytes;

    /// <summary>Most parts (zip entries) in a .docx/.xlsx package. Word writes a dozen or two, plus one per picture.</summary>
    public int MaxPackageEntries { get; set; } = PackageLimits.Default.MaxEntries;

    /// <summary>Deepest nesting of XML elements in a package part; Word's own tables inside tables stay far below it.</summary>
    public int MaxXmlDepth { get; set; } = PackageLimits.Default.MaxXmlDepth;

    /// <summary>The package limits above, as <see cref="OfficePackage.Inspect"/> takes them.</summary>
    public PackageLimits ToPackageLimits() => new(MaxPackageEntries, MaxUncompressedBytes, MaxXmlDepth);
}
