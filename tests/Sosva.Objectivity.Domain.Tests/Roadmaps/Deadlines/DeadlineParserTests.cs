using System.Globalization;
using System.Text;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Deadlines;

public class DeadlineParserTests
{
    // Seed 000 (Sosva order №49): the order approves the complex «на 2022/2023 учебный год», but
    // its table names 25.03.2024 and the academic year 2023/2024 and principals report by
    // 02.03.2024, so the roadmap really spans two academic years: 01.09.2022–31.08.2024.
    private const string Sosva000From = "2022-09-01";
    private const string Sosva000To = "2024-08-31";

    // Seed 001 (Mezhovskaya school): «План … в 2020 году», the calendar year.
    private const string School001From = "2020-01-01";
    private const string School001To = "2020-12-31";

    // Seed 002 (Rubtsovsk order №534): «на 2023-2024 учебный год».
    private const string Rubtsovsk002From = "2023-09-01";
    private const string Rubtsovsk002To = "2024-08-31";

    private const string NotRecognized = "Срок не распознан: задайте контрольные сроки вручную";
    private const string OutsideRubtsovsk = "вне периода дорожной карты (01.09.2023–31.08.2024)";

    // ---- Every deadline cell of seed 000 ----

    [Theory]
    [InlineData("До 26.03.2023 г, До 25.03.2024 г.", DeadlineKind.Dates, "2023-03-26", "2024-03-25")]
    [InlineData("2022/2023 г.г.", DeadlineKind.Continuous, "2023-08-31")]
    [InlineData("Октябрь 2022/2023 г.", DeadlineKind.Dates, "2022-10-31")]
    [InlineData("В соответствии с планом работы ОУ", DeadlineKind.External)]
    [InlineData("В соответствии с планом работы УО", DeadlineKind.External)]
    [InlineData("Март 2022/2023 г. 2023/2024", DeadlineKind.Dates, "2023-03-31", "2024-03-31")]
    [InlineData("2 раза в год", DeadlineKind.Recurring, "2022-12-31", "2023-06-30", "2023-12-31", "2024-06-30")]
    [InlineData("Январь-февраль 2022/2023, 2023/2024 гг.", DeadlineKind.Dates, "2023-02-28", "2024-02-29")]
    [InlineData("В соответствии с графиком проведения оценочных процедур", DeadlineKind.External)]
    [InlineData("По графику Рособнадзора", DeadlineKind.External)]
    [InlineData("1 раз в год (август)", DeadlineKind.Recurring, "2023-08-31", "2024-08-31")]
    [InlineData("В соответствии с планом работы ОУ (положением о ВСОКО)", DeadlineKind.External)]
    [InlineData("2022/2023 гг.", DeadlineKind.Continuous, "2023-08-31")]
    [InlineData("2022/2023 г.г. В соответствии с ежегодным планом курсовых мероприятий", DeadlineKind.Continuous, "2023-08-31")]
    [InlineData("2022/ 2023 г.г.", DeadlineKind.Continuous, "2023-08-31")]
    [InlineData("В течение учебного года", DeadlineKind.Continuous, "2023-08-31", "2024-08-31")]
    [InlineData("Август 2023 г,", DeadlineKind.Dates, "2023-08-31")]
    public void Seed_000_deadlines_read_as_the_department_means_them(string text, DeadlineKind kind, params string[] dates)
    {
        var result = Parse(text, Sosva000From, Sosva000To);

        ShouldBe(result, text, kind, dates);
        result.Warnings.Should().BeEmpty();
    }

    // ---- Every deadline cell of seed 001 ----

    [Theory]
    [InlineData("По мере проведения оценочных процедур", DeadlineKind.Event)]
    [InlineData("Январь", DeadlineKind.Dates, "2020-01-31")]
    [InlineData("Регулярно в течение планового периода, в соответствии с графиком проведения процедур", DeadlineKind.Continuous, "2020-12-31")]
    [InlineData("В течение периода", DeadlineKind.Continuous, "2020-12-31")]
    [InlineData("Январь – декабрь", DeadlineKind.Dates, "2020-12-31")]
    [InlineData("В течение планового периода", DeadlineKind.Continuous, "2020-12-31")]
    [InlineData("По плану работы школы", DeadlineKind.External)]
    [InlineData("В течение всего периода", DeadlineKind.Continuous, "2020-12-31")]
    [InlineData("По графику ОО", DeadlineKind.External)]
    [InlineData("Постоянно в течение планового периода", DeadlineKind.Continuous, "2020-12-31")]
    public void Seed_001_deadlines_read_as_the_school_means_them(string text, DeadlineKind kind, params string[] dates)
    {
        var result = Parse(text, School001From, School001To);

        ShouldBe(result, text, kind, dates);
        result.Warnings.Should().BeEmpty();
    }

    // ---- Every deadline cell of seed 002 ----

    [Theory]
    [InlineData("В течение года", DeadlineKind.Continuous, "2024-08-31")]
    [InlineData("По мере издания соответствующих документов", DeadlineKind.Event)]
    [InlineData("Август -сентябрь 2023", DeadlineKind.Dates, "2023-09-30")]
    [InlineData("Согласно графикам проведения оценочных процедур в 2023-2024 учебном году", DeadlineKind.External)]
    [InlineData("По итогам проведения ГИА, получения результатов ВПР или других оценочных процедур", DeadlineKind.Event)]
    [InlineData("По мере издания приказов в соответствии с нормативными и распорядительными документами на федеральном, региональном уровнях в 2023 2024 учебном году", DeadlineKind.Event)]
    [InlineData("По плану МКУ «Управление образования» г. Рубцовска", DeadlineKind.External)]
    [InlineData("В сроки, обозначенные в соответствующих документах, на федеральном и региональном уровнях", DeadlineKind.External)]
    [InlineData("В соответствии с графиком проведения ВПР в ОУ", DeadlineKind.External)]
    [InlineData("В течение года, ежемесячно", DeadlineKind.Recurring,
        "2023-09-30", "2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29",
        "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31")]
    [InlineData("Согласно плану-графику ВПР", DeadlineKind.External)]
    [InlineData("В соответствии с планом работы ММО", DeadlineKind.External)]
    [InlineData("В соответствии с планом работы по повышению квалификации педагогических работников", DeadlineKind.External)]
    [InlineData("В течение заявленного периода в соответствии с планом работы краевых УМО КАУ ДПО «АИРО имени А.М. Топорова»", DeadlineKind.Continuous, "2024-08-31")]
    [InlineData("В соответствии с графиком ММО", DeadlineKind.External)]
    [InlineData("В течение года по отдельному плану", DeadlineKind.Continuous, "2024-08-31")]
    [InlineData("Май 2024", DeadlineKind.Dates, "2024-05-31")]
    [InlineData("По мере состоявшегося события", DeadlineKind.Event)]
    [InlineData("Систематически", DeadlineKind.Continuous, "2024-08-31")]
    public void Seed_002_deadlines_read_as_the_department_means_them(string text, DeadlineKind kind, params string[] dates)
    {
        var result = Parse(text, Rubtsovsk002From, Rubtsovsk002To);

        ShouldBe(result, text, kind, dates);
        result.Warnings.Should().BeEmpty();
    }

    // Seed 002 approves on 30.08.2023 a plan that still names spring and summer 2023 (analysis of
    // the 2023 results, «Май 2023» perhaps meaning 2024): the dates stay, the specialist is warned.
    [Theory]
    [InlineData("Июнь, август 2023", "Контрольные сроки " + OutsideRubtsovsk + ": 30.06.2023, 31.08.2023", "2023-06-30", "2023-08-31")]
    [InlineData("Август 2023 Сентябрь-октябрь 2023", "Контрольный срок " + OutsideRubtsovsk + ": 31.08.2023", "2023-08-31", "2023-10-31")]
    [InlineData("Июнь-август 2023", "Контрольный срок " + OutsideRubtsovsk + ": 31.08.2023", "2023-08-31")]
    [InlineData("Май 2023", "Контрольный срок " + OutsideRubtsovsk + ": 31.05.2023", "2023-05-31")]
    [InlineData("Январь-май 2023", "Контрольный срок " + OutsideRubtsovsk + ": 31.05.2023", "2023-05-31")]
    public void Seed_002_dates_before_the_academic_year_are_kept_with_a_warning(string text, string warning, params string[] dates)
    {
        var result = Parse(text, Rubtsovsk002From, Rubtsovsk002To);

        ShouldBe(result, text, DeadlineKind.Dates, dates);
        result.Warnings.Should().Equal(warning);
    }

    [Fact]
    public void Seed_002_empty_deadline_cell_asks_for_manual_checkpoints()
    {
        var result = Parse("", Rubtsovsk002From, Rubtsovsk002To);

        ShouldBe(result, "", DeadlineKind.Unrecognized);
        result.Warnings.Should().Equal("Срок не указан: задайте контрольные сроки вручную");
    }

    // ---- Explicit dates ----

    [Theory]
    [InlineData("До 26.03.2023 г", "2023-03-26")]
    [InlineData("до 1 декабря 2023 года", "2023-12-01")]
    [InlineData("1 декабря 2023 г.", "2023-12-01")]
    [InlineData("не позднее 01.09.23", "2023-09-01")]
    [InlineData("в срок до 26/03/2023", "2023-03-26")]
    [InlineData("2023-03-26", "2023-03-26")]
    [InlineData("до 1-го декабря 2023 года", "2023-12-01")]
    [InlineData("с 01.09.2023 по 31.05.2024", "2024-05-31")]
    [InlineData("с 1 по 15 марта 2023 г.", "2023-03-15")]
    [InlineData("1–15 марта 2023", "2023-03-15")]
    [InlineData("15 марта, 20 апреля 2023 года", "2023-03-15", "2023-04-20")]
    [InlineData("До 25.03.2024 г.; до 26.03.2023 г.; до 26.03.2023", "2023-03-26", "2024-03-25")]
    public void Explicit_date_is_a_checkpoint(string text, params string[] dates) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Dates, dates);

    [Fact]
    public void Several_dates_in_one_cell_give_sorted_distinct_checkpoints() =>
        ShouldBe(
            Parse("до 25.03.2024, до 26.03.2023, до 25.03.2024", "2022-09-01", "2024-08-31"),
            "до 25.03.2024, до 26.03.2023, до 25.03.2024",
            DeadlineKind.Dates,
            "2023-03-26",
            "2024-03-25");

    // ---- A day without a year: every year of the period, or of the years named ----

    [Fact]
    public void Day_without_year_falls_in_every_year_of_the_period() =>
        ShouldBe(Parse("до 1 ноября", "2022-01-01", "2024-12-31"), "до 1 ноября", DeadlineKind.Dates,
            "2022-11-01", "2023-11-01", "2024-11-01");

    [Fact]
    public void Yearly_day_falls_in_every_year_of_the_period() =>
        ShouldBe(Parse("ежегодно до 1 августа", "2022-01-01", "2024-12-31"), "ежегодно до 1 августа", DeadlineKind.Recurring,
            "2022-08-01", "2023-08-01", "2024-08-01");

    [Fact]
    public void Yearly_day_in_an_academic_period_falls_in_each_academic_year() =>
        ShouldBe(Parse("Ежегодно, до 1 августа", "2022-09-01", "2024-08-31"), "Ежегодно, до 1 августа", DeadlineKind.Recurring,
            "2023-08-01", "2024-08-01");

    [Fact]
    public void Day_after_named_years_falls_in_each_year_named()
    {
        var result = Parse("2022 – 2024, до 1 ноября", "2022-01-01", "2024-12-31");

        ShouldBe(result, "2022 – 2024, до 1 ноября", DeadlineKind.Dates, "2022-11-01", "2023-11-01", "2024-11-01");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Named_years_win_over_the_period()
    {
        var result = Parse("2022 – 2024, до 1 ноября", "2023-01-01", "2023-12-31");

        ShouldBe(result, "2022 – 2024, до 1 ноября", DeadlineKind.Dates, "2022-11-01", "2023-11-01", "2024-11-01");
        result.Warnings.Should().Equal(
            "Контрольные сроки вне периода дорожной карты (01.01.2023–31.12.2023): 01.11.2022, 01.11.2024");
    }

    // ---- Months, ranges, lists ----

    [Theory]
    [InlineData("Май 2023", "2023-05-31")]
    [InlineData("Август 2023 г", "2023-08-31")]
    [InlineData("Февраль 2024", "2024-02-29")]
    [InlineData("в декабре 2023 года", "2023-12-31")]
    public void Month_gives_its_last_day(string text, string date) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Dates, date);

    [Theory]
    [InlineData("Июнь-август 2023", "2023-08-31")]
    [InlineData("Сентябрь-октябрь 2023", "2023-10-31")]
    [InlineData("Сентябрь 2023 – май 2024", "2024-05-31")]
    [InlineData("Сентябрь 2023 – май", "2024-05-31")]
    [InlineData("с сентября по май 2024 г.", "2024-05-31")]
    [InlineData("Ноябрь-февраль 2024", "2024-02-29")]
    public void Month_range_gives_last_day_of_last_month(string text, string date) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Dates, date);

    [Fact]
    public void Month_range_without_year_gives_last_day_of_last_month_in_every_year_of_the_period() =>
        ShouldBe(Parse("Январь-февраль", "2022-09-01", "2024-08-31"), "Январь-февраль", DeadlineKind.Dates,
            "2023-02-28", "2024-02-29");

    [Theory]
    [InlineData("Июнь, август 2023", "2023-06-30", "2023-08-31")]
    [InlineData("апрель и октябрь 2023 г.", "2023-04-30", "2023-10-31")]
    [InlineData("Апрель 2023, 2024 гг.", "2023-04-30", "2024-04-30")]
    [InlineData("Сентябрь - декабрь 2022 г., январь - май 2023 г.", "2022-12-31", "2023-05-31")]
    public void Month_list_gives_one_checkpoint_per_month(string text, params string[] dates) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Dates, dates);

    [Fact]
    public void Month_without_year_falls_in_every_calendar_year_of_a_calendar_period() =>
        ShouldBe(Parse("Октябрь", "2022-01-01", "2024-12-31"), "Октябрь", DeadlineKind.Dates,
            "2022-10-31", "2023-10-31", "2024-10-31");

    [Theory]
    [InlineData("Октябрь", "2022-10-31")]
    [InlineData("Март", "2023-03-31")]
    [InlineData("Сентябрь-май", "2023-05-31")]
    public void Month_without_year_follows_the_academic_convention_in_an_academic_period(string text, string date) =>
        ShouldBe(Parse(text, "2022-09-01", "2023-08-31"), text, DeadlineKind.Dates, date);

    [Theory]
    [InlineData("1 января 2023", 1)]
    [InlineData("1 февраля 2023", 2)]
    [InlineData("1 марта 2023", 3)]
    [InlineData("1 апреля 2023", 4)]
    [InlineData("1 мая 2023", 5)]
    [InlineData("1 июня 2023", 6)]
    [InlineData("1 июля 2023", 7)]
    [InlineData("1 августа 2023", 8)]
    [InlineData("1 сентября 2023", 9)]
    [InlineData("1 октября 2023", 10)]
    [InlineData("1 ноября 2023", 11)]
    [InlineData("1 декабря 2023", 12)]
    [InlineData("1 ЯНВ. 2023", 1)]
    [InlineData("1 сент. 2023", 9)]
    public void Month_names_are_read_in_the_genitive_and_abbreviated(string text, int month) =>
        ShouldBe(Parse(text, "2023-01-01", "2023-12-31"), text, DeadlineKind.Dates,
            new DateOnly(2023, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("январь 2023")]
    [InlineData("января 2023")]
    [InlineData("в январе 2023")]
    [InlineData("к январю 2023")]
    [InlineData("ЯНВАРЬ 2023")]
    public void Month_names_are_read_in_every_case(string text) =>
        ShouldBe(Parse(text, "2023-01-01", "2023-12-31"), text, DeadlineKind.Dates, "2023-01-31");

    [Theory]
    [InlineData("май 2023")]
    [InlineData("мая 2023")]
    [InlineData("в мае 2023")]
    [InlineData("март, май 2023 г.")]
    public void May_and_March_are_read_in_every_case(string text)
    {
        var result = Parse(text, "2023-01-01", "2023-12-31");

        result.Kind.Should().Be(DeadlineKind.Dates);
        result.Checkpoints.Should().Contain(new DateOnly(2023, 5, 31));
    }

    // ---- Academic years ----

    [Theory]
    [InlineData("Март 2022/2023", "2023-03-31")]
    [InlineData("Октябрь 2022/2023 г.", "2022-10-31")]
    [InlineData("Декабрь 2022/23 уч. г.", "2022-12-31")]
    [InlineData("Март 2023-2024 учебного года", "2024-03-31")]
    public void Academic_year_puts_september_to_december_in_its_first_year(string text, string date) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Dates, date);

    [Fact]
    public void Several_academic_years_give_one_checkpoint_each() =>
        ShouldBe(Parse("Январь-февраль 2022/2023, 2023/2024 гг.", "2022-09-01", "2024-08-31"),
            "Январь-февраль 2022/2023, 2023/2024 гг.", DeadlineKind.Dates, "2023-02-28", "2024-02-29");

    // ---- Frequencies ----

    [Theory]
    [InlineData("ежегодно")]
    [InlineData("Ежегодно.")]
    [InlineData("1 раз в год")]
    [InlineData("один раз в год")]
    [InlineData("каждый год")]
    public void Yearly_gives_the_end_of_every_calendar_year(string text) =>
        ShouldBe(Parse(text, "2022-01-01", "2024-12-31"), text, DeadlineKind.Recurring, "2022-12-31", "2023-12-31", "2024-12-31");

    [Fact]
    public void Yearly_gives_the_end_of_every_academic_year_in_an_academic_period() =>
        ShouldBe(Parse("ежегодно", "2022-09-01", "2024-08-31"), "ежегодно", DeadlineKind.Recurring, "2023-08-31", "2024-08-31");

    [Fact]
    public void Once_a_year_in_august_gives_31_august_every_year() =>
        ShouldBe(Parse("1 раз в год (август)", "2022-01-01", "2024-12-31"), "1 раз в год (август)", DeadlineKind.Recurring,
            "2022-08-31", "2023-08-31", "2024-08-31");

    [Theory]
    [InlineData("2 раза в год")]
    [InlineData("два раза в год")]
    [InlineData("1 раз в полугодие")]
    public void Twice_a_year_gives_30_june_and_31_december(string text) =>
        ShouldBe(Parse(text, "2023-01-01", "2023-12-31"), text, DeadlineKind.Recurring, "2023-06-30", "2023-12-31");

    [Fact]
    public void Twice_a_year_with_named_months_uses_those_months() =>
        ShouldBe(Parse("2 раза в год (январь, июнь)", "2023-01-01", "2023-12-31"), "2 раза в год (январь, июнь)",
            DeadlineKind.Recurring, "2023-01-31", "2023-06-30");

    [Fact]
    public void Monthly_gives_every_month_end_of_the_period() =>
        ShouldBe(Parse("Ежемесячно", "2020-01-01", "2020-12-31"), "Ежемесячно", DeadlineKind.Recurring,
            "2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30", "2020-05-31", "2020-06-30",
            "2020-07-31", "2020-08-31", "2020-09-30", "2020-10-31", "2020-11-30", "2020-12-31");

    [Fact]
    public void Monthly_by_a_day_gives_that_day_of_every_month() =>
        ShouldBe(Parse("ежемесячно до 5 числа", "2020-01-01", "2020-03-31"), "ежемесячно до 5 числа", DeadlineKind.Recurring,
            "2020-01-05", "2020-02-05", "2020-03-05");

    [Theory]
    [InlineData("ежеквартально")]
    [InlineData("1 раз в квартал")]
    [InlineData("Ежеквартально, до 5 числа месяца, следующего за отчетным")]
    public void Quarterly_gives_quarter_ends(string text) =>
        ShouldBe(Parse(text, "2020-01-01", "2020-12-31"), text, DeadlineKind.Recurring,
            "2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31");

    [Fact]
    public void Quarterly_in_an_academic_period_stays_inside_it() =>
        ShouldBe(Parse("ежеквартально", "2023-09-01", "2024-08-31"), "ежеквартально", DeadlineKind.Recurring,
            "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30");

    [Fact]
    public void Uncommon_frequency_is_recurring_with_a_warning()
    {
        var result = Parse("3 раза в год", "2023-01-01", "2023-12-31");

        ShouldBe(result, "3 раза в год", DeadlineKind.Recurring);
        result.Warnings.Should().Equal("Периодичность «3 раза в год» не распознана: задайте контрольные сроки вручную");
    }

    // ---- Continuous work and bare years ----

    [Theory]
    [InlineData("В течение года")]
    [InlineData("В течение учебного года")]
    [InlineData("постоянно")]
    [InlineData("Систематически")]
    [InlineData("на постоянной основе")]
    [InlineData("в течение периода")]
    [InlineData("в течении года")]
    [InlineData("Еженедельно")]
    public void Continuous_work_gives_31_december_of_every_year_of_a_calendar_period(string text) =>
        ShouldBe(Parse(text, "2022-01-01", "2024-12-31"), text, DeadlineKind.Continuous, "2022-12-31", "2023-12-31", "2024-12-31");

    [Theory]
    [InlineData("В течение года")]
    [InlineData("В течение учебного года")]
    [InlineData("Постоянно")]
    [InlineData("на постоянной основе")]
    public void Continuous_work_gives_31_august_of_every_year_of_an_academic_period(string text) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, DeadlineKind.Continuous, "2023-08-31", "2024-08-31");

    [Fact]
    public void Continuous_work_in_a_period_ending_mid_year_is_due_at_the_period_end() =>
        ShouldBe(Parse("постоянно", "2023-03-02", "2024-03-02"), "постоянно", DeadlineKind.Continuous, "2023-12-31", "2024-03-02");

    [Theory]
    [InlineData("2023", "2023-12-31")]
    [InlineData("2023 год", "2023-12-31")]
    [InlineData("В течение 2023 года", "2023-12-31")]
    [InlineData("2022-2023 гг.", "2022-12-31", "2023-12-31")]
    [InlineData("2022 — 2024 годы", "2022-12-31", "2023-12-31", "2024-12-31")]
    [InlineData("2022/2023 г.г.", "2023-08-31")]
    [InlineData("2022/2023, 2023/2024 учебные годы", "2023-08-31", "2024-08-31")]
    [InlineData("2023-2024 учебный год", "2024-08-31")]
    public void Bare_years_give_the_end_of_each_year_named(string text, params string[] dates) =>
        ShouldBe(Parse(text, "2022-01-01", "2024-12-31"), text, DeadlineKind.Continuous, dates);

    // ---- Events and external schedules ----

    [Theory]
    [InlineData("По мере поступления документов", null)]
    [InlineData("По итогам ВПР", null)]
    [InlineData("после проведения мониторингов (не позднее 14 дней)", "не позднее 14 дней")]
    [InlineData("По итогам проведения диагностики, не позднее 1 месяца", "не позднее 1 месяца")]
    [InlineData("в течение 10 рабочих дней после получения результатов", "в течение 10 рабочих дней")]
    [InlineData("Не позднее двух недель после проведения ВПР", "не позднее двух недель")]
    [InlineData("не позднее 1 месяца", "не позднее 1 месяца")]
    public void Event_driven_deadline_has_no_date_and_keeps_its_relative_limit(string text, string? limit)
    {
        var result = Parse(text, "2022-09-01", "2024-08-31");

        ShouldBe(result, text, DeadlineKind.Event);
        result.RelativeLimit.Should().Be(limit);
        result.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("По графику Рособрнадзора")]
    [InlineData("В соответствии с планом работы управления образования")]
    [InlineData("Согласно графику проведения ВПР")]
    [InlineData("В сроки, обозначенные Рособрнадзором")]
    [InlineData("По плану ИМЦ")]
    [InlineData("по утвержденному графику")]
    [InlineData("В установленные сроки")]
    public void External_schedule_has_no_date(string text)
    {
        var result = Parse(text, "2022-09-01", "2024-08-31");

        ShouldBe(result, text, DeadlineKind.External);
        result.RelativeLimit.Should().BeNull();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Event_that_names_an_exact_day_keeps_it_as_a_checkpoint() =>
        ShouldBe(Parse("По итогам ВПР, не позднее 01.06.2023", "2022-09-01", "2024-08-31"),
            "По итогам ВПР, не позднее 01.06.2023", DeadlineKind.Event, "2023-06-01");

    // ---- Impossible and unrecognised text ----

    [Theory]
    [InlineData("до 31 ноября 2023", "Дата 31.11.2023 не существует: контрольный срок перенесён на 30.11.2023", "2023-11-30")]
    [InlineData("31.11.2023", "Дата 31.11.2023 не существует: контрольный срок перенесён на 30.11.2023", "2023-11-30")]
    [InlineData("29.02.2023", "Дата 29.02.2023 не существует: контрольный срок перенесён на 28.02.2023", "2023-02-28")]
    [InlineData("до 31 апреля 2023 года", "Дата 31.04.2023 не существует: контрольный срок перенесён на 30.04.2023", "2023-04-30")]
    public void Impossible_date_moves_to_the_last_day_of_its_month_with_a_warning(string text, string warning, string date)
    {
        var result = Parse(text, "2023-01-01", "2023-12-31");

        ShouldBe(result, text, DeadlineKind.Dates, date);
        result.Warnings.Should().Equal(warning);
    }

    [Fact]
    public void Impossible_day_without_year_warns_for_every_year_it_falls_in()
    {
        var result = Parse("до 31 ноября", "2022-01-01", "2023-12-31");

        ShouldBe(result, "до 31 ноября", DeadlineKind.Dates, "2022-11-30", "2023-11-30");
        result.Warnings.Should().Equal(
            "Дата 31.11.2022 не существует: контрольный срок перенесён на 30.11.2022",
            "Дата 31.11.2023 не существует: контрольный срок перенесён на 30.11.2023");
    }

    [Fact]
    public void Leap_day_is_a_real_date_in_a_leap_year()
    {
        var result = Parse("29.02.2024", "2023-09-01", "2024-08-31");

        ShouldBe(result, "29.02.2024", DeadlineKind.Dates, "2024-02-29");
        result.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Своевременно")]
    [InlineData("абракадабра 12345")]
    [InlineData("!!! ... ---")]
    [InlineData("ВПР")]
    public void Text_that_matches_nothing_is_unrecognized_with_a_warning(string text)
    {
        var result = Parse(text, "2022-09-01", "2024-08-31");

        ShouldBe(result, text, DeadlineKind.Unrecognized);
        result.Warnings.Should().Equal(NotRecognized);
    }

    [Fact]
    public void Nonexistent_numeric_date_is_not_a_date()
    {
        var result = Parse("до 99.99.9999", "2022-09-01", "2024-08-31");

        ShouldBe(result, "до 99.99.9999", DeadlineKind.Unrecognized);
        result.Warnings.Should().Equal("Дата 99.99.9999 не распознана", NotRecognized);
    }

    [Fact]
    public void Null_text_becomes_empty_text_and_asks_for_manual_checkpoints()
    {
        var result = DeadlineParser.Parse(null, new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31));

        ShouldBe(result, "", DeadlineKind.Unrecognized);
        result.Warnings.Should().Equal("Срок не указан: задайте контрольные сроки вручную");
        result.RelativeLimit.Should().BeNull();
    }

    // ---- Insensitivity to case, punctuation, dashes, white space, year abbreviations ----

    [Theory]
    [InlineData("Июнь-август 2023")]
    [InlineData("Июнь‑август 2023")]
    [InlineData("Июнь–август 2023")]
    [InlineData("Июнь—август 2023")]
    [InlineData("Июнь − август 2023")]
    [InlineData("июнь -август 2023 г.")]
    [InlineData("ИЮНЬ – АВГУСТ 2023 ГОДА")]
    [InlineData("  Июнь\u00A0–\tавгуст\n2023 г.г. ")]
    [InlineData("Июнь-август 2023г.")]
    [InlineData("Июнь-август, 2023 гг.")]
    public void Dashes_case_white_space_and_year_abbreviations_do_not_matter(string text) =>
        ShouldBe(Parse(text, "2023-01-01", "2023-12-31"), text, DeadlineKind.Dates, "2023-08-31");

    [Fact]
    public void Text_is_kept_exactly_as_written()
    {
        const string text = "  До 26.03.2023 г,\tДо 25.03.2024 г.  ";

        Parse(text, "2022-09-01", "2024-08-31").Text.Should().BeSameAs(text);
    }

    // ---- The period ----

    [Fact]
    public void Generated_checkpoints_respect_the_period()
    {
        var from = new DateOnly(2023, 9, 1);
        var to = new DateOnly(2024, 8, 31);
        string[] texts =
        [
            "ежемесячно", "ежеквартально", "2 раза в год", "ежегодно", "В течение года", "Январь", "до 1 ноября",
            "Январь-февраль", "1 раз в год (август)", "до 31 ноября", "I полугодие", "II квартал", "постоянно",
        ];

        foreach (var text in texts)
        {
            var result = DeadlineParser.Parse(text, from, to);
            result.Checkpoints.Should().NotBeEmpty(text);
            result.Checkpoints.Should().OnlyContain(d => d >= from && d <= to, text);
        }
    }

    [Fact]
    public void Month_outside_a_short_period_gives_no_checkpoint_and_a_warning()
    {
        var result = Parse("Май", "2020-01-01", "2020-03-31");

        ShouldBe(result, "Май", DeadlineKind.Dates);
        result.Warnings.Should().Equal(
            "Ни один контрольный срок не попадает в период дорожной карты (01.01.2020–31.03.2020): задайте контрольные сроки вручную");
    }

    [Fact]
    public void Month_without_year_in_a_multi_year_period_gives_one_checkpoint_per_year() =>
        ShouldBe(Parse("Январь", "2022-01-01", "2024-12-31"), "Январь", DeadlineKind.Dates, "2022-01-31", "2023-01-31", "2024-01-31");

    [Fact]
    public void Period_given_end_first_is_swapped_with_a_warning()
    {
        var result = Parse("В течение года", "2020-12-31", "2020-01-01");

        ShouldBe(result, "В течение года", DeadlineKind.Continuous, "2020-12-31");
        result.Warnings.Should().Equal("Начало периода дорожной карты позже его окончания: даты переставлены");
    }

    // ---- Quarters and half-years ----

    [Theory]
    [InlineData("I квартал 2023", "2023-03-31")]
    [InlineData("в 3-м квартале 2023 г.", "2023-09-30")]
    [InlineData("IV квартал 2023 года", "2023-12-31")]
    [InlineData("I полугодие 2023", "2023-06-30")]
    [InlineData("II полугодие 2023/2024 учебного года", "2024-08-31")]
    [InlineData("первое полугодие 2023/2024 уч. г.", "2023-12-31")]
    public void Quarter_and_half_year_are_due_on_their_last_day(string text, string date) =>
        ShouldBe(Parse(text, "2023-01-01", "2024-12-31"), text, DeadlineKind.Dates, date);

    // ---- Which phrase leads ----

    [Theory]
    [InlineData("В течение учебного года (сентябрь-май)", DeadlineKind.Dates, "2023-05-31", "2024-05-31")]
    [InlineData("Май 2023, по итогам ВПР", DeadlineKind.Dates, "2023-05-31")]
    [InlineData("По итогам ВПР, май 2023", DeadlineKind.Event)]
    [InlineData("Ежегодно по графику Рособрнадзора", DeadlineKind.Recurring, "2023-08-31", "2024-08-31")]
    [InlineData("Согласно графику, ежегодно", DeadlineKind.External)]
    [InlineData("постоянно, ежеквартально", DeadlineKind.Recurring, "2022-09-30", "2022-12-31", "2023-03-31", "2023-06-30",
        "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30")]
    public void The_leading_phrase_decides_between_dates_frequencies_events_and_schedules(string text, DeadlineKind kind, params string[] dates) =>
        ShouldBe(Parse(text, "2022-09-01", "2024-08-31"), text, kind, dates);

    // ---- Robustness ----

    [Fact]
    public void Random_and_hostile_text_never_throws_and_is_kept()
    {
        var random = new Random(20230302);
        var periods = new (DateOnly From, DateOnly To)[]
        {
            (new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31)),
            (new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)),
            (DateOnly.MinValue, DateOnly.MaxValue),
            (DateOnly.MaxValue, DateOnly.MinValue),
            (new DateOnly(9999, 9, 1), new DateOnly(9999, 12, 31)),
            (new DateOnly(1, 1, 1), new DateOnly(1, 1, 1)),
        };

        var failures = new List<string>();
        for (var n = 0; n < 10_000; n++)
        {
            var text = HostileText(random, n);
            var (from, to) = periods[random.Next(periods.Length)];

            DeadlineParseResult result;
            try
            {
                result = DeadlineParser.Parse(text, from, to);
            }
            catch (Exception exception)
            {
                failures.Add($"#{n} threw {exception.GetType().Name}");
                continue;
            }

            var sorted = result.Checkpoints.Zip(result.Checkpoints.Skip(1)).All(pair => pair.First < pair.Second);
            if (!string.Equals(result.Text, text ?? "", StringComparison.Ordinal) || !sorted || result.Checkpoints.Count > 1000
                || result.Warnings.Any(w => w.Contains("внутренней ошибки", StringComparison.Ordinal)))
            {
                failures.Add($"#{n}: {result}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Hostile_long_inputs_are_parsed()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("1, ", 50_000)),
            string.Concat(Enumerable.Repeat("январь ", 20_000)) + "2023",
            string.Concat(Enumerable.Repeat("2022/2023 ", 20_000)),
            string.Concat(Enumerable.Repeat("в течение в течение ", 20_000)),
            string.Concat(Enumerable.Repeat("по ", 50_000)) + "плану",
            string.Concat(Enumerable.Repeat("ежемесячно 1900-1950 ", 5_000)),
            new string('9', 100_000),
            new string('-', 100_000),
        ];

        foreach (var text in texts)
        {
            var result = DeadlineParser.Parse(text, DateOnly.MinValue, DateOnly.MaxValue);
            result.Text.Should().BeSameAs(text);
            result.Warnings.Should().NotContain(w => w.Contains("внутренней ошибки", StringComparison.Ordinal));
        }

        DeadlineParser.Parse(texts[1], new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).Checkpoints
            .Should().Equal(new DateOnly(2023, 1, 31));
    }

    private static readonly string[] Fragments =
    [
        "январь", "февраля", "марте", "май", "Мая", "августа", "сентябрь", "декабре", "янв.", "до", "не позднее", "с", "по", "и",
        "г.", "гг.", "г.г.", "года", "учебного года", "уч.", "2022", "2023", "2024", "2022/2023", "2023/24", "2022-2024",
        "1", "15", "31", "0", "99", "32", "31.11.2023", "29.02.2023", "99.99.9999", "01.01.0001", "31.12.9999",
        "99999999999999999999", "-1", "2199", "2200", "1899", "9999", "10000", "ежегодно", "ежемесячно", "ежеквартально",
        "2 раза в год", "раз в", "числа", "квартал", "полугодие", "I", "IV", "V", "в течение", "года", "периода",
        "постоянно", "По мере", "по итогам", "после", "По графику", "Согласно", "в соответствии с", "в сроки",
        "не позднее 14 дней", "месяца", "(", ")", ",", ".", "/", "-", "–", "—", "‑", ";", ":", "«", "»", "\u00AD",
        "\u200B", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\t", "\n", " ", "𝟙𝟘", "٣", "١٢.٠٣.٢٠٢٣", "１２．０３．２０２３",
    ];

    private static string? HostileText(Random random, int n)
    {
        switch (n % 10)
        {
            case 0 when n % 1000 == 0:
                return null;
            case 1:
                // Random UTF-16 code units, lone surrogates included.
                return new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => (char)random.Next(0, 0x10000))]);
            case 2:
                return new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => ".,;:-–—/()«»!?*"[random.Next(15)])]);
            case 3 when n % 500 == 3:
                return string.Concat(Enumerable.Range(0, 5_000).Select(_ => Fragments[random.Next(Fragments.Length)] + " "));
            case 4:
                return string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(0, 4) switch
                {
                    0 => random.Next(-5, 100).ToString("00", CultureInfo.InvariantCulture),
                    1 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
                    2 => ".",
                    _ => random.Next(1890, 2300).ToString(CultureInfo.InvariantCulture),
                }));
            default:
                var builder = new StringBuilder();
                var count = random.Next(0, 12);
                for (var i = 0; i < count; i++)
                {
                    builder.Append(Fragments[random.Next(Fragments.Length)]);
                    builder.Append(random.Next(3) == 0 ? "" : " ");
                }

                return builder.ToString();
        }
    }

    private static DeadlineParseResult Parse(string text, string from, string to) =>
        DeadlineParser.Parse(text, Date(from), Date(to));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void ShouldBe(DeadlineParseResult result, string text, DeadlineKind kind, params string[] dates)
    {
        result.Text.Should().Be(text);
        result.Kind.Should().Be(kind, "«{0}» reads as {1}", text, kind);
        result.Checkpoints.Should().Equal(dates.Select(Date), "checkpoints of «{0}»", text);
    }
}
