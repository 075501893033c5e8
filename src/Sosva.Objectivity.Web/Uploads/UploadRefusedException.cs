namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// An uploaded file (or pasted text) refused: its message, in Russian, is meant for the user as it is (the
/// page shows it, the command line prints it). Every upload point — evidence, the roadmap import, a campaign's
/// inputs and the bias lists — refuses with this exception and no other: whatever goes wrong inside a reader — a
/// corrupt archive, invalid XML — reaches the caller as it (docs/decisions/004-roadmap-file-import.md,
/// docs/decisions/007-hostile-uploads.md).
/// </summary>
public sealed class UploadRefusedException : Exception
{
    public UploadRefusedException()
        : base("Файл не удалось импортировать.")
    {
    }

    public UploadRefusedException(string message)
        : base(message)
    {
    }

    public UploadRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
