using System.Text;

namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>How often a recurring deadline comes round.</summary>
internal enum Frequency
{
    None,
    Yearly,
    HalfYearly,
    Quarterly,
    Monthly,

    /// <summary>«3 раза в год» and the like: recurring, but no calendar convention for it.</summary>
    Other,
}

/// <summary>A phrase found in the text: where it starts in the original text (for «which comes first»).</summary>
internal readonly record struct Marker(int Position)
{
    public static readonly Marker None = new(-1);

    public bool Found => Position >= 0;
}

/// <summary>
/// The non-date phrases of deadline texts: event triggers, external schedules, continuous work,
/// frequencies and relative limits. Only the words and numbers of the text are matched, so
/// punctuation, quotes and line breaks inside a phrase do not matter.
/// </summary>
internal static class DeadlineMarkers
{
    private const string TimeUnit = "день|дня|дней|дн|недел*|месяц*|мес|сут*|час*";

    /// <summary>«По мере …», «По итогам …», «после проведения …»: the date depends on an event.</summary>
    private static readonly Phrase[] EventPhrases = Phrase.Compile(
        null,
        "по мере", "по итог*", "по результат*", "после", "по окончани*", "по завершени*", "в случае",
        "при необходимост*", "при наличи*", "при поступлени*", "при получени*", "при выявлени*",
        "по запрос*", "по требовани*", "по заявк*", "в день", "в дни", "во время", "в ходе",
        "в период проведени*|подготовк*|организаци*", "накануне", "перед", "по факту", "по прибыти*",
        $"за #|двух|трех|пяти|десяти ~1 {TimeUnit}");

    /// <summary>«По графику …», «В соответствии с планом …», «Согласно …», «В сроки, обозначенные …», «По плану …».</summary>
    private static readonly Phrase[] ExternalPhrases = Phrase.Compile(
        IsDativeAdjective,
        "по ~2 план*|график*|расписани*|календар*|приказ*|регламент*|положени*|циклограмм*",
        "согласно", "в соответстви*", "в сроки", "в срок* установл*|определ*|обознач*|указан*|предусмотр*|утвержд*",
        "в установленн* срок*", "в утвержденн* срок*");

    /// <summary>«В течение (учебного) года», «постоянно», «систематически», «на постоянной основе», «в течение периода».</summary>
    private static readonly Phrase[] ContinuousPhrases = Phrase.Compile(
        IsContinuousFiller,
        "постоянн*", "систематическ*", "регулярн*", "круглогодичн*", "круглый год", "в рабочем порядке",
        "течени* ~4 год|года|году|лет|период*|срок*|времени",
        "на протяжении ~4 год|года|лет|период*|срок*",
        "весь ~3 год|период", "в период действия|реализации",
        // Weekly or daily work is reported once a year: dozens of reports a year per school
        // would bury principals, so these read as continuous work.
        "еженедельн*", "ежедневн*", "кажд* недел*|день|дня", "раз|раза в неделю|день|сутки");

    private static readonly Phrase[] FrequencyWords = Phrase.Compile(
        null,
        "ежегодно", "кажд* год*", "ежеквартально", "поквартально", "кажд* квартал*", "по кварталам",
        "ежемесячно", "помесячно", "кажд* месяц*", "по месяцам", "кажд* полугоди*", "по полугоди*");

    private static readonly Phrase[] TimesPer = Phrase.Compile(
        null, "раз|раза в год|года|году|полугодие|полугодии|полгода|квартал|месяц");

    private static readonly Phrase[] RelativeLimits = Phrase.Compile(
        IsQuantityFiller,
        $"не позднее|позже чем? через|за? #? ~2 рабоч*|календарн*? {TimeUnit} до?",
        $"течени* #? ~2 рабоч*|календарн*? {TimeUnit}",
        $"через #? ~2 рабоч*|календарн*? {TimeUnit}",
        $"за #? ~2 рабоч*|календарн*? {TimeUnit} до?");

    public static Marker FindEvent(IReadOnlyList<DeadlineToken> words) => Find(words, EventPhrases);

    public static Marker FindExternal(IReadOnlyList<DeadlineToken> words) => Find(words, ExternalPhrases);

    public static Marker FindContinuous(IReadOnlyList<DeadlineToken> words) => Find(words, ContinuousPhrases);

    /// <summary>«ежегодно», «1 раз в год», «2 раза в год», «ежеквартально», «ежемесячно» and the like.</summary>
    public static (Frequency Frequency, Marker Marker, string Quote) FindFrequency(IReadOnlyList<DeadlineToken> words, string text)
    {
        var (wordStart, wordEnd) = Phrase.FindFirst(words, FrequencyWords);
        var (timesStart, timesEnd) = Phrase.FindFirst(words, TimesPer);

        if (timesStart >= 0 && (wordStart < 0 || timesStart < wordStart))
        {
            // «2 раза в год»: the count is the number (or number word) right before «раз».
            var count = 1;
            var quoteStart = timesStart;
            if (timesStart > 0)
            {
                var before = words[timesStart - 1];
                var value = before.Kind == TokenKind.Number ? before.Value : RussianCalendarWords.NumberWord(before.Text);
                if (value != 0)
                {
                    count = value;
                    quoteStart = timesStart - 1;
                }
            }

            var unit = words[timesEnd - 1].Text;
            var perYear = unit switch
            {
                "квартал" => 4L * count,
                "месяц" => 12L * count,
                _ when unit.StartsWith("пол", StringComparison.Ordinal) => 2L * count,
                _ => count,
            };
            var frequency = perYear switch
            {
                1 => Frequency.Yearly,
                2 => Frequency.HalfYearly,
                4 => Frequency.Quarterly,
                12 => Frequency.Monthly,
                _ => Frequency.Other,
            };
            return (frequency, new Marker(words[quoteStart].Start), Quote(text, words, quoteStart, timesEnd));
        }

        if (wordStart < 0)
        {
            return (Frequency.None, Marker.None, "");
        }

        var last = words[wordEnd - 1].Text;
        var found = words[wordStart].Text switch
        {
            "ежеквартально" or "поквартально" => Frequency.Quarterly,
            "ежемесячно" or "помесячно" => Frequency.Monthly,
            _ when last.StartsWith("квартал", StringComparison.Ordinal) => Frequency.Quarterly,
            _ when last.StartsWith("месяц", StringComparison.Ordinal) => Frequency.Monthly,
            _ when last.StartsWith("полугоди", StringComparison.Ordinal) => Frequency.HalfYearly,
            _ => Frequency.Yearly,
        };
        return (found, new Marker(words[wordStart].Start), Quote(text, words, wordStart, wordEnd));
    }

    /// <summary>«не позднее 14 дней», «в течение 10 рабочих дней», «за 2 недели до» as written, or null.</summary>
    public static string? FindRelativeLimit(IReadOnlyList<DeadlineToken> words, string text)
    {
        var (start, end) = Phrase.FindFirst(words, RelativeLimits);
        if (start < 0)
        {
            return null;
        }

        // «течение» is matched without «в» so that «в течении» typos work too; quote the «в».
        if (words[start].Text.StartsWith("течени", StringComparison.Ordinal) && start > 0 && words[start - 1].IsWord("в"))
        {
            start--;
        }

        return Quote(text, words, start, end).ToLowerInvariant();
    }

    /// <summary>The original text of words [start, end), white space collapsed to single spaces.</summary>
    public static string Quote(string text, IReadOnlyList<DeadlineToken> words, int start, int end)
    {
        var from = words[start].Start;
        var to = words[end - 1].End;
        var quote = new StringBuilder(to - from);
        var space = false;
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))
            {
                space = true;
                continue;
            }

            if (space && quote.Length > 0)
            {
                quote.Append(' ');
            }

            space = false;
            quote.Append(text[i]);
        }

        return quote.ToString();
    }

    private static Marker Find(IReadOnlyList<DeadlineToken> words, Phrase[] phrases)
    {
        var (start, _) = Phrase.FindFirst(words, phrases);
        return start < 0 ? Marker.None : new Marker(words[start].Start);
    }

    /// <summary>«по <b>отдельному</b> плану», «по <b>утвержденному</b> графику».</summary>
    private static bool IsDativeAdjective(DeadlineToken token) =>
        token.Kind == TokenKind.Word && (token.Text.EndsWith("ому", StringComparison.Ordinal)
            || token.Text.EndsWith("ему", StringComparison.Ordinal) || token.Text.EndsWith("ым", StringComparison.Ordinal)
            || token.Text.EndsWith("им", StringComparison.Ordinal));

    /// <summary>«в течение <b>всего планового</b> периода», «в течение <b>2023</b> года».</summary>
    private static bool IsContinuousFiller(DeadlineToken token) =>
        token.Kind == TokenKind.Number
            ? token.Digits == 4
            : token.Text is "всего" or "весь" or "всех" or "учебного" or "учебных" or "учебный" or "планового"
                or "планируемого" or "отчетного" or "календарного" or "заявленного" or "текущего" or "данного"
                or "указанного" or "этого" or "каждого" or "финансового" or "действия" or "реализации" or "уч" or "г";

    /// <summary>«не позднее <b>двух</b> недель», «2<b>-х</b> недель».</summary>
    private static bool IsQuantityFiller(DeadlineToken token) =>
        token.Kind == TokenKind.Word
            && (RussianCalendarWords.NumberWord(token.Text) != 0 || RussianCalendarWords.IsNumberSuffix(token.Text));
}
