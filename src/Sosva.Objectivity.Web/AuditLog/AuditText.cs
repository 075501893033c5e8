using System.Globalization;
using Sosva.Objectivity.Domain.Auditing;

namespace Sosva.Objectivity.Web.AuditLog;

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

    private static readonly System.Text.Json.JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    public static string ActionName(AuditAction a) => a switch
    {
        AuditAction.Created => "создание",
        AuditAction.Deleted => "удаление",
        _ => "изменение",
    };

    /// <summary>Russian names of the audited entities.</summary>
    public static string EntityName(string type) => type switch
    {
        "School" => "Школа",
        "AppUser" => "Пользователь",
        "IdentityUserRole`1" => "Роль пользователя",
        "IdentityUserClaim`1" => "Утверждение пользователя",
        "Roadmap" => "Дорожная карта",
        "Section" => "Раздел",
        "Measure" => "Мероприятие",
        "Checkpoint" => "Контрольный срок",
        "MeasureSchool" => "Назначение школе",
        "IdentityRole" => "Роль",
        "ExecutionReport" => "Отчёт об исполнении",
        "EvidenceFile" => "Подтверждающий файл",
        "ReportEvent" => "Событие отчёта",
        "StoredMethodology" => "Методика",
        "MonitoringCampaign" => "Кампания мониторинга",
        "IndicatorValue" => "Значение показателя",
        "RecommendationTemplate" => "Шаблон рекомендации",
        "SchoolRecommendation" => "Рекомендация школе",
        "BiasListEntry" => "Перечень ОО с признаками необъективности",
        _ => type,
    };

    public static string ShownUser(string name) => DisplayFormat.Who(name);

    /// <summary>The changes as «field: before → after» lines, in Russian .</summary>
    public static IEnumerable<(string Field, string? Before, string? After)> Describe(string json)
    {
        var changes = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, AuditInterceptor.Change>>(json, ReadOptions) ?? [];
        return changes.Select(c => (Field(c.Key), Value(c.Value.Before), Value(c.Value.After)));
    }
}
