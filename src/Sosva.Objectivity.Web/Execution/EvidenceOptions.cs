namespace Sosva.Objectivity.Web.Execution;

/// <summary>Limits of evidence files (configuration section «Evidence», docs/design.md#65-evidence).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Largest file, in bytes (20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest total of one report's files, in bytes (100 MB).</summary>
    public long MaxReportBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>
    /// Most files one report keeps (20): a report proves a measure with a few documents and photos; without a
    /// count, 3,300 small files were accepted on one report, and every page and export lists them all.
    /// </summary>
    public int MaxFilesPerReport { get; set; } = 20;

    /// <summary>The request limit of an upload: the report's total and room for the form around it.</summary>
    public const long MaxRequestBytes = 110L * 1024 * 1024;
}
