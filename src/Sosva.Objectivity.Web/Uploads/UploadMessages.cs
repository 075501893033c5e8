using System.Globalization;

namespace Sosva.Objectivity.Web.Uploads;

/// <summary>
/// What the user reads when an upload is refused for what it is as a file — empty, too large, a damaged or
/// hostile package — whichever page took it; one place, so that the upload points and the tests agree.
/// <c>file</c> is the name as <see cref="UploadedFile.Quote"/> gives it (with its space), or empty.
/// </summary>
public static class UploadMessages
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>A workbook that passed the package check and still does not open.</summary>
    public const string CorruptWorkbook = "Книга Excel повреждена и не читается.";

    public static string Empty(string file) => $"Файл{file} пуст.";

    public static string TooLarge(string file, long limit) =>
        $"Файл{file} слишком большой: допускается не больше {Hosting.FileSizeText.Format(limit)}.";

    public static string CorruptArchive(string file) =>
        $"Файл{file} повреждён: архив документа не читается. Откройте его в Word или Excel и сохраните заново как .docx или .xlsx.";

    public static string NotOffice(string file) =>
        $"Файл{file} — архив, но не документ Word (.docx) и не книга Excel (.xlsx). Загрузите .docx, .xlsx или текст с таблицей.";

    public static string TooManyParts(string file, int limit) =>
        $"Файл{file} состоит из слишком многих частей (больше {Count(limit)}) — такой документ не импортируется.";

    public static string TooLargeUnpacked(string file, long limit) =>
        $"Файл{file} после распаковки больше {Hosting.FileSizeText.Format(limit)} — такой документ не импортируется.";

    public static string TooDeep(string file) =>
        $"Файл{file} повреждён или устроен слишком сложно (слишком глубокая вложенность разметки) — такой документ не импортируется.";

    internal static string Count(int value) => value.ToString("#,0", Russian);
}
