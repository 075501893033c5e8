using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

/// <summary>The seed documents
/// (docs/design.md#11-source-documents, copied to Seeds/) read end to end, and pasted texts.</summary>
public class PlainTextRoadmapTests
{
    private static InterpretedRoadmap ReadSeed(string name) =>
        PlainTextRoadmap.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Roadmaps", "Import", "Seeds", name)));

    private static List<InterpretedMeasure> Measures(InterpretedRoadmap roadmap) =>
        roadmap.Table.Sections.SelectMany(section => section.Measures).ToList();

    [Fact]
    public void Seed_000_Sosva_order_49_reads_as_sections_1_to_7_with_25_measures()
    {
        var roadmap = ReadSeed("000_ae5fcf179eb221f0.txt");

        Measures(roadmap).Should().HaveCount(25);
        roadmap.Title.Should().Be("Комплекс мер по обеспечению объективности при проведении оценочных процедур в общеобразовательных учреждениях Сосьвинского городского округа на 2021/2022 учебные годы");
        roadmap.OrderNumber.Should().Be("49");
        roadmap.OrderDate.Should().Be(new DateOnly(2023, 3, 2));
        roadmap.Table.UnmappedColumns.Should().BeEmpty();
        roadmap.Table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            ("1.", "Нормативно-правовое обеспечение объективности оценочных процедур", 1),
            ("2.", "Информационно-разъяснительная работа по обеспечению объективности результатов Всероссийских проверочных работ", 5),
            ("3.", "Повышение квалификации педагогов в области проведения экспертизы и оценки работ учащихся при проведении оценочных процедур", 4),
            ("4.", "Методическое обеспечение объективности при проведении оценочных процедур", 1),
            ("5.", "Организация мероприятий для обучающихся, их родителей, способствующих повышению объективности при проведении оценочных процедур", 3),
            ("6.", "Мониторинг уровня учебных достижений обучающихся", 4),
            ("7.", "Методическое сопровождение образовательной деятельности. Развитие кадрового потенциала", 7));
        // 6.3 and 7.4 are missing in the order itself.
        Measures(roadmap).Select(measure => measure.Number).Should().Equal(
            "1.1.", "2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "3.1.", "3.2.", "3.3.", "3.4.", "4.1.", "5.1.", "5.2.", "5.3.",
            "6.1.", "6.2.", "6.4.", "6.5.", "7.1.", "7.2.", "7.3.", "7.5.", "7.6.", "7.7.", "7.8.");
    }

    [Fact]
    public void Seed_000_measures_keep_every_text_as_written()
    {
        var measures = Measures(ReadSeed("000_ae5fcf179eb221f0.txt"));

        measures[0].Should().Be(new InterpretedMeasure(
            "1.1.",
            "Разработка в ОУ положения о проведении ВПР или регламента проведения ВПР и размещение на сайте ОУ",
            "До 26.03.2023 г, До 25.03.2024 г.",
            "Руководители общеобразовательных учреждений СГО",
            "В ОУ разработаны положения о проведении ВПР или регламенты проведения ВПР и размещены на сайте ОУ",
            null));
        measures[^1].Should().Be(new InterpretedMeasure(
            "7.8.",
            "Изучение, обобщение и распространение опыта общеобразовательных учреждений, показывающих объективные результаты (ВПР, ГИА)",
            "Август 2023 г,",
            "Специалисты МКУ «ИМЦ СГО», Руководители ОУ СГО",
            "Проведен анализ, выявлены школы, показывающие объективные результаты (ВПР, ГИА). Обобщен и распространен опыт этих ОУ на уровне муниципалитета",
            null));
        measures.Single(measure => measure.Number == "7.2.").Deadline.Should().Be("2022/ 2023 г.г.");
    }

    [Fact]
    public void Seed_000_takes_the_period_from_the_table_title_and_warns_that_the_order_names_another()
    {
        // The appendix's title says 2021/2022, the order's title and items say 2022/2023.
        var roadmap = ReadSeed("000_ae5fcf179eb221f0.txt");

        roadmap.PeriodStart.Should().Be(new DateOnly(2021, 9, 1));
        roadmap.PeriodEnd.Should().Be(new DateOnly(2022, 8, 31));
        roadmap.Table.Warnings.Should().Equal(
            "Период в заголовке плана (01.09.2021–31.08.2022) не совпадает с периодом в заголовке приказа (01.09.2022–31.08.2023) — проверьте период.",
            "После мероприятия 6.2. идёт 6.4.: возможно, строка пропущена.",
            "После мероприятия 7.3. идёт 7.5.: возможно, строка пропущена.");
    }

    [Fact]
    public void Seed_001_school_plan_reads_as_five_unnumbered_sections_with_measures_numbered_inside_each()
    {
        var roadmap = ReadSeed("001_9895122c2713bcf5.txt");

        Measures(roadmap).Should().HaveCount(19);
        roadmap.Title.Should().Be("ПЛАН мероприятий по объективности проведения оценочных процедур в 2020 году в МКОУ Межовской СОШ");
        roadmap.PeriodStart.Should().Be(new DateOnly(2020, 1, 1));
        roadmap.PeriodEnd.Should().Be(new DateOnly(2020, 12, 31));
        roadmap.OrderNumber.Should().BeNull();
        roadmap.OrderDate.Should().BeNull();
        roadmap.Table.Warnings.Should().BeEmpty();
        roadmap.Table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            (null, "Нормативно-правового обеспечение проведения оценочных процедур", 3),
            (null, "Организационно – управленческое обеспечение мероприятий оценочных процедур", 8),
            (null, "Методическое сопровождение", 4),
            (null, "Работа с родителями", 2),
            (null, "Информационное сопровождение", 2));
        roadmap.Table.Sections.Should().OnlyContain(section =>
            section.Measures.Select(measure => measure.Number).SequenceEqual(Enumerable.Range(1, section.Measures.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        roadmap.Table.Sections[3].Measures[1].Should().Be(new InterpretedMeasure(
            "2",
            "Организация работы с родителями (законными представителями) по вопросам подготовки и участия обучающихся в оценочных процедурах: - индивидуальные консультации по тематическим вопросам; - проведение родительских собраний на базе ОО с участием представителей управления образования.",
            "По графику ОО",
            "Руководители ОО",
            null,
            null));
    }

    [Fact]
    public void Seed_002_Rubtsovsk_order_534_reads_as_Roman_sections_I_to_VIII_with_38_measures()
    {
        var roadmap = ReadSeed("002_79844f738bde2bd5.txt");

        Measures(roadmap).Should().HaveCount(38);
        roadmap.Title.Should().Be("План мероприятий (Дорожная карта) по повышению объективности проведения оценочных процедур и профилактики школьной неуспешности в общеобразовательных учреждениях г. Рубцовска на 2023-2024 учебный год");
        roadmap.PeriodStart.Should().Be(new DateOnly(2023, 9, 1));
        roadmap.PeriodEnd.Should().Be(new DateOnly(2024, 8, 31));
        // The order's heading says 30.08.2023; the appendix's reference «от 20.08.2023 № 534» comes later.
        roadmap.OrderNumber.Should().Be("534");
        roadmap.OrderDate.Should().Be(new DateOnly(2023, 8, 30));
        roadmap.Table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            ("I.", "Анализ оценочных процедур", 3),
            ("II.", "Мероприятия по нормативно-правовому, инструктивно-методическому обеспечению проведения Всероссийских проверочных работ", 7),
            ("III.", "Контроль организации и проведения ВПР", 11),
            ("IV.", "Методическое обеспечение подготовки и проведения ВПР", 2),
            ("V.", "Меры по повышению квалификации педагогических работников", 4),
            ("VI.", "Работа с родителями", 3),
            ("VII.", "Мероприятия с обучающимися", 4),
            ("VIII.", "Мероприятия по информационному сопровождению организации и проведения ВПР", 4));
        roadmap.Table.Sections[1].Measures.Select(measure => measure.Number).Should().Equal("2.1.", "2.2.", "2.3.", null, "2.4.", "2.5.", "2.6.");
        roadmap.Table.Sections[2].Measures.Select(measure => measure.Number).Should().Equal(
            "3.1.", "3.2.", "3.3.", "3.4.", "3.5.", "3.6.", "3.7.", "3.8.", "3.9.", "3.10.", "3.11.");
    }

    [Fact]
    public void Seed_002_measure_3_1_broken_by_a_page_break_is_joined_back()
    {
        var measure = Measures(ReadSeed("002_79844f738bde2bd5.txt")).Single(measure => measure.Number == "3.1.");

        measure.Should().Be(new InterpretedMeasure(
            "3.1.",
            "Анализ результатов, ГИА, ВПР в 2023 году в соответствии с критериями и параметрами системы оценки качества подготовки обучающихся. "
                + "Планирование дальнейшей работы со школами с низкими результатами ГИА, а также с низкими и неэффективными результатами ВПР 2023 "
                + "по повышению объективности результатов ВПР, профилаттике школьной неуспешности, использование результатов ГИА, ВПР с целью повышения качества образования",
            "Август 2023 Сентябрь-октябрь 2023",
            "Шашок А.В., Вафина И.А., Михайлок Е.И. План работы по повышению качества подготовки обучающихся к оценочным процедурам",
            null,
            null));
    }

    [Fact]
    public void Seed_002_keeps_the_unnumbered_row_after_2_3_as_a_measure_and_points_at_doubtful_rows()
    {
        var roadmap = ReadSeed("002_79844f738bde2bd5.txt");

        roadmap.Table.Sections[1].Measures[3].Should().Be(new InterpretedMeasure(
            null,
            "Актуализация общеобразовательными учреждениями с необъективными результатами ВПР в 2022 году плана по повышению объективности проведения оценочных процедур и профилактике школьной неуспешности",
            null,
            null,
            "Наличие в ОУ плана по повышению объективности проведения оценочных процедур и профилактике школьной неуспешности обучающихся",
            null));
        roadmap.Table.Sections[0].Measures[0].Should().Be(new InterpretedMeasure(
            "1.1.",
            "Проведение количественного и качественного анализа результатов оценочных процедур ВПР, ГИА по учебным предметам в разрезе каждого общеобразовательного учреждения",
            "Июнь, август 2023",
            "Шашок А.В.",
            "Аналитическая справка. Определение проблемных полей, дефицитов в виде несформированных планируемых результатов, характерных для общеобразовательных учреждений по учебным предметам, по которым выполнялась оценочная процедура ВПР, ГИА",
            null));
        const string merged = "ячеек 4, а столбцов в заголовке 5: нет столбца «Ожидаемый результат» — проверьте, не слился ли этот текст со столбцом «Ответственные».";
        roadmap.Table.Warnings.Should().Equal(
            "Строка 61: мероприятие без номера «Актуализация общеобразовательными учреждениями с необъективн…» — проверьте, не относится ли оно к мероприятию 2.3. выше.",
            "Строка 63 (мероприятие 2.4.): " + merged,
            "Строка 64 (мероприятие 2.5.): " + merged,
            "Строка 65 (мероприятие 2.6.): " + merged,
            "Строка 69 (мероприятие 3.1.): " + merged,
            "Строка 89: номер раздела «У.» прочитан как «V.».");
    }

    [Fact]
    public void Pasted_text_with_the_order_on_one_line_and_a_plain_heading_gives_title_order_and_period()
    {
        var roadmap = PlainTextRoadmap.Read(
            "Приказ от 15.09.2022 г. № 101-од\n\n"
            + "Дорожная карта по повышению объективности оценочных процедур\nна 2022–2024 годы\n"
            + "Наименование мероприятий\tСроки выполнения\tОтветственные исполнители\tВид документа\n"
            + "Анализ результатов ВПР\tежегодно до 1 августа\tИМЦ\tСправка\n");

        roadmap.Title.Should().Be("Дорожная карта по повышению объективности оценочных процедур на 2022–2024 годы");
        roadmap.PeriodStart.Should().Be(new DateOnly(2022, 1, 1));
        roadmap.PeriodEnd.Should().Be(new DateOnly(2024, 12, 31));
        roadmap.OrderNumber.Should().Be("101-од");
        roadmap.OrderDate.Should().Be(new DateOnly(2022, 9, 15));
        roadmap.Table.Sections.Should().ContainSingle().Which.Measures.Should().Equal(
            new InterpretedMeasure(null, "Анализ результатов ВПР", "ежегодно до 1 августа", "ИМЦ", null, "Справка"));
        roadmap.Table.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("№ 12-од от «5» сентября 2023 г.", "12-од", "2023-09-05")]
    [InlineData("УТВЕРЖДЕН приказом от 01.02.2024 № 7", "7", "2024-02-01")]
    [InlineData("ПРИКАЗ\n\n№ 49\n\nОт 02.03.2023 г.", "49", "2023-03-02")]
    [InlineData("ПРИКАЗ\n№ 3", "3", null)]
    public void The_approving_order_is_read_from_its_number_line_and_the_date_on_or_next_to_it(string header, string number, string? date)
    {
        var roadmap = PlainTextRoadmap.Read(header + "\n\nПлан мероприятий на 2024 год\n№\tМероприятия\tСроки\n1\tСовещание\tАвгуст\n");

        roadmap.OrderNumber.Should().Be(number);
        roadmap.OrderDate.Should().Be(date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_number_sign_inside_a_sentence_is_not_an_order()
    {
        var roadmap = PlainTextRoadmap.Read(
            "1. Утвердить комплекс мер (Приложение № 1);\n"
            + "В соответствии с приказом Минпросвещения от 06.05.2019 № 219\n\n"
            + "№\tМероприятия\tСроки\n1\tСовещание\tАвгуст\n");

        roadmap.OrderNumber.Should().BeNull();
        roadmap.OrderDate.Should().BeNull();
    }

    [Fact]
    public void Section_headings_written_as_plain_lines_inside_the_table_are_sections()
    {
        var roadmap = PlainTextRoadmap.Read(
            "№\tМероприятия\tДата проведения\n"
            + "I. Анализ\t\t\n"
            + "1.1.\tАнализ ВПР\tИюнь\n\n"
            + "II. Контроль\n\n"
            + "2.1.\tПерепроверка работ\tМай\n");

        roadmap.Table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            ("I.", "Анализ", 1),
            ("II.", "Контроль", 1));
    }

    [Fact]
    public void A_signature_after_the_table_is_not_a_row()
    {
        var roadmap = PlainTextRoadmap.Read(
            "№\tМероприятия\tСроки\tОтветственные\n"
            + "1\tСовещание\tАвгуст\tУО\n\n"
            + "Начальник управления образования\t\t\tА.А. Мищерин\n"
            + "Исполнитель: Шашок А.В.\t963-47\n");

        Measures(roadmap).Should().Equal(new InterpretedMeasure("1", "Совещание", "Август", "УО", null, null));
        roadmap.Table.Warnings.Should().Equal(
            "Не найден заголовок плана — укажите его вручную.",
            "Период плана не определён по заголовку — укажите его вручную.");
    }

    [Fact]
    public void A_table_pasted_from_Excel_with_a_multi_line_cell_is_read()
    {
        var roadmap = PlainTextRoadmap.Read(
            "№\tМероприятия\tСроки\n1.1.\t\"Совещание:\n- с руководителями;\n- с заместителями\"\tАвгуст\n1.2.\tСеминар\tМарт");

        Measures(roadmap).Select(measure => measure.Title).Should().Equal("Совещание:\n- с руководителями;\n- с заместителями", "Семинар");
    }

    [Fact]
    public void Without_a_period_in_the_title_the_period_of_the_order_heading_is_taken_with_a_warning()
    {
        var roadmap = PlainTextRoadmap.Read(
            "**Об утверждении плана мероприятий на 2023/2024 учебный год**\n\n"
            + "**План мероприятий по повышению объективности**\n\n"
            + "№\tМероприятия\tСроки\n1\tСовещание\tАвгуст\n");

        roadmap.Title.Should().Be("План мероприятий по повышению объективности");
        roadmap.PeriodStart.Should().Be(new DateOnly(2023, 9, 1));
        roadmap.PeriodEnd.Should().Be(new DateOnly(2024, 8, 31));
        roadmap.Table.Warnings.Should().Equal(
            "Период плана (01.09.2023–31.08.2024) найден не в заголовке плана, а в заголовке приказа — проверьте период.");
    }

    [Fact]
    public void An_order_dated_after_the_end_of_the_period_is_warned_about()
    {
        var roadmap = PlainTextRoadmap.Read(
            "№ 5\n30.08.2025\n\nПлан мероприятий на 2023/2024 учебный год\n№\tМероприятия\tСроки\n1\tСовещание\tАвгуст\n");

        roadmap.Table.Warnings.Should().Equal(
            "Дата приказа 30.08.2025 позже окончания периода плана (01.09.2023–31.08.2024) — проверьте период.");
    }

    [Fact]
    public void Text_without_tabs_gives_no_sections_and_says_why()
    {
        var roadmap = PlainTextRoadmap.Read("ПЛАН\nмероприятий на 2023/2024 учебный год\n\n1. Совещание — август\n2. Семинар — март");

        roadmap.Title.Should().Be("ПЛАН мероприятий на 2023/2024 учебный год");
        roadmap.PeriodStart.Should().Be(new DateOnly(2023, 9, 1));
        roadmap.Table.Sections.Should().BeEmpty();
        roadmap.Table.Warnings.Should().Equal("В тексте не найдена таблица: ячейки таблицы должны разделяться табуляцией.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\t\n")]
    public void Empty_text_gives_an_empty_roadmap_with_warnings(string text)
    {
        var roadmap = PlainTextRoadmap.Read(text);

        roadmap.Should().Match<InterpretedRoadmap>(r =>
            r.Title == null && r.PeriodStart == null && r.PeriodEnd == null && r.OrderNumber == null && r.OrderDate == null);
        roadmap.Table.Sections.Should().BeEmpty();
        roadmap.Table.Warnings.Should().NotBeEmpty();
    }

    [Fact]
    public void Random_and_hostile_text_never_throws()
    {
        var random = new Random(534);
        string[] pieces =
        [
            "\t", "\n", "\r", "\r\n", "\"", "\"\"", " ", "**", "<b>", "№", "№ 49", "от 31.02.2023", "99.99.9999", "«5» мартобря 2023",
            "План", "ПЛАН", "Мероприятия", "Сроки", "Ответственные", "I.", "У.", "1.1.", "2022/2023 учебный год", "2022-9999 годы",
            "------", "١٩٢٣", "2023-٢٤ учебный год", "№ ٤٩", "٠٢.٠٣.٢٠٢٣", "\u00A0", "\uD800", "ё", new string('\t', 2_000), new string('"', 1_001), new string('№', 500), new string('9', 300),
        ];

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 200)).Select(_ => pieces[random.Next(pieces.Length)]));

            FluentActions.Invoking(() => PlainTextRoadmap.Read(text)).Should().NotThrow();
        }

        FluentActions.Invoking(() => PlainTextRoadmap.Read(null!)).Should().NotThrow();
    }
}
