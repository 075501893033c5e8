using System.Globalization;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>
/// Russian texts of the generated data: school names of many places, principals' names, roadmap
/// sections and measures in the style of the seed documents, report texts and review comments.
/// </summary>
internal static class ScaleTexts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Places with their kind: towns and urban settlements are urban, villages and settlements rural.</summary>
    private static readonly (string Place, bool Rural)[] Places =
    [
        ("г. Серов", false), ("г. Ивдель", false), ("г. Карпинск", false), ("г. Краснотурьинск", false), ("г. Североуральск", false),
        ("г. Верхотурье", false), ("г. Новая Ляля", false), ("г. Алапаевск", false), ("г. Ирбит", false), ("г. Тавда", false),
        ("г. Туринск", false), ("г. Камышлов", false), ("г. Талица", false), ("г. Сысерть", false), ("г. Берёзовский", false),
        ("р.п. Сосьва", false), ("р.п. Гари", false), ("р.п. Пышма", false), ("р.п. Тугулым", false), ("р.п. Бисерть", false),
        ("с. Кошай", true), ("с. Романово", true), ("с. Денисово", true), ("с. Маслово", true), ("с. Тренькино", true),
        ("с. Кондратьево", true), ("с. Матвеево", true), ("с. Филькино", true), ("с. Кумарьинское", true), ("с. Махнёво", true),
        ("с. Байкалово", true), ("с. Слобода", true), ("с. Коркино", true), ("с. Липчинское", true), ("с. Шурала", true),
        ("п. Восточный", true), ("п. Пасынок", true), ("п. Старая Сосьва", true), ("п. Пуксинка", true), ("п. Лесной", true),
        ("п. Октябрьский", true), ("п. Цементный", true), ("п. Буланаш", true), ("п. Красноярка", true), ("п. Азанка", true),
        ("д. Раскатиха", true), ("д. Ключи", true), ("д. Боровая", true), ("д. Черемыш", true), ("д. Ялунина", true),
    ];

    private static readonly string[] Streets =
        ["Школьная", "Ленина", "Советская", "Мира", "Садовая", "Центральная", "Лесная", "Набережная", "Молодёжная", "Заводская"];

    private static readonly string[] FemaleSurnames =
        ["Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Лебедева", "Морозова", "Новикова", "Егорова", "Соколова", "Волкова", "Фёдорова"];

    private static readonly string[] MaleSurnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Лебедев", "Морозов", "Новиков", "Соколов", "Волков"];

    private static readonly string[] FemaleNames = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Галина", "Людмила"];
    private static readonly string[] MaleNames = ["Андрей", "Сергей", "Алексей", "Дмитрий", "Владимир", "Николай"];
    private static readonly string[] FemalePatronymics = ["Николаевна", "Ивановна", "Петровна", "Сергеевна", "Викторовна", "Александровна", "Юрьевна"];
    private static readonly string[] MalePatronymics = ["Николаевич", "Иванович", "Петрович", "Сергеевич", "Викторович", "Александрович"];

    public static readonly string[] Sections =
    [
        "Нормативно-правовое обеспечение объективности оценочных процедур",
        "Организационно-методическое сопровождение проведения ВПР",
        "Общественное наблюдение при проведении оценочных процедур",
        "Анализ результатов оценочных процедур и их использование",
        "Повышение квалификации педагогов в области оценивания",
        "Информационное сопровождение и работа с родителями",
        "Профилактика необъективности в образовательных организациях с признаками необъективных результатов",
        "Контроль исполнения комплекса мер",
    ];

    public static readonly (string Title, string Result, string Document)[] Measures =
    [
        ("Издание приказа об организации и проведении ВПР, назначение ответственных за объективность", "Приказ по ОО", "Приказ"),
        ("Разработка и утверждение локального акта о проведении оценочных процедур в ОО", "Локальный акт, размещённый на сайте ОО", "Локальные акты"),
        ("Обеспечение присутствия независимых общественных наблюдателей на всех ВПР", "Протоколы общественного наблюдения", "Справка"),
        ("Организация перекрёстной проверки работ обучающихся учителями других ОО", "Протоколы перепроверки", "Протокол"),
        ("Анализ результатов ВПР в разрезе заданий, классов и учителей с выявлением дефицитов", "Аналитическая справка", "Справка"),
        ("Сопоставление результатов ВПР с текущими и четвертными отметками обучающихся", "Сравнительная таблица, выводы", "Справка"),
        ("Рассмотрение результатов оценочных процедур на заседании педагогического совета", "Протокол педагогического совета", "Протокол"),
        ("Направление педагогов на курсы повышения квалификации по вопросам оценивания", "Удостоверения о повышении квалификации", "Справка"),
        ("Проведение методических семинаров по критериям оценивания работ ВПР", "Программа семинара, лист регистрации", "Справка"),
        ("Размещение на сайте ОО графика проведения ВПР и информации об объективности", "Раздел «ВПР» на официальном сайте ОО", "Ссылка"),
        ("Проведение родительских собраний о целях и порядке проведения ВПР", "Протоколы родительских собраний", "Протокол"),
        ("Видеонаблюдение в аудиториях при проведении ВПР по отдельным предметам", "Записи видеонаблюдения, акт", "Акт"),
        ("Организация хранения работ обучающихся и протоколов проверки", "Акт о хранении материалов", "Акт"),
        ("Корректировка рабочих программ по итогам анализа результатов ВПР", "Изменения в рабочих программах", "Приказ"),
        ("Разработка индивидуальных образовательных маршрутов для обучающихся с низкими результатами", "Индивидуальные маршруты", "Справка"),
        ("Участие в муниципальном мониторинге объективности: внесение данных в установленные сроки", "Данные мониторинга внесены", "Справка"),
        ("Самоанализ ОО по показателям объективности и план устранения признаков необъективности", "План мероприятий ОО", "План"),
        ("Проведение анкетирования участников образовательных отношений об объективности оценивания", "Результаты опроса на сайте ОО", "Справка"),
    ];

    private static readonly string[] DoneTexts =
    [
        "Издан приказ по школе, назначены ответственные, информация размещена на официальном сайте ОО в разделе «ВПР».",
        "Мероприятие проведено в установленный срок. Подготовлена аналитическая справка, результаты рассмотрены на педагогическом совете.",
        "Проведено совещание с педагогическим коллективом, утверждён план работы, материалы размещены на сайте школы.",
        "Обеспечено присутствие общественных наблюдателей, составлены протоколы наблюдения, нарушений не выявлено.",
        "Результаты проанализированы по классам и заданиям, выявленные дефициты учтены в рабочих программах.",
    ];

    private static readonly string[] DraftTexts =
    [
        "Готовим приказ и материалы для размещения на сайте.",
        "Справка в работе, будет представлена после заседания методического объединения.",
        "Собираем протоколы наблюдения, часть документов на подписи у директора.",
    ];

    public static readonly string[] ReturnComments =
    [
        "Приложите приказ о назначении ответственных и ссылку на страницу сайта школы, где он размещён.",
        "В справке нет анализа по заданиям: дополните и отправьте повторно.",
        "Протоколы наблюдения не подписаны наблюдателями. Приложите подписанные копии.",
        "Ссылка на сайт не открывается, проверьте адрес страницы.",
    ];

    public static readonly string[] FileNames =
        ["Приказ по школе.pdf", "Аналитическая справка.pdf", "Протокол педсовета.pdf", "Протоколы наблюдения.pdf", "План мероприятий.pdf"];

    /// <summary>The school of index <paramref name="i"/> (0-based): short and full names, address, rural and small flags.</summary>
    public static (string Short, string Full, string Address, bool Rural, bool Small) School(int i)
    {
        var (place, rural) = Places[i % Places.Length];
        var number = i / Places.Length + 1;
        var roll = ScaleDraw.Unit(0x5C400, (ulong)i);
        // Rural places have more basic (ООШ) and primary (НОШ) schools, towns the gymnasiums and lyceums.
        var (abbr, name) = rural
            ? roll < 0.6 ? ("СОШ", "средняя общеобразовательная школа") : roll < 0.92 ? ("ООШ", "основная общеобразовательная школа") : ("НОШ", "начальная общеобразовательная школа")
            : roll < 0.78 ? ("СОШ", "средняя общеобразовательная школа") : roll < 0.9 ? ("гимназия", "гимназия") : ("лицей", "лицей");
        var (form, formName) = ScaleDraw.Pick(3, 0xF0F0, (ulong)i) switch
        {
            0 => ("МАОУ", "Муниципальное автономное общеобразовательное учреждение"),
            1 => ("МБОУ", "Муниципальное бюджетное общеобразовательное учреждение"),
            _ => ("МКОУ", "Муниципальное казённое общеобразовательное учреждение"),
        };
        var shortName = string.Create(Invariant, $"{form} {abbr} № {number} {place}");
        var fullName = string.Create(Invariant, $"{formName} «{Capitalize(name)} № {number} {place}»");
        var address = string.Create(Invariant, $"{place}, ул. {Streets[ScaleDraw.Pick(Streets.Length, 0xADD, (ulong)i)]}, д. {1 + ScaleDraw.Pick(60, 0xADE, (ulong)i)}");
        var small = rural && roll >= 0.3;
        return (shortName, fullName, address, rural, small);
    }

    /// <summary>A principal's full name (most principals are women, as in the seed schools).</summary>
    public static string Person(ulong key)
    {
        var female = ScaleDraw.Unit(key, 1) < 0.75;
        return female
            ? string.Join(' ', FemaleSurnames[ScaleDraw.Pick(FemaleSurnames.Length, key, 2)], FemaleNames[ScaleDraw.Pick(FemaleNames.Length, key, 3)],
                FemalePatronymics[ScaleDraw.Pick(FemalePatronymics.Length, key, 4)])
            : string.Join(' ', MaleSurnames[ScaleDraw.Pick(MaleSurnames.Length, key, 2)], MaleNames[ScaleDraw.Pick(MaleNames.Length, key, 3)],
                MalePatronymics[ScaleDraw.Pick(MalePatronymics.Length, key, 4)]);
    }

    public static string DoneText(int variant) => DoneTexts[variant % DoneTexts.Length];

    public static string DraftText(int variant) => DraftTexts[variant % DraftTexts.Length];

    private static string Capitalize(string s) => string.Concat(s[..1].ToUpper(CultureInfo.GetCultureInfo("ru-RU")), s.AsSpan(1));
}
