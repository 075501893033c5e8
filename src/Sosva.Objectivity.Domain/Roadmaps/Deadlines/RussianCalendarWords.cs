namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// Russian calendar vocabulary: month names in every grammatical case and their usual
/// abbreviations, ordinal and Roman numbers for quarters and half-years, number words.
/// Words arrive normalised by <see cref="DeadlineTokenizer"/> (lower case, «ё» as «е»).
/// </summary>
internal static class RussianCalendarWords
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["один"] = 1, ["одного"] = 1, ["одной"] = 1, ["одну"] = 1, ["одним"] = 1,
        ["два"] = 2, ["две"] = 2, ["двух"] = 2,
        ["три"] = 3, ["трех"] = 3,
        ["четыре"] = 4, ["четырех"] = 4,
        ["пять"] = 5, ["пяти"] = 5,
        ["шесть"] = 6, ["шести"] = 6,
        ["семь"] = 7, ["семи"] = 7,
        ["десять"] = 10, ["десяти"] = 10,
        ["двенадцать"] = 12, ["двенадцати"] = 12,
        ["четырнадцать"] = 14, ["четырнадцати"] = 14,
        ["пятнадцать"] = 15, ["пятнадцати"] = 15,
        ["двадцать"] = 20, ["двадцати"] = 20,
        ["тридцать"] = 30, ["тридцати"] = 30,
    };

    /// <summary>Month number (1–12) of a month name in any case («январь», «января», «январе», «янв»), or 0.</summary>
    public static int Month(string word) => Months.TryGetValue(word, out var month) ? month : 0;

    /// <summary>A small number written as a word («двух», «одного»), or 0.</summary>
    public static int NumberWord(string word) => NumberWords.TryGetValue(word, out var value) ? value : 0;

    /// <summary>An ordinal for a quarter or half-year: Roman («i»–«iv», Latin or Cyrillic look-alikes) or a word («первый», «втором»), or 0.</summary>
    public static int Ordinal(string word) => word switch
    {
        "i" or "і" => 1,
        "ii" or "іі" => 2,
        "iii" or "ііі" => 3,
        "iv" or "іv" => 4,
        _ when word.StartsWith("перв", StringComparison.Ordinal) => 1,
        _ when word.StartsWith("втор", StringComparison.Ordinal) => 2,
        _ when word.StartsWith("трет", StringComparison.Ordinal) => 3,
        _ when word.StartsWith("четверт", StringComparison.Ordinal) => 4,
        _ => 0,
    };

    /// <summary>Endings written after a number to make it ordinal («1-го», «2-й», «3-м», «2-х»).</summary>
    public static bool IsNumberSuffix(string word) => word is "го" or "ого" or "е" or "ое" or "й" or "ый" or "ий" or "м" or "ом"
        or "х" or "ух" or "ех" or "ти" or "ми" or "ой";

    /// <summary>
    /// Words around dates that carry no meaning of their own for the date reading: year
    /// abbreviations, prepositions, «учебный». They neither break a list of years nor a range.
    /// </summary>
    public static bool IsDateNoise(string word) => word is "г" or "гг" or "год" or "года" or "годы" or "годов" or "году"
        or "годах" or "годом" or "уч" or "до" or "не" or "позднее" or "позже" or "с" or "со" or "по" or "в" or "во"
        or "и" or "на" or "к" or "срок" or "сроки" or "числа" or "число" or "течение" or "течении" or "за" or "от"
        or "включительно" or "ежегодно" or "ежемесячно" or "ежеквартально" or "месяц" or "месяца"
        || IsAcademicWord(word);

    /// <summary>«учебный год», «уч. г.»: turns «2023-2024» into an academic year.</summary>
    public static bool IsAcademicWord(string word) => word is "уч" || word.StartsWith("учебн", StringComparison.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] softEndings = ["ь", "я", "е", "ю", "ем"];
        string[] hardEndings = ["", "а", "е", "у", "ом"];
        (string Stem, int Month, string[] Endings)[] stems =
        [
            ("январ", 1, softEndings), ("феврал", 2, softEndings), ("март", 3, hardEndings),
            ("апрел", 4, softEndings), ("июн", 6, softEndings), ("июл", 7, softEndings),
            ("август", 8, hardEndings), ("сентябр", 9, softEndings), ("октябр", 10, softEndings),
            ("ноябр", 11, softEndings), ("декабр", 12, softEndings),
        ];
        foreach (var (stem, month, endings) in stems)
        {
            foreach (var ending in endings)
            {
                months[stem + ending] = month;
            }
        }

        foreach (var form in new[] { "май", "мая", "мае", "маю", "маем" })
        {
            months[form] = 5;
        }

        (string Abbreviation, int Month)[] abbreviations =
        [
            ("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7),
            ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12),
        ];
        foreach (var (abbreviation, month) in abbreviations)
        {
            months[abbreviation] = month;
        }

        return months;
    }
}
