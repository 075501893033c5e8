using System.Globalization;

namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>A calendar year, or the academic year that starts in <see cref="Year"/> (2022 → 2022/2023).</summary>
internal readonly record struct YearRef(int Year, bool Academic);

/// <summary>Something date-like found in the text, in order of appearance.</summary>
internal abstract class DateElement(int position)
{
    /// <summary>Offset in the original text, to tell which phrase of the text comes first.</summary>
    public int Position { get; } = position;
}

/// <summary>Years written in the text: «2023 г.», «2022-2023 гг.», «2022/2023, 2023/2024 гг.».</summary>
internal sealed class YearSpec(int position) : DateElement(position)
{
    public List<YearRef> Years { get; } = [];

    /// <summary>True when some month or day of the text takes its year from here.</summary>
    public bool Used { get; set; }
}

/// <summary>
/// A month («май»), a day of a month («1 декабря», «26.03.2023»), a quarter or a half-year.
/// <see cref="Day"/> 0 means the last day of the month; <see cref="Year"/> 0 means the year comes
/// from a <see cref="YearSpec"/> or, failing that, from the roadmap period.
/// </summary>
internal sealed class DateItem(int position, int month, int day, int year, int half) : DateElement(position)
{
    public int Month { get; } = month;

    public int Day { get; } = day;

    public int Year { get; } = year;

    /// <summary>1 or 2 for «I/II полугодие» (their month depends on the calendar or academic reading), else 0.</summary>
    public int Half { get; } = half;

    /// <summary>The start of a range this item ends («январь» in «январь-февраль»).</summary>
    public DateItem? RangeStart { get; set; }

    /// <summary>A range start: it gives no checkpoint of its own (a range is due at its end).</summary>
    public bool Dropped { get; set; }

    /// <summary>The item was introduced by «с» («с 1 по 15 марта», «с сентября по май»).</summary>
    public bool OpenedBySince { get; set; }

    public YearSpec? Spec { get; set; }
}

/// <summary>What the scanner found: elements in order, a day of the month («до 5 числа»), warnings.</summary>
internal sealed record DateScan(IReadOnlyList<DateElement> Elements, int DayOfMonth, IReadOnlyList<string> Warnings)
{
    public IEnumerable<DateItem> Items => Elements.OfType<DateItem>();

    public IEnumerable<YearSpec> Specs => Elements.OfType<YearSpec>();
}

/// <summary>
/// Finds the dates in a token stream in one left-to-right pass with bounded look-ahead, then
/// gives every month or day without a year of its own the years written after it («Июнь, август
/// 2023») or, failing that, before it («2022 – 2024, до 1 ноября»).
/// </summary>
internal sealed class DeadlineDateScanner
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    /// <summary>«2022-2070» is no roadmap: longer spans are read as two separate years.</summary>
    private const int MaxYearSpan = 50;

    private const int MaxListedDays = 31;

    private readonly List<DeadlineToken> _tokens;
    private readonly string _text;
    private readonly List<DateElement> _elements = [];
    private readonly List<string> _warnings = [];
    private int _dayOfMonth;
    private DateItem? _lastItem;
    private DateItem? _pendingRange;
    private bool _rangeEligible;
    private bool _specMergeable;
    private bool _sinceOpened;
    private bool _dayRangeOpen;

    private DeadlineDateScanner(List<DeadlineToken> tokens, string text)
    {
        _tokens = tokens;
        _text = text;
    }

    public static DateScan Scan(List<DeadlineToken> tokens, string text)
    {
        var scanner = new DeadlineDateScanner(tokens, text);
        scanner.Run();
        scanner.AssignYears();
        return new DateScan(scanner._elements, scanner._dayOfMonth, scanner._warnings);
    }

    private void Run()
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    i = ScanNumber(i);
                    break;
                case TokenKind.Word:
                    i = ScanWord(i);
                    break;
                case TokenKind.Dash:
                    if (_rangeEligible && _lastItem is not null)
                    {
                        _pendingRange = _lastItem;
                    }

                    i++;
                    break;
                case TokenKind.Comma or TokenKind.Semicolon:
                    _pendingRange = null;
                    _rangeEligible = false;
                    i++;
                    break;
                case TokenKind.Other:
                    Break();
                    i++;
                    break;
                default:
                    i++;
                    break;
            }
        }
    }

    private int ScanWord(int i)
    {
        var word = _tokens[i].Text;
        var month = RussianCalendarWords.Month(word);
        if (month > 0)
        {
            AddItem(new DateItem(_tokens[i].Start, month, 0, 0, 0));
            return i + 1;
        }

        if (RussianCalendarWords.Ordinal(word) > 0 && TryOrdinalPeriod(i, RussianCalendarWords.Ordinal(word), out var next))
        {
            return next;
        }

        if (word is "с" or "со")
        {
            _sinceOpened = true;
            return i + 1;
        }

        if (word is "по" or "до" && _rangeEligible && _lastItem is { OpenedBySince: true })
        {
            _pendingRange = _lastItem;
            return i + 1;
        }

        if (!RussianCalendarWords.IsDateNoise(word))
        {
            Break();
        }

        return i + 1;
    }

    private int ScanNumber(int i)
    {
        if (TryNumericDate(i, out var next) || TryYears(i, out next))
        {
            return next;
        }

        var token = _tokens[i];
        if (token.Digits == 1 && TryOrdinalPeriod(i, token.Value, out next))
        {
            return next;
        }

        return ScanDays(i);
    }

    /// <summary>«26.03.2023», «1.09.23», «26/03/2023», «2023-03-26», and «26.03» without a year.</summary>
    private bool TryNumericDate(int i, out int next)
    {
        next = i;
        var first = _tokens[i];
        if (!IsGlued(i + 1, out var separator) || !IsGluedNumber(i + 2, 1, 2))
        {
            return false;
        }

        var second = _tokens[i + 2];
        var hasThird = IsGlued(i + 3, out var separator2) && separator2 == separator;
        if (first.Digits == 4 && separator is TokenKind.Dash or TokenKind.Dot && hasThird && IsGluedNumber(i + 4, 1, 2))
        {
            // ISO: 2023-03-26.
            next = i + 5;
            AddNumericDate(i, next, _tokens[i + 4].Value, second.Value, first.Value);
            return true;
        }

        if (first.Digits is < 1 or > 2 || separator == TokenKind.Dash)
        {
            return false;
        }

        if (hasThird && i + 4 < _tokens.Count && _tokens[i + 4] is { Kind: TokenKind.Number, SpaceBefore: false, Digits: 2 or 4 } third)
        {
            next = i + 5;
            var year = third.Digits == 2 ? 2000 + third.Value : third.Value;
            AddNumericDate(i, next, first.Value, second.Value, year);
            return true;
        }

        if (second.Digits == 2 && first.Value is >= 1 and <= 31 && second.Value is >= 1 and <= 12
            && !(hasThird && IsGluedNumber(i + 4, 1, int.MaxValue)))
        {
            next = i + 3;
            AddItem(new DateItem(first.Start, second.Value, first.Value, 0, 0));
            return true;
        }

        return false;
    }

    private void AddNumericDate(int from, int to, int day, int month, int year)
    {
        if (day is >= 1 and <= 31 && month is >= 1 and <= 12 && year is >= MinYear and <= MaxYear)
        {
            AddItem(new DateItem(_tokens[from].Start, month, day, year, 0));
            return;
        }

        var quote = _text[_tokens[from].Start.._tokens[to - 1].End];
        _warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Дата {quote} не распознана"));
        Break();
    }

    /// <summary>«2023», «2022/2023», «2022/23», «2022-2023 гг.», «2023-2024 учебный год», «2023 2024 учебном году».</summary>
    private bool TryYears(int i, out int next)
    {
        next = i;
        var token = _tokens[i];
        if (!IsYear(token))
        {
            return false;
        }

        var first = token.Value;
        var years = new List<YearRef>();
        next = i + 1;
        if (At(i + 1, TokenKind.Slash) && i + 2 < _tokens.Count && _tokens[i + 2] is { Kind: TokenKind.Number, Digits: 2 or 4 } slashed)
        {
            var second = slashed.Digits == 4 ? slashed.Value : (first / 100 * 100) + slashed.Value;
            if (slashed.Digits == 2 && second <= first)
            {
                second += 100;
            }

            var last = second > first + 1 && second - first <= MaxYearSpan ? second - 1 : first;
            for (var year = first; year <= last; year++)
            {
                years.Add(new YearRef(year, true));
            }

            next = i + 3;
        }
        else if (At(i + 1, TokenKind.Dash) && i + 2 < _tokens.Count && IsYear(_tokens[i + 2])
            && _tokens[i + 2].Value > first && _tokens[i + 2].Value - first <= MaxYearSpan)
        {
            var last = _tokens[i + 2].Value;
            next = i + 3;
            var academic = FollowedByAcademicWord(next);
            for (var year = first; year < last || (!academic && year == last); year++)
            {
                years.Add(new YearRef(year, academic));
            }
        }
        else if (i + 1 < _tokens.Count && IsYear(_tokens[i + 1]) && _tokens[i + 1].Value == first + 1 && FollowedByAcademicWord(i + 2))
        {
            years.Add(new YearRef(first, true));
            next = i + 2;
        }
        else
        {
            years.Add(new YearRef(first, false));
        }

        AddYears(token.Start, years);
        return true;
    }

    /// <summary>«I квартал», «2-й квартал», «первом полугодии», «II полугодие».</summary>
    private bool TryOrdinalPeriod(int i, int ordinal, out int next)
    {
        next = i;
        var j = SkipNumberSuffix(i + 1);
        if (j >= _tokens.Count || _tokens[j].Kind != TokenKind.Word)
        {
            return false;
        }

        if (_tokens[j].WordStartsWith("квартал") && ordinal is >= 1 and <= 4)
        {
            AddItem(new DateItem(_tokens[i].Start, ordinal * 3, 0, 0, 0));
        }
        else if (_tokens[j].WordStartsWith("полугоди") && ordinal is 1 or 2)
        {
            AddItem(new DateItem(_tokens[i].Start, ordinal * 6, 0, 0, ordinal));
        }
        else
        {
            return false;
        }

        next = j + 1;
        return true;
    }

    /// <summary>
    /// «1 декабря», «1, 15 марта», «1-15 марта», «с 1 по 15 марта», and «5 числа» (a day of
    /// every month). A failed list is skipped as a whole, which keeps the scan linear.
    /// </summary>
    private int ScanDays(int i)
    {
        var days = new List<int>();
        var j = i;
        while (days.Count < MaxListedDays && j < _tokens.Count && _tokens[j] is { Kind: TokenKind.Number, Digits: 1 or 2, Value: >= 1 and <= 31 }
            && !StartsNumericDate(j))
        {
            var day = _tokens[j].Value;
            j = SkipNumberSuffix(j + 1);
            var isRangeEnd = days.Count > 0 && _dayRangeOpen;
            if (isRangeEnd)
            {
                days[^1] = day;
            }
            else
            {
                days.Add(day);
            }

            _dayRangeOpen = false;
            if (j < _tokens.Count && (_tokens[j].Kind is TokenKind.Dash || _tokens[j].IsWord("по") || _tokens[j].IsWord("до")))
            {
                _dayRangeOpen = true;
                j++;
            }
            else if (j < _tokens.Count && (_tokens[j].Kind is TokenKind.Comma || _tokens[j].IsWord("и")))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        _dayRangeOpen = false;
        var month = j < _tokens.Count && _tokens[j].Kind == TokenKind.Word ? RussianCalendarWords.Month(_tokens[j].Text) : 0;
        if (days.Count > 0 && month > 0)
        {
            foreach (var day in days)
            {
                AddItem(new DateItem(_tokens[i].Start, month, day, 0, 0));
            }

            return j + 1;
        }

        if (days.Count == 1 && j < _tokens.Count && (_tokens[j].IsWord("числа") || _tokens[j].IsWord("число")))
        {
            _dayOfMonth = days[0];
            return j + 1;
        }

        Break();
        return Math.Max(j, i + 1);
    }

    private void AddItem(DateItem item)
    {
        if (_pendingRange is not null)
        {
            item.RangeStart = _pendingRange;
            _pendingRange.Dropped = true;
            _pendingRange = null;
        }

        item.OpenedBySince = _sinceOpened;
        _sinceOpened = false;
        _elements.Add(item);
        _lastItem = item;
        _rangeEligible = true;
        _specMergeable = false;
    }

    private void AddYears(int position, List<YearRef> years)
    {
        if (_specMergeable && _elements.Count > 0 && _elements[^1] is YearSpec last)
        {
            last.Years.AddRange(years);
        }
        else
        {
            var spec = new YearSpec(position);
            spec.Years.AddRange(years);
            _elements.Add(spec);
        }

        _specMergeable = true;
    }

    /// <summary>A word that is not part of a date ends lists and ranges.</summary>
    private void Break()
    {
        _pendingRange = null;
        _rangeEligible = false;
        _specMergeable = false;
        _sinceOpened = false;
    }

    /// <summary>
    /// Months and days without a year take the years written after them, up to the next date
    /// that has its own year («Июнь, август 2023»); failing that, the years written last before
    /// them («2022 – 2024, до 1 ноября»). Two linear passes.
    /// </summary>
    private void AssignYears()
    {
        YearSpec? following = null;
        for (var k = _elements.Count - 1; k >= 0; k--)
        {
            switch (_elements[k])
            {
                case YearSpec spec:
                    following = spec;
                    break;
                case DateItem { Year: > 0 }:
                    following = null;
                    break;
                case DateItem item:
                    item.Spec = following;
                    break;
            }
        }

        YearSpec? preceding = null;
        foreach (var element in _elements)
        {
            switch (element)
            {
                case YearSpec spec:
                    preceding = spec;
                    break;
                case DateItem { Year: 0 } item:
                    item.Spec ??= preceding;
                    if (item.Spec is not null)
                    {
                        item.Spec.Used = true;
                    }

                    break;
            }
        }
    }

    private bool FollowedByAcademicWord(int j)
    {
        for (var steps = 0; j < _tokens.Count && steps < 4; j++, steps++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Word && RussianCalendarWords.IsAcademicWord(token.Text))
            {
                return true;
            }

            if (!(token.Kind == TokenKind.Dot || token.Kind == TokenKind.Word && token.Text is "г" or "гг" or "в" or "на"))
            {
                return false;
            }
        }

        return false;
    }

    private int SkipNumberSuffix(int j)
    {
        if (j + 1 < _tokens.Count && _tokens[j].Kind == TokenKind.Dash && !_tokens[j].SpaceBefore
            && _tokens[j + 1] is { Kind: TokenKind.Word, SpaceBefore: false } dashed && RussianCalendarWords.IsNumberSuffix(dashed.Text))
        {
            return j + 2;
        }

        if (j < _tokens.Count && _tokens[j] is { Kind: TokenKind.Word, SpaceBefore: false } glued && RussianCalendarWords.IsNumberSuffix(glued.Text))
        {
            return j + 1;
        }

        return j;
    }

    private static bool IsYear(DeadlineToken token) =>
        token is { Kind: TokenKind.Number, Digits: 4, Value: >= MinYear and <= MaxYear };

    private bool At(int j, TokenKind kind) => j < _tokens.Count && _tokens[j].Kind == kind;

    /// <summary>A date separator (. / -) written with no space before it.</summary>
    private bool IsGlued(int j, out TokenKind separator)
    {
        separator = TokenKind.Other;
        if (j < _tokens.Count && !_tokens[j].SpaceBefore && _tokens[j].Kind is TokenKind.Dot or TokenKind.Slash or TokenKind.Dash)
        {
            separator = _tokens[j].Kind;
            return true;
        }

        return false;
    }

    /// <summary>«26.03…» or «26/03…»: the number at <paramref name="j"/> opens a numeric date, not a day list («1-15 марта»).</summary>
    private bool StartsNumericDate(int j) =>
        IsGlued(j + 1, out var separator) && separator != TokenKind.Dash && IsGluedNumber(j + 2, 1, int.MaxValue);

    private bool IsGluedNumber(int j, int minDigits, int maxDigits) =>
        j < _tokens.Count && _tokens[j].Kind == TokenKind.Number && !_tokens[j].SpaceBefore
            && _tokens[j].Digits >= minDigits && _tokens[j].Digits <= maxDigits;
}
