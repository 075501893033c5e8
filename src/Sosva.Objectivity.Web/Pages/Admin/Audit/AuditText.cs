using System.Globalization;

namespace Sosva.Objectivity.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log's field names and stored values in Russian: the log keeps the entities' property names and
/// enum codes (stable across versions), the page and its Excel show what a person reads.
/// </summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Address"] = "Адрес", ["AllowPrincipalEntry"] = "Ввод руководителями", ["Band"] = "Уровень", ["BandCode"] = "Уровень",
        ["BiasListYear"] = "Год перечня", ["CampaignId"] = "Кампания", ["Comment"] = "Комментарий", ["ComputedAt"] = "Рассчитано",
        ["ComputedBy"] = "Рассчитал", ["ConfirmedCount"] = "Подтверждено", ["ContentType"] = "Тип файла", ["DataEntryDeadline"] = "Срок ввода данных",
        ["Deadline"] = "Срок", ["DeadlineNote"] = "Примечание к сроку", ["DeadlineText"] = "Срок (текст)", ["DocumentType"] = "Вид документа",
        ["DueDate"] = "Контрольный срок", ["EvidenceUrl"] = "Ссылка на подтверждение", ["ExecutionScope"] = "Исполнители",
        ["ExpectedResult"] = "Ожидаемый результат", ["FileName"] = "Имя файла", ["FullName"] = "Полное название", ["Goal"] = "Цель",
        ["IndicatorCode"] = "Показатель", ["Inn"] = "ИНН", ["IsActive"] = "Действует", ["IsRequired"] = "Требуется",
        ["IsRural"] = "Сельская", ["IsSmall"] = "Малокомплектная", ["LateCount"] = "С нарушением срока", ["Level"] = "Уровень карты",
        ["Links"] = "Ссылки", ["MeasureId"] = "Мероприятие", ["Name"] = "Название", ["NameAsListed"] = "Название в перечне",
        ["NotConfirmedCount"] = "Не подтверждено", ["Number"] = "Номер", ["OnTimeCount"] = "В срок", ["OptionCode"] = "Вариант",
        ["OrderDate"] = "Дата приказа", ["OrderNumber"] = "Номер приказа", ["OrderSignedBy"] = "Подписал приказ",
        ["OwnerOrganization"] = "Организация", ["PeriodEnd"] = "Конец периода", ["PeriodStart"] = "Начало периода", ["Points"] = "Баллы",
        ["Position"] = "Порядок", ["PrincipalName"] = "Руководитель", ["PublishedAt"] = "Опубликовано", ["PublishedBy"] = "Опубликовал",
        ["Rank"] = "Место", ["ReportId"] = "Отчёт", ["Responsible"] = "Ответственные", ["ResponsibleText"] = "Ответственные (текст)",
        ["ReviewComment"] = "Комментарий проверки", ["ReviewedAt"] = "Проверено", ["ReviewedBy"] = "Проверил", ["RoadmapId"] = "Дорожная карта",
        ["SchoolId"] = "Школа", ["SectionId"] = "Раздел", ["Sha256"] = "SHA-256", ["ShortName"] = "Краткое название", ["Size"] = "Размер",
        ["State"] = "Состояние", ["Status"] = "Статус", ["StatusChangedAt"] = "Статус изменён", ["StatusChangedBy"] = "Статус изменил",
        ["SubmittedAt"] = "Отправлено", ["SubmittedBy"] = "Отправил", ["Tasks"] = "Задачи", ["Text"] = "Текст", ["Title"] = "Название",
        ["Total"] = "Итого", ["UploadedAt"] = "Загружено", ["UploadedBy"] = "Загрузил", ["UserName"] = "Имя входа", ["Email"] = "Почта",
        ["WithErrorsCount"] = "С ошибками", ["Year"] = "Год", ["LockoutEnd"] = "Заблокирован до", ["SchoolIds"] = "Школы",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["Draft"] = "черновик", ["Approved"] = "утверждена", ["Archived"] = "в архиве", ["Submitted"] = "на проверке",
        ["Returned"] = "возвращён", ["Accepted"] = "принят", ["Done"] = "выполнено", ["PartlyDone"] = "выполнено частично",
        ["NotDone"] = "не выполнено", ["InProgress"] = "в работе", ["Municipal"] = "муниципальная", ["School"] = "школьная",
        ["DepartmentOnly"] = "только управление образования", ["AllSchools"] = "все школы", ["ChosenSchools"] = "выбранные школы",
        ["BiasList"] = "школы из перечня", ["Collecting"] = "сбор данных", ["Computed"] = "рассчитана", ["Published"] = "опубликована",
        ["True"] = "да", ["False"] = "нет", ["true"] = "да", ["false"] = "нет",
    };

    /// <summary>The field's Russian name, or its stored name when it has none.</summary>
    public static string Field(string name) => Fields.GetValueOrDefault(name, name);

    /// <summary>An enum code or a yes/no in Russian; an ISO time as «дд.мм.гггг чч:мм UTC»; anything else as stored.</summary>
    public static string? Value(string? value)
    {
        if (value is null) return null;
        if (Values.TryGetValue(value, out var russian)) return russian;
        if (value.Length >= 20 && value[4] == '-' && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
            return time.ToUniversalTime().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";
        return value;
    }
}
