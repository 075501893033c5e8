using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

public class RoadmapTableInterpreterTests
{
    /// <summary>Rows written as «a | b | c» (cells are not trimmed: the interpreter does that).</summary>
    private static List<IReadOnlyList<string>> Table(params string[] rows) =>
        rows.Select(row => (IReadOnlyList<string>)row.Split('|')).ToList();

    private static List<InterpretedMeasure> Measures(InterpretedTable table) =>
        table.Sections.SelectMany(section => section.Measures).ToList();

    [Fact]
    public void Columns_are_mapped_by_name_not_by_position()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "Ответственные исполнители | Сроки выполнения | Наименование мероприятий | № п/п | Вид документа | Ожидаемый результат",
            "Руководители ОУ | До 1 ноября | Разработка положения о ВПР | 1.1. | Приказ | Положение размещено на сайте"));

        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure(
            "1.1.", "Разработка положения о ВПР", "До 1 ноября", "Руководители ОУ", "Положение размещено на сайте", "Приказ"));
        table.UnmappedColumns.Should().BeEmpty();
        table.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("№", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат", "Вид документа")]
    [InlineData("№ п/п", "Планируемые мероприятия", "Сроки выполнения", "Ответственные исполнители", "Ожидаемые результаты", "Итоговый документ")]
    [InlineData("№ П/П", "НАИМЕНОВАНИЕ МЕРОПРИЯТИЙ", "СРОКИ ИСПОЛНЕНИЯ", "ОТВЕТСТВЕННЫЕ", "ОЖИДАЕМЫЙ РЕЗУЛЬТАТ", "ВИД ДОКУМЕНТА")]
    [InlineData(" №  п / п. ", "Направления деятельности. Основные мероприятия.", "Дата проведения:", "Ответственный  исполнитель;", "Результат (ожидаемый)", "Отчётный документ")]
    [InlineData("N п/п", "Содержание мероприятия", "Срок", "Исполнители", "Планируемый результат", "Форма отчётности")]
    public void Header_names_are_recognised_whatever_their_case_punctuation_spacing_and_yo(
        string number, string title, string deadline, string responsible, string result, string documentType)
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            $"{documentType}|{result}|{responsible}|{deadline}|{title}|{number}",
            "Справка|Проведён анализ|Специалисты УО|Май 2024|Анализ результатов ВПР|2."));

        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure(
            "2.", "Анализ результатов ВПР", "Май 2024", "Специалисты УО", "Проведён анализ", "Справка"));
        table.UnmappedColumns.Should().BeEmpty();
    }

    [Fact]
    public void Columns_with_unknown_names_are_reported_and_their_cells_ignored()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Отметка о выполнении | Примечание",
            "1 | Семинар для учителей | Март | Выполнено | Перенесён"));

        table.UnmappedColumns.Should().Equal("Отметка о выполнении", "Примечание");
        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure("1", "Семинар для учителей", "Март", null, null, null));
    }

    [Fact]
    public void A_row_with_a_number_and_only_a_title_is_a_section_above_deeper_numbers()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ п/п | Планируемые мероприятия | Сроки | Ожидаемый результат | Ответственные",
            "1. | Нормативно-правовое обеспечение |  |  | ",
            "1.1. | Разработка положения | Май 2023 | Положение | Руководители ОУ",
            "1.2. | Размещение на сайте | Июнь 2023 | Страница сайта | Руководители ОУ",
            "2. | Информационная работа |  |  | ",
            "2.1. | Освещение в СМИ | 2022/2023 г.г. | Публикации | Специалисты УО"));

        table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            ("1.", "Нормативно-правовое обеспечение", 2),
            ("2.", "Информационная работа", 1));
        Measures(table).Select(measure => measure.Number).Should().Equal("1.1.", "1.2.", "2.1.");
        table.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Roman_numerals_up_to_XII_number_sections_written_in_the_number_cell_or_spanning_the_row()
    {
        string[] romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
        var rows = new List<string> { "№ | Мероприятия | Дата проведения | Ответственные | Ожидаемый результат" };
        for (var i = 0; i < romans.Length; i++)
        {
            // Odd sections as one merged cell («I. Анализ …» in seed 002), even ones with the number apart.
            rows.Add(i % 2 == 0 ? $"{romans[i]}. Раздел {i + 1} |  |  |  | " : $"{romans[i]} | Раздел {i + 1} |  |  | ");
            rows.Add($"{i + 1}.1. | Мероприятие {i + 1}.1 | Май | Шашок А.В. | Справка");
        }

        var table = RoadmapTableInterpreter.Interpret(Table([.. rows]));

        table.Sections.Select(section => section.Number).Should().Equal(
            "I.", "II", "III.", "IV", "V.", "VI", "VII.", "VIII", "IX.", "X", "XI.", "XII");
        table.Sections.Select(section => section.Title).Should().Equal(Enumerable.Range(1, 12).Select(i => $"Раздел {i}"));
        table.Sections.Should().OnlyContain(section => section.Measures.Count == 1);
        table.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_Cyrillic_look_alike_of_a_Roman_numeral_is_read_as_the_numeral_with_a_warning()
    {
        // Seed 002 writes section V as «У.» (Cyrillic U).
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "У. Меры по повышению квалификации |  | ",
            "5.1. | Курсы | Январь",
            "Х. Работа с родителями |  | ",
            "10.1. | Собрания | Май"));

        table.Sections.Select(section => (section.Number, section.Title)).Should().Equal(
            ("V.", "Меры по повышению квалификации"),
            ("X.", "Работа с родителями"));
        table.Warnings.Should().Equal(
            "Строка 2: номер раздела «У.» прочитан как «V.».",
            "Строка 4: номер раздела «Х.» прочитан как «X.».");
    }

    [Fact]
    public void A_text_alone_in_a_row_without_a_number_is_a_section_with_measures_numbered_inside_it()
    {
        // Seed 001: unnumbered sections, measures 1, 2, 3 in each.
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ п/п | Направления деятельности. Основные мероприятия. | Сроки | Ответственные",
            "Методическое сопровождение |  |  | ",
            "1 | Планирование сопровождения | В течение периода | Заместитель директора по УВР",
            "2 | Рассмотрение итогов | По плану работы школы | Администрация школы",
            " | Работа с родителями |  | ",
            "1 | Информирование родителей | В течение всего периода | Классные руководители"));

        table.Sections.Select(section => (section.Number, section.Title)).Should().Equal(
            (null, "Методическое сопровождение"),
            (null, "Работа с родителями"));
        table.Sections[0].Measures.Select(measure => measure.Number).Should().Equal("1", "2");
        table.Sections[1].Measures.Select(measure => measure.Number).Should().Equal("1");
    }

    [Fact]
    public void A_merged_cell_repeated_in_every_column_it_spans_is_one_spanning_text()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Ответственные",
            "II. Контроль | II. Контроль | II. Контроль | II. Контроль",
            "2.1. | Перепроверка работ | Май | УО",
            "Работа с родителями | Работа с родителями | Работа с родителями | Работа с родителями",
            "3.1. | Собрания | Январь | ОУ"));

        table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            ("II.", "Контроль", 1),
            (null, "Работа с родителями", 1));
        table.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_row_with_a_single_level_number_and_only_a_title_is_a_measure_when_no_number_is_deeper()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "1 | Совещание | Август",
            "2 | Консультации для учителей | ",
            "3 | Семинар | Март"));

        table.Sections.Should().ContainSingle().Which.Measures.Select(measure => measure.Number).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void A_title_only_row_starting_in_the_middle_of_a_sentence_continues_the_measure_above()
    {
        // Seed 002, 3.1: the title breaks at a page break; the rest comes after a separator line.
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Дата проведения | Ответственные",
            "3.1. | Планирование работы по повышению объективности | Август 2023 | Шашок А.В.",
            "------ | --- | -- | ---",
            " | результатов ВПР, профилактике неуспешности |  | ",
            "3.2. | Анализ результатов | Июнь-август 2023 | Руководители ОУ"));

        Measures(table).Select(measure => measure.Title).Should().Equal(
            "Планирование работы по повышению объективности результатов ВПР, профилактике неуспешности",
            "Анализ результатов");
        table.Sections.Should().ContainSingle();
    }

    [Fact]
    public void A_row_without_a_number_continues_the_previous_measure_cell_by_cell()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Ответственные | Ожидаемый результат",
            "1.1. | Анализ результатов ВПР по | Июнь, август | Шашок А.В., | Аналитическая справка.",
            " | учебным предметам | 2023 | Вафина И.А. | Определение проблемных полей"));

        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure(
            "1.1.",
            "Анализ результатов ВПР по учебным предметам",
            "Июнь, август 2023",
            "Шашок А.В., Вафина И.А.",
            "Аналитическая справка.\nОпределение проблемных полей",
            null));
    }

    [Fact]
    public void A_row_without_a_number_but_with_its_own_title_and_result_is_an_unnumbered_measure()
    {
        // Seed 002 after 2.3: its own title and expected result, no number, no deadline.
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Дата проведения | Ответственные | Ожидаемый результат",
            "2.3. | Актуализация плана мероприятий | Август -сентябрь 2023 | Вафина И.А. | Принятие решений",
            " | Актуализация плана школами с необъективными результатами |  |  | Наличие в ОУ плана",
            " | Проведение семинара | Май 2024 |  | "));

        Measures(table).Should().Equal(
            new InterpretedMeasure("2.3.", "Актуализация плана мероприятий", "Август -сентябрь 2023", "Вафина И.А.", "Принятие решений", null),
            new InterpretedMeasure(null, "Актуализация плана школами с необъективными результатами", null, null, "Наличие в ОУ плана", null),
            new InterpretedMeasure(null, "Проведение семинара", "Май 2024", null, null, null));
        table.Warnings.Should().ContainSingle(warning => warning.StartsWith("Строка 3: мероприятие без номера", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_header_row_of_a_table_split_across_pages_is_skipped_and_the_table_goes_on()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ п/п | Мероприятия | Сроки | Ответственные",
            "1. | Раздел первый |  | ",
            "1.1. | Первое | Май | УО",
            "№ П/П | МЕРОПРИЯТИЯ | СРОКИ | ОТВЕТСТВЕННЫЕ",
            "1.2. | Второе | Июнь | УО",
            "2. | Раздел второй |  | ",
            "2.1. | Третье | Июль | УО"));

        table.Sections.Select(section => (section.Number, section.Measures.Count)).Should().Equal(("1.", 2), ("2.", 1));
        table.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_header_with_other_columns_mid_table_maps_the_rows_after_it()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Ответственные",
            "1 | Совещание | Август | УО",
            "№ | Ответственные | Мероприятия | Сроки",
            "2 | ИМЦ | Семинар | Март"));

        Measures(table).Should().Equal(
            new InterpretedMeasure("1", "Совещание", "Август", "УО", null, null),
            new InterpretedMeasure("2", "Семинар", "Март", "ИМЦ", null, null));
    }

    [Fact]
    public void A_repeated_header_does_not_repeat_its_warnings()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Дата проведения | Примечание",
            "1 | Совещание | Август | 28.08 | ",
            "№ | Мероприятия | Сроки | Дата проведения | Примечание",
            "2 | Семинар | Март | 15.03 | "));

        Measures(table).Select(measure => measure.Deadline).Should().Equal("Август", "Март");
        table.UnmappedColumns.Should().Equal("Дата проведения", "Примечание");
        table.Warnings.Should().Equal("Столбец «Дата проведения» повторяет столбец «Сроки»; его текст не используется.");
    }

    [Fact]
    public void Html_remnants_are_stripped_from_every_cell()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "<b>№</b> | <b>Мероприятия</b> | <b>Сроки</b> | <span style=\"color:red\">Ответственные</span>",
            "<b>I. Анализ оценочных процедур</b> |  |  | ",
            "1.1. | Проведение<br>семинара&nbsp;для&nbsp;учителей | до&nbsp;1&nbsp;декабря | МКУ &laquo;ИМЦ&raquo; &amp; ОУ",
            "1.2. | Оценка &lt; 5 баллов, <i>повторно</i> | <p>Май</p> | ОУ"));

        table.Sections.Should().ContainSingle().Which.Should().Match<InterpretedSection>(section =>
            section.Number == "I." && section.Title == "Анализ оценочных процедур");
        Measures(table).Should().Equal(
            new InterpretedMeasure("1.1.", "Проведение\nсеминара для учителей", "до 1 декабря", "МКУ «ИМЦ» & ОУ", null, null),
            new InterpretedMeasure("1.2.", "Оценка < 5 баллов, повторно", "Май", "ОУ", null, null));
    }

    [Fact]
    public void Texts_are_kept_as_written_apart_from_whitespace()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "  2.1.  |   Информационное   освещение:\n  - сайты ОУ,\n\n  - сайт УО  | \u00A02022/ 2023 г.г.\u00A0"));

        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure(
            "2.1.", "Информационное освещение:\n- сайты ОУ,\n- сайт УО", "2022/ 2023 г.г.", null, null, null));
    }

    [Fact]
    public void Separator_lines_and_blank_rows_are_skipped()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "",
            "------ | -- | ----------------",
            "1 | Совещание | Август",
            " |  | ",
            "-- | -- | --",
            "2 | Семинар | Март",
            "------"));

        Measures(table).Select(measure => measure.Title).Should().Equal("Совещание", "Семинар");
        table.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_row_of_column_numbers_under_the_header_is_skipped()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Ответственные",
            "1 | 2 | 3 | 4",
            "1 | Совещание | Август | УО"));

        Measures(table).Should().ContainSingle().Which.Title.Should().Be("Совещание");
    }

    [Fact]
    public void Measures_before_any_section_go_into_an_unnamed_section()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "Мероприятия | Сроки | Ответственные",
            "Совещание руководителей | Август | УО",
            "Семинар для заместителей | Март | ИМЦ",
            "Работа с родителями |  | ",
            "Родительские собрания | Январь-февраль | ОУ"));

        table.Sections.Select(section => (section.Number, section.Title, section.Measures.Count)).Should().Equal(
            (null, "", 2),
            (null, "Работа с родителями", 1));
    }

    [Fact]
    public void A_measure_without_a_title_is_kept_with_a_warning()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "1.1. |  | Май 2024"));

        Measures(table).Should().ContainSingle().Which.Should().Be(new InterpretedMeasure("1.1.", "", "Май 2024", null, null, null));
        table.Warnings.Should().Equal("Строка 2 (мероприятие 1.1.): у мероприятия нет названия.");
    }

    [Fact]
    public void A_number_alone_in_a_row_is_skipped_with_a_warning()
    {
        // Page numbers of a converted document.
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "1 | Совещание | Август",
            "2",
            "2 | Семинар | Март"));

        Measures(table).Select(measure => measure.Number).Should().Equal("1", "2");
        table.Warnings.Should().Equal("Строка 3: номер «2» без текста; строка пропущена.");
    }

    [Fact]
    public void A_continuation_row_with_nothing_above_it_is_reported_as_unplaced()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки | Ответственные",
            " |  | 2023 | УО",
            "1 | Совещание | Август | УО"));

        Measures(table).Should().ContainSingle();
        table.Warnings.Should().Equal("Строка 2: не отнесена ни к разделу, ни к мероприятию и пропущена: «2023 УО».");
    }

    [Fact]
    public void Gaps_and_repeats_in_the_numbering_are_warned_about()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Сроки",
            "6. | Мониторинг |",
            "6.1. | Первое | Май",
            "6.2. | Второе | Май",
            "6.4. | Четвёртое | Май",
            "6.4. | Ещё четвёртое | Май"));

        Measures(table).Should().HaveCount(4);
        table.Warnings.Should().Equal(
            "После мероприятия 6.2. идёт 6.4.: возможно, строка пропущена.",
            "Номер мероприятия 6.4. повторяется.");
    }

    [Fact]
    public void A_row_with_fewer_cells_than_the_header_is_kept_with_a_warning()
    {
        // Seed 002, 2.4: the responsible persons and the expected result run together in one cell.
        var table = RoadmapTableInterpreter.Interpret(Table(
            "№ | Мероприятия | Дата проведения | Ответственные | Ожидаемый результат",
            "2.4. | Организация ГИА | По графику | Руководители ОУ Наличие приказа"));

        Measures(table).Should().ContainSingle().Which.Responsible.Should().Be("Руководители ОУ Наличие приказа");
        table.Warnings.Should().Equal(
            "Строка 2 (мероприятие 2.4.): ячеек 4, а столбцов в заголовке 5: нет столбца «Ожидаемый результат» — проверьте, не слился ли этот текст со столбцом «Ответственные».");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Empty_input_gives_no_sections_and_a_warning(int blankRows)
    {
        var rows = Enumerable.Repeat<IReadOnlyList<string>>(["", " ", "\t"], blankRows).ToList();

        var table = RoadmapTableInterpreter.Interpret(rows);

        table.Sections.Should().BeEmpty();
        table.UnmappedColumns.Should().BeEmpty();
        table.Warnings.Should().Equal("Таблица пуста: в ней нет ни одной строки с текстом.");
    }

    [Fact]
    public void A_table_without_a_header_row_gives_a_warning_and_no_sections()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "1.1. | Разработка положения | Май 2023 | Руководители ОУ",
            "1.2. | Размещение на сайте | Июнь 2023 | Руководители ОУ"));

        table.Sections.Should().BeEmpty();
        table.Warnings.Should().ContainSingle().Which.Should().StartWith("Не найдена строка заголовка таблицы");
    }

    [Fact]
    public void Rows_before_the_header_are_skipped_with_a_warning()
    {
        var table = RoadmapTableInterpreter.Interpret(Table(
            "Приложение 1 |  | ",
            "№ | Мероприятия | Сроки",
            "1 | Совещание | Август"));

        Measures(table).Should().ContainSingle();
        table.Warnings.Should().Equal("Строки до заголовка таблицы пропущены (1).");
    }

    [Fact]
    public void Random_and_hostile_input_never_throws()
    {
        var random = new Random(20230302);
        string[] pieces =
        [
            "№", "№ п/п", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат", "Вид документа", "I.", "XII", "У.",
            "1.", "1.1.", "999.999.999.999.999", "0", "-", "------", "<b>", "</b>", "<br>", "&nbsp;", "&#xFFFFFFFF;", "&#0;", "&",
            "<", ">", "<<b>>", "**", "\"", "\t", "\n", "\r", " ", "\u00A0", "\u00AD", "\uFEFF", "\uD800", "ё", "a", "раздел",
            "продолжение", "Текст", "١.", "٣.١٢.", "１２.", "Ⅻ.", new string('x', 10_000), new string('<', 5_000), new string('1', 400), "1.1.1.1.1.1",
        ];

        for (var attempt = 0; attempt < 300; attempt++)
        {
            var rows = new List<IReadOnlyList<string>>();
            if (attempt % 3 == 0)
                rows.Add(["№", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"]);
            for (var r = random.Next(0, 30); r > 0; r--)
            {
                var cells = new string[random.Next(0, 8)];
                for (var c = 0; c < cells.Length; c++)
                    cells[c] = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
                rows.Add(random.Next(20) == 0 ? null! : cells);
            }

            var interpret = () => RoadmapTableInterpreter.Interpret(rows);

            interpret.Should().NotThrow().Which.Sections.Should().NotContainNulls();
        }

        FluentActions.Invoking(() => RoadmapTableInterpreter.Interpret(null!)).Should().NotThrow();
        FluentActions.Invoking(() => RoadmapTableInterpreter.Interpret([["№", null!, "Мероприятия", "Сроки"], [null!, "x", null!]]))
            .Should().NotThrow();
    }
}
