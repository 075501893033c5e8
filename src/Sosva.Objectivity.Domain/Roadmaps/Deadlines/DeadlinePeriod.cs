namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// The roadmap period as the parser uses it: what «every year of the period» and «the end of a
/// year» mean. All date arithmetic is guarded so that no period, however odd, can throw.
/// </summary>
internal readonly record struct DeadlinePeriod(DateOnly Start, DateOnly End)
{
    /// <summary>Generation never walks more years than this, whatever the period says.</summary>
    public const int MaxYears = 200;

    /// <summary>Starts 1 September and ends 31 August (one or several academic years), as <see cref="Roadmap.IsAcademicPeriod"/>.</summary>
    public bool IsAcademic => Start is { Month: 9, Day: 1 } && End is { Month: 8, Day: 31 } && End > Start;

    /// <summary>The last year generation may walk to.</summary>
    public int LastYear => Math.Min(End.Year, Start.Year + MaxYears);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// One checkpoint at the end of every year of the period: 31 August of each academic year for
    /// an academic period, otherwise 31 December of each calendar year — the last one cut back to
    /// the period's end when the period ends mid-year.
    /// </summary>
    public IEnumerable<DateOnly> YearEnds()
    {
        if (IsAcademic)
        {
            for (var year = Start.Year; year < LastYear; year++)
            {
                yield return new DateOnly(year + 1, 8, 31);
            }

            yield break;
        }

        for (var year = Start.Year; year <= LastYear; year++)
        {
            var end = new DateOnly(year, 12, 31);
            yield return end < End ? end : End;
        }
    }

    /// <summary>The span of a year written in the text: 1 Jan–31 Dec, or 1 Sep–31 Aug of an academic year.</summary>
    public static (DateOnly From, DateOnly To) Span(YearRef year) => year.Academic
        ? (new DateOnly(year.Year, 9, 1), new DateOnly(year.Year + 1, 8, 31))
        : (new DateOnly(year.Year, 1, 1), new DateOnly(year.Year, 12, 31));

    public static DateOnly LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
