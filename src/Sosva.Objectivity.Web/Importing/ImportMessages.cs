using System.Globalization;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>What the user reads when a file is refused; one place, so that the readers and the tests agree.</summary>
internal static class ImportMessages
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public const string ProtectedOrLegacy =
        "Файл защищён паролем или сохранён в старом формате (.doc/.xls). Сохраните его как .docx или .xlsx без пароля.";

    public const string NoTable =
        "В документе не найдена таблица мероприятий: нужна строка заголовков с графами «Мероприятия», «Сроки», «Ответственные» "
        + "(подойдут и другие названия: «Наименование мероприятий», «Сроки выполнения», «Ответственные исполнители», «№ п/п»).";

    public const string NoTableInText = NoTable + " В тексте ячейки таблицы разделяются табуляцией, как при копировании таблицы из Word или Excel.";

    public const string Pdf =
        "Файлы PDF не импортируются: таблицу из PDF нельзя прочитать надёжно. Загрузите исходный документ Word (.docx) или книгу Excel (.xlsx).";

    public const string Rtf = "Файлы RTF не импортируются. Откройте файл в Word и сохраните его как .docx.";

    public const string OpenDocument = "Документы OpenDocument (.odt, .ods) не импортируются. Сохраните файл как .docx или .xlsx.";

    public static string Empty(string file) => $"Файл{file} пуст.";

    public static string TooLarge(string file, long limit) =>
        $"Файл{file} слишком большой: допускается не больше {Hosting.FileSizeText.Format(limit)}.";

    public static string Executable(string file) =>
        $"Файл{file} — программа, а не документ. Загрузите документ Word (.docx), книгу Excel (.xlsx) или текст с таблицей.";

    public static string Binary(string file) =>
        $"Файл{file} не похож ни на документ Word (.docx), ни на книгу Excel (.xlsx), ни на текст. "
        + "Загрузите .docx, .xlsx или текст, где ячейки таблицы разделены табуляцией.";

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

    public static string CorruptWord(string file) =>
        $"Файл{file} повреждён: документ Word не открывается. Откройте его в Word и сохраните заново как .docx.";

    public static string CorruptExcel(string file) =>
        $"Файл{file} повреждён: книга Excel не открывается. Откройте её в Excel и сохраните заново как .xlsx.";

    public static string TooManyRows(int limit) =>
        $"В таблице больше {Count(limit)} строк — такой план не импортируется. Разделите его на несколько файлов.";

    public static string TooManyRowsOnSheet(string sheet, int limit) =>
        $"На листе «{sheet}» больше {Count(limit)} заполненных строк — такая книга не импортируется. Оставьте в ней только план мероприятий.";

    /// <summary>The file's name as the messages quote it, with a space before it (see <see cref="ShownName"/>); empty for no name.</summary>
    public static string Quote(string? fileName)
    {
        var text = ShownName(fileName);
        return text.Length == 0 ? "" : $" «{text}»";
    }

    /// <summary>The file's name as a page shows it: <see cref="FileName"/>, cut at 80 characters.</summary>
    public static string ShownName(string? fileName)
    {
        var text = FileName(fileName);
        if (text.Length <= 80)
            return text;
        var keep = char.IsHighSurrogate(text[79]) ? 79 : 80; // never half a character
        return text[..keep] + "…";
    }

    /// <summary>
    /// The file's own name: without the folders a client may send (of either kind: the server's
    /// <see cref="Path.GetFileName(string)"/> keeps a Windows path whole on Linux), control characters
    /// and invisible format characters (a right-to-left override shows «invoice‮fdp.exe» as «invoiceexe.pdf»).
    /// </summary>
    public static string FileName(string? fileName)
    {
        var name = fileName ?? "";
        var cut = name.LastIndexOfAny(['/', '\\']);
        if (cut >= 0)
            name = name[(cut + 1)..];
        return Hosting.InvisibleCharacters.Remove(name).Trim();
    }

    private static string Count(int value) => value.ToString("#,0", Russian);
}
