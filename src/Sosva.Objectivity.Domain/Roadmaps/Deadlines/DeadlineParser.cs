namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// Turns a deadline cell («Сроки», «Дата проведения») plus the roadmap period into a kind and
/// checkpoint dates (docs/design.md#5-deadlines). A pure function: no clock, no culture, no I/O; it never throws
/// and runs in time linear in the text (hand-written tokenizer and phrase matcher, no regular
/// expressions, so nothing can backtrack and nothing needs a timeout).
/// </summary>
/// <remarks>
/// <para><b>Conventions</b> (docs/design.md#52-rules).</para>
/// <list type="bullet">
/// <item>An explicit date («До 26.03.2023 г», «до 1 декабря 2023 года») is a checkpoint; several
/// in one cell give several.</item>
/// <item>A day or month without a year («до 1 ноября», «Январь») falls in every year of the period:
/// every such date inside the period is a checkpoint. For an academic period (1 September – 31
/// August) this is the academic convention: «Октябрь» in 2022/2023 is October 2022, «Март» is
/// March 2023. Years written in the cell win: «2022 – 2024, до 1 ноября».</item>
/// <item>A month is due on its last day; a range («Январь-февраль», «Сентябрь 2023 – май 2024»,
/// «с 1 по 15 марта») on the last day of its end; a list («Июнь, август 2023») gives one
/// checkpoint per item. Years written after a list belong to every item of it.</item>
/// <item>«2022/2023» is the academic year 01.09.2022–31.08.2023: September–December belong to
/// 2022, January–August to 2023 («Март 2022/2023» → 31.03.2023). Several academic years
/// («Январь-февраль 2022/2023, 2023/2024 гг.», «Март 2022/2023 г. 2023/2024») give one checkpoint
/// per year. «2023-2024 учебный год» and «2023/24» are academic years too.</item>
/// <item>«ежегодно», «1 раз в год»: the end of every year of the period (31 December, or 31 August
/// for an academic period); with a month or day («1 раз в год (август)», «ежегодно до 1 августа»)
/// that date every year. «2 раза в год»: 30 June and 31 December; «ежеквартально»: 31 March,
/// 30 June, 30 September, 31 December; «ежемесячно»: month ends («до 5 числа»: the 5th).</item>
/// <item>Continuous work («В течение (учебного) года», «постоянно», «систематически», «на
/// постоянной основе», «в течение периода»): the end of every year of the period. A bare year,
/// a range of years («2022-2023 гг.») or academic years («2022/2023 г.г.»): the end of each year
/// named (31 December; 31 August for an academic year). Both are <see cref="DeadlineKind.Continuous"/>.</item>
/// <item>Event-driven («По мере …», «По итогам …», «после проведения …») and external schedules
/// («По графику …», «В соответствии с планом …», «Согласно …», «В сроки, обозначенные …», «По
/// плану …»): no automatic date, a relative limit («не позднее 14 дней») is kept.</item>
/// <item>An impossible date («31.11.2023», «до 31 ноября») is a warning and moves to the month's
/// last day. Text that matches nothing is <see cref="DeadlineKind.Unrecognized"/> with a warning.</item>
/// </list>
/// <para><b>Readings chosen where the conventions are silent</b> (what a department specialist expects;
/// docs/design.md#53-readings-beyond-the-rules).</para>
/// <list type="bullet">
/// <item>The phrase the cell starts with decides between an event, an external schedule and a
/// date: «Согласно графикам … в 2023-2024 учебном году» is external (the year only says which
/// schedule), «2022/2023 г.г. В соответствии с ежегодным планом …» is the academic year
/// (the plan only says how), «В течение года по отдельному плану» and «Регулярно в течение
/// планового периода, в соответствии с графиком …» are continuous.</item>
/// <item>A frequency wins over continuous wording wherever it stands: «В течение года,
/// ежемесячно» is monthly. Days or months written in continuous wording win too: «В течение
/// учебного года (сентябрь-май)» is due at the end of May.</item>
/// <item>An event or external text that still names an exact day («По итогам ВПР, не позднее
/// 01.06.2023») keeps that day as a checkpoint; months and years there only give context.</item>
/// <item>An explicit date outside the period stays a checkpoint (the text says so) but gets a
/// warning, e.g. «Май 2023» in the 2023/2024 plan of seed 002, which may be a typo for 2024.
/// Dates the parser generates itself (no year written) always lie inside the period.</item>
/// <item>«Регулярно», «круглогодично», «в период реализации» are continuous; so are
/// «еженедельно» and «ежедневно» (one yearly report rather than dozens).</item>
/// <item>«3 раза в год» and other counts with no calendar convention are recurring without
/// checkpoints, with a warning, unless months are named («2 раза в год (январь, июнь)»).</item>
/// <item>«I квартал» is due on the quarter's last day. «I полугодие» is due on 30 June and «II
/// полугодие» on 31 December; in an academic year (or academic period) on 31 December and 31
/// August.</item>
/// <item>«Сентябрь 2023 – май» reads the end of the range in the next year; «01.09.23» is 2023;
/// years outside 1900–2199 and numeric dates with a month outside 1–12 are not dates (warning
/// «Дата … не распознана»).</item>
/// <item>A period given end-first is swapped, with a warning.</item>
/// </list>
/// </remarks>
public static class DeadlineParser
{
    internal const string NotRecognized = "Срок не распознан: задайте контрольные сроки вручную";
    internal const string NotGiven = "Срок не указан: задайте контрольные сроки вручную";
    internal const string InternalError = "Срок не разобран из-за внутренней ошибки: задайте контрольные сроки вручную";

    private static readonly int[] HalfYearMonths = [6, 12];
    private static readonly int[] QuarterMonths = [3, 6, 9, 12];

    /// <summary>Parses a deadline text against the roadmap period [<paramref name="periodStart"/>, <paramref name="periodEnd"/>].</summary>
    /// <param name="text">The deadline as written; kept unchanged in the result (null becomes "").</param>
    /// <param name="periodStart">First day of the roadmap period.</param>
    /// <param name="periodEnd">Last day of the roadmap period.</param>
    public static DeadlineParseResult Parse(string? text, DateOnly periodStart, DateOnly periodEnd)
    {
        var original = text ?? "";
        try
        {
            return ParseCore(original, periodStart, periodEnd);
        }
#pragma warning disable CA1031 // The contract is «never an exception»: a parser bug must not break an import or a page.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new DeadlineParseResult(original, DeadlineKind.Unrecognized, [], [InternalError], null);
        }
    }

    private static DeadlineParseResult ParseCore(string text, DateOnly periodStart, DateOnly periodEnd)
    {
        var warnings = new WarningList();
        if (periodEnd < periodStart)
        {
            (periodStart, periodEnd) = (periodEnd, periodStart);
            warnings.Add("Начало периода дорожной карты позже его окончания: даты переставлены");
        }

        var period = new DeadlinePeriod(periodStart, periodEnd);
        var tokens = DeadlineTokenizer.Tokenize(text);
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).ToList();
        if (words.Count == 0)
        {
            warnings.Add(string.IsNullOrWhiteSpace(text) ? NotGiven : NotRecognized);
            return Result(text, DeadlineKind.Unrecognized, [], warnings, null);
        }

        var scan = DeadlineDateScanner.Scan(tokens, text);
        warnings.AddRange(scan.Warnings);
        var eventMarker = DeadlineMarkers.FindEvent(words);
        var externalMarker = DeadlineMarkers.FindExternal(words);
        var continuousMarker = DeadlineMarkers.FindContinuous(words);
        var (frequency, frequencyMarker, frequencyQuote) = DeadlineMarkers.FindFrequency(words, text);
        var relativeLimit = DeadlineMarkers.FindRelativeLimit(words, text);
        var dateMarker = scan.Elements.Count > 0 ? new Marker(scan.Elements[0].Position) : Marker.None;

        var checkpoints = new CheckpointSet(period, warnings);
        var items = scan.Items.Where(i => !i.Dropped).ToList();
        var lead = Lead(eventMarker, externalMarker, frequencyMarker, continuousMarker, dateMarker);
        DeadlineKind kind;
        if (lead is DeadlineKind.Event or DeadlineKind.External)
        {
            kind = lead;
            foreach (var item in items.Where(i => i.Day > 0))
            {
                checkpoints.Add(item);
            }
        }
        else if (lead == DeadlineKind.Unrecognized)
        {
            kind = relativeLimit is null ? DeadlineKind.Unrecognized : DeadlineKind.Event;
            if (kind == DeadlineKind.Unrecognized)
            {
                warnings.Add(NotRecognized);
            }
        }
        else if (frequency != Frequency.None)
        {
            kind = DeadlineKind.Recurring;
            AddRecurring(checkpoints, frequency, frequencyQuote, items, scan, period, warnings);
        }
        else if (items.Count > 0)
        {
            kind = DeadlineKind.Dates;
            foreach (var item in items)
            {
                checkpoints.Add(item);
            }

            foreach (var spec in scan.Specs.Where(s => !s.Used))
            {
                checkpoints.AddYearEnds(spec);
            }
        }
        else if (scan.Specs.Any())
        {
            kind = DeadlineKind.Continuous;
            foreach (var spec in scan.Specs)
            {
                checkpoints.AddYearEnds(spec);
            }
        }
        else
        {
            kind = DeadlineKind.Continuous;
            foreach (var end in period.YearEnds())
            {
                checkpoints.AddGenerated(end);
            }
        }

        var dates = checkpoints.Finish();
        var datesExpected = kind is DeadlineKind.Dates or DeadlineKind.Continuous
            || (kind == DeadlineKind.Recurring && (frequency != Frequency.Other || items.Count > 0));
        if (dates.Count == 0 && datesExpected)
        {
            warnings.Add(Format.Invariant(
                $"Ни один контрольный срок не попадает в период дорожной карты ({Format.Date(period.Start)}–{Format.Date(period.End)}): задайте контрольные сроки вручную"));
        }

        return Result(text, kind, dates, warnings, relativeLimit);
    }

    /// <summary>Which phrase the text starts with; ties go to events, then external schedules.</summary>
    private static DeadlineKind Lead(Marker eventMarker, Marker externalMarker, Marker frequency, Marker continuous, Marker dates)
    {
        var lead = DeadlineKind.Unrecognized;
        var position = int.MaxValue;
        foreach (var (marker, kind) in new[]
        {
            (eventMarker, DeadlineKind.Event), (externalMarker, DeadlineKind.External),
            (frequency, DeadlineKind.Recurring), (continuous, DeadlineKind.Continuous), (dates, DeadlineKind.Dates),
        })
        {
            if (marker.Found && marker.Position < position)
            {
                lead = kind;
                position = marker.Position;
            }
        }

        return lead;
    }

    private static void AddRecurring(
        CheckpointSet checkpoints,
        Frequency frequency,
        string quote,
        List<DateItem> items,
        DateScan scan,
        DeadlinePeriod period,
        WarningList warnings)
    {
        // Named months or days say where in the year: «1 раз в год (август)», «ежегодно до 1 августа».
        if (items.Count > 0 && frequency is Frequency.Yearly or Frequency.HalfYearly or Frequency.Other)
        {
            foreach (var item in items)
            {
                checkpoints.Add(item);
            }

            return;
        }

        switch (frequency)
        {
            case Frequency.Yearly when scan.Specs.Any():
                foreach (var spec in scan.Specs)
                {
                    checkpoints.AddYearEnds(spec);
                }

                break;
            case Frequency.Yearly:
                foreach (var end in period.YearEnds())
                {
                    checkpoints.AddGenerated(end);
                }

                break;
            case Frequency.HalfYearly:
                checkpoints.AddMonthly(scan.Specs, HalfYearMonths, 0);
                break;
            case Frequency.Quarterly:
                checkpoints.AddMonthly(scan.Specs, QuarterMonths, 0);
                break;
            case Frequency.Monthly:
                checkpoints.AddMonthly(scan.Specs, null, scan.DayOfMonth);
                break;
            default:
                warnings.Add(Format.Invariant($"Периодичность «{quote}» не распознана: задайте контрольные сроки вручную"));
                break;
        }
    }

    private static DeadlineParseResult Result(string text, DeadlineKind kind, IReadOnlyList<DateOnly> dates, WarningList warnings, string? relativeLimit) =>
        new(text, kind, dates, warnings.ToList(), relativeLimit);
}
