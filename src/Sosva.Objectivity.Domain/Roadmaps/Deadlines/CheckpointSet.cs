using System.Globalization;

namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// Collects checkpoint dates: turns date items into dates (academic or calendar years, impossible
/// days moved to the month's end), keeps generated dates inside the period, and warns about
/// written dates outside it.
/// </summary>
internal sealed class CheckpointSet(DeadlinePeriod period, WarningList warnings)
{
    /// <summary>No roadmap has this many checkpoints per measure; the cap bounds hostile input.</summary>
    public const int MaxCheckpoints = 1000;

    private const int MaxQuotedDates = 10;

    private readonly SortedSet<DateOnly> _dates = [];
    private readonly SortedSet<DateOnly> _outside = [];
    private readonly HashSet<(int Month, int Day, int Year, int Half, YearSpec? Spec, DateItem? RangeStart)> _resolved = [];
    private bool _overflow;

    /// <summary>A month, a day, a quarter or a half-year, with its own year, the years written near it, or the period's years.</summary>
    public void Add(DateItem item)
    {
        // A cell repeating the same month a thousand times costs one resolution, not a thousand.
        if (!_resolved.Add((item.Month, item.Day, item.Year, item.Half, item.Spec, item.RangeStart?.Spec == item.Spec ? item.RangeStart : null)))
        {
            return;
        }

        if (item.Year > 0)
        {
            AddWritten(item.Year, item.Month, item.Day);
            return;
        }

        if (item.Spec is { } spec)
        {
            foreach (var year in spec.Years)
            {
                var (y, month) = Place(item, year.Year, year.Academic);
                if (!year.Academic && item.RangeStart is { } start && start.Spec == spec && spec.Position < item.Position
                    && start.Half == 0 && item.Month < start.Month)
                {
                    // «Сентябрь 2023 – май»: the range ends in the following year. («Ноябрь-февраль 2023»
                    // names the year of the range's end and needs no shift.)
                    y++;
                }

                AddWritten(y, month, item.Day);
            }

            return;
        }

        for (var year = period.Start.Year; year <= period.LastYear; year++)
        {
            var (y, month) = Place(item, year, academic: false);
            if (item.Half > 0 && period.IsAcademic)
            {
                // Academic half-years: the first ends in December, the second on 31 August.
                (y, month) = (year, item.Half == 1 ? 12 : 8);
            }

            if (TryMake(y, month, item.Day, out var date, out var moved) && period.Contains(date))
            {
                if (moved)
                {
                    WarnMoved(y, month, item.Day, date);
                }

                AddDate(date);
            }
        }
    }

    /// <summary>The end of each year named: 31 December, or 31 August for an academic year.</summary>
    public void AddYearEnds(YearSpec spec)
    {
        foreach (var year in spec.Years.Distinct())
        {
            AddWritten(year.Academic ? year.Year + 1 : year.Year, year.Academic ? 8 : 12, 0);
        }
    }

    /// <summary>Month ends (or <paramref name="dayOfMonth"/>) of the given months, over the years written or else the period.</summary>
    public void AddMonthly(IEnumerable<YearSpec> specs, int[]? months, int dayOfMonth)
    {
        var spans = specs.SelectMany(s => s.Years).Distinct().Select(DeadlinePeriod.Span).ToList();
        var written = spans.Count > 0;
        if (!written)
        {
            spans.Add((period.Start, period.End));
        }

        foreach (var (from, to) in spans)
        {
            var last = Math.Min(to.Year, from.Year + DeadlinePeriod.MaxYears);
            for (var year = from.Year; year <= last && !_overflow; year++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    if (months is not null && Array.IndexOf(months, month) < 0)
                    {
                        continue;
                    }

                    var days = DateTime.DaysInMonth(year, month);
                    var date = new DateOnly(year, month, dayOfMonth is > 0 ? Math.Min(dayOfMonth, days) : days);
                    if (date < from || date > to)
                    {
                        continue;
                    }

                    if (written)
                    {
                        AddDate(date);
                    }
                    else
                    {
                        AddGenerated(date);
                    }
                }
            }
        }
    }

    /// <summary>A date the parser made up from the period: kept only inside it.</summary>
    public void AddGenerated(DateOnly date)
    {
        if (period.Contains(date))
        {
            AddDate(date);
        }
    }

    public IReadOnlyList<DateOnly> Finish()
    {
        if (_outside.Count > 0)
        {
            var quoted = string.Join(", ", _outside.Take(MaxQuotedDates).Select(Format.Date))
                + (_outside.Count > MaxQuotedDates ? ", …" : "");
            var subject = _outside.Count == 1 ? "Контрольный срок" : "Контрольные сроки";
            warnings.Add(Format.Invariant(
                $"{subject} вне периода дорожной карты ({Format.Date(period.Start)}–{Format.Date(period.End)}): {quoted}"));
        }

        if (_overflow)
        {
            warnings.Add(Format.Invariant($"Слишком много контрольных сроков: оставлены первые {MaxCheckpoints}"));
        }

        return [.. _dates];
    }

    /// <summary>Year and month of an item in a calendar year, or in the academic year starting in <paramref name="year"/>.</summary>
    private static (int Year, int Month) Place(DateItem item, int year, bool academic)
    {
        if (!academic)
        {
            return (year, item.Month);
        }

        if (item.Half > 0)
        {
            return item.Half == 1 ? (year, 12) : (year + 1, 8);
        }

        return (item.Month >= 9 ? year : year + 1, item.Month);
    }

    /// <summary>A date written in the text (its year too): kept even outside the period, with a warning.</summary>
    private void AddWritten(int year, int month, int day)
    {
        if (TryMake(year, month, day, out var date, out var moved))
        {
            if (moved)
            {
                WarnMoved(year, month, day, date);
            }

            AddDate(date);
        }
    }

    private void AddDate(DateOnly date)
    {
        if (_dates.Count >= MaxCheckpoints && !_dates.Contains(date))
        {
            _overflow = true;
            return;
        }

        if (_dates.Add(date) && !period.Contains(date))
        {
            _outside.Add(date);
        }
    }

    private void WarnMoved(int year, int month, int day, DateOnly date) =>
        warnings.Add(Format.Invariant($"Дата {day:00}.{month:00}.{year:0000} не существует: контрольный срок перенесён на {Format.Date(date)}"));

    /// <summary>Day 0 is the month's last day; a day past the month's end moves there (<paramref name="moved"/>).</summary>
    private static bool TryMake(int year, int month, int day, out DateOnly date, out bool moved)
    {
        date = default;
        moved = false;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 0)
        {
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        moved = day > days;
        date = new DateOnly(year, month, day == 0 || moved ? days : day);
        return true;
    }
}

/// <summary>Warnings in order of appearance, without repeats, capped so hostile input cannot flood the page.</summary>
internal sealed class WarningList
{
    private const int MaxWarnings = 20;

    private readonly List<string> _items = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public void Add(string warning)
    {
        if (_items.Count < MaxWarnings && _seen.Add(warning))
        {
            _items.Add(warning);
        }
    }

    public void AddRange(IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            Add(warning);
        }
    }

    public List<string> ToList() => [.. _items];
}

/// <summary>Culture-independent formatting for messages: dates as dd.MM.yyyy, whatever the thread culture.</summary>
internal static class Format
{
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
