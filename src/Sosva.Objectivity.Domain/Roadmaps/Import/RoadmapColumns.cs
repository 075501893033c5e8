namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>What a column of a roadmap table holds.</summary>
internal enum RoadmapColumn
{
    None = 0,
    Number,
    Title,
    Deadline,
    Responsible,
    ExpectedResult,
    DocumentType,
}

/// <summary>
/// Recognition of header cells by name. The names vary from one municipality to another
/// («№ п/п», «Планируемые мероприятия», «Наименование мероприятий», «Направления деятельности.
/// Основные мероприятия», «Сроки выполнения», «Дата проведения», «Ответственные исполнители»,
/// «Вид документа» …), so a name is matched by its key words, case, punctuation and «ё» aside.
/// </summary>
internal static class RoadmapColumns
{
    // A header cell is a short name; a long text is data even when it mentions «мероприятия».
    private const int MaxHeaderWords = 8;

    private static readonly string[] NumberNames = ["n", "no", "nn", "n п п", "п п", "пп", "номер", "номер п п"];
    private static readonly string[] DocumentTypeNames =
        ["вид документа", "вид документов", "итоговый документ", "отчетный документ", "подтверждающий документ", "форма отчетност", "вид отчетност"];
    private static readonly string[] ResultNames = ["результат", "эффект"];
    private static readonly string[] ResponsibleNames = ["ответствен", "исполнител"];
    private static readonly string[] DeadlineNames = ["срок", "дата", "период", "время проведения", "когда"];
    private static readonly string[] TitleNames = ["мероприят", "наименование", "содержание", "направлени", "название", "меры", "мера"];

    public static string DisplayName(RoadmapColumn column) => column switch
    {
        RoadmapColumn.Number => "№",
        RoadmapColumn.Title => "Мероприятия",
        RoadmapColumn.Deadline => "Сроки",
        RoadmapColumn.Responsible => "Ответственные",
        RoadmapColumn.ExpectedResult => "Ожидаемый результат",
        RoadmapColumn.DocumentType => "Вид документа",
        _ => "",
    };

    /// <summary>The column a header cell names, or <see cref="RoadmapColumn.None"/>.</summary>
    public static RoadmapColumn Recognize(string cell)
    {
        var name = CellText.Fold(cell);
        if (name.Length == 0)
            return RoadmapColumn.None;
        var words = name.Split(' ');
        if (words.Length > MaxHeaderWords)
            return RoadmapColumn.None;

        if ((name.StartsWith('№') && words.Length <= 3) || NumberNames.Contains(name, StringComparer.Ordinal))
            return RoadmapColumn.Number;
        // Checked before the title: «Ожидаемый результат мероприятия» is a result, «Сроки проведения
        // мероприятий» a deadline, «Ответственные за проведение мероприятия» a responsible.
        if (ContainsAny(name, DocumentTypeNames) || name.StartsWith("документ", StringComparison.Ordinal))
            return RoadmapColumn.DocumentType;
        if (ContainsAny(name, ResultNames))
            return RoadmapColumn.ExpectedResult;
        if (ContainsAny(name, ResponsibleNames))
            return RoadmapColumn.Responsible;
        if (ContainsAny(name, DeadlineNames))
            return RoadmapColumn.Deadline;
        if (ContainsAny(name, TitleNames))
            return RoadmapColumn.Title;
        return RoadmapColumn.None;
    }

    /// <summary>
    /// True when a row is a header: it names the measures' column and at least one other known column,
    /// and most of its filled cells are known names.
    /// </summary>
    public static bool IsHeader(IReadOnlyList<string> cleanedCells)
    {
        var filled = 0;
        var known = 0;
        var hasTitle = false;
        foreach (var cell in cleanedCells)
        {
            if (cell.Length == 0)
                continue;
            filled++;
            var column = Recognize(cell);
            if (column == RoadmapColumn.None)
                continue;
            known++;
            hasTitle |= column == RoadmapColumn.Title;
        }

        return hasTitle && known >= 2 && known * 2 >= filled;
    }

    private static bool ContainsAny(string name, string[] keys)
    {
        foreach (var key in keys)
        {
            // Keys are word beginnings: «срок» matches «сроки выполнения» but not «просрочено».
            var at = name.IndexOf(key, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (at == 0 || name[at - 1] == ' ')
                    return true;
                at = name.IndexOf(key, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
