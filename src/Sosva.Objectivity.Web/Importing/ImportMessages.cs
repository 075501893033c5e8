namespace Sosva.Objectivity.Web.Importing;

/// <summary>
/// What the user reads when a roadmap file is refused for what it holds; one place, so that the readers and the tests
/// agree. Refusals of a file as a file (empty, too large, a damaged package) are <see cref="Uploads.UploadMessages"/>.
/// </summary>
internal static class ImportMessages
{
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

    public static string Executable(string file) =>
        $"Файл{file} — программа, а не документ. Загрузите документ Word (.docx), книгу Excel (.xlsx) или текст с таблицей.";

    public static string Binary(string file) =>
        $"Файл{file} не похож ни на документ Word (.docx), ни на книгу Excel (.xlsx), ни на текст. "
        + "Загрузите .docx, .xlsx или текст, где ячейки таблицы разделены табуляцией.";

    public static string CorruptWord(string file) =>
        $"Файл{file} повреждён: документ Word не открывается. Откройте его в Word и сохраните заново как .docx.";

    public static string CorruptExcel(string file) =>
        $"Файл{file} повреждён: книга Excel не открывается. Откройте её в Excel и сохраните заново как .xlsx.";

    public static string TooManyRows(int limit) =>
        $"В таблице больше {Count(limit)} строк — такой план не импортируется. Разделите его на несколько файлов.";

    public static string TooManyRowsOnSheet(string sheet, int limit) =>
        $"На листе «{sheet}» больше {Count(limit)} заполненных строк — такая книга не импортируется. Оставьте в ней только план мероприятий.";

    private static string Count(int value) => Uploads.UploadMessages.Count(value);
}
