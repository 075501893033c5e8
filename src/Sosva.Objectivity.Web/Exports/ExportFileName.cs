namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// A download's file name from a document title: readable Cyrillic (sent as RFC 6266 filename*),
/// never a path, never characters that Windows or a shell would trip on.
/// </summary>
public static class ExportFileName
{
    private const int MaxLength = 80;

    public static string For(string title, string extension)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '«', '»']).ToHashSet();
        // Line breaks and tabs become spaces; other invisible characters go (a right-to-left override would make
        // the name lie about its type).
        var clean = new string(title.Where(c => char.IsWhiteSpace(c) || !Hosting.InvisibleCharacters.IsInvisible(c))
            .Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? ' ' : c).ToArray());
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (clean.Length > MaxLength) clean = clean[..MaxLength].TrimEnd('.', ' ');
        return (clean.Length == 0 ? "export" : clean) + "." + extension;
    }
}
