namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// A file that cannot be imported: its message, in Russian, is meant for the user as it is
/// (the import page shows it, the command line prints it). Whatever goes wrong inside a reader
/// — a corrupt archive, invalid XML — reaches the caller as this exception and no other.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException()
        : base("Файл не удалось импортировать.")
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
