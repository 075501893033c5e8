using System.Globalization;
using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// The text of an addressed recommendation (адресная рекомендация) for an indicator below its maximum,
/// as edited by a methodologist. Without a row the default of <see cref="RecommendationText"/> applies.
/// </summary>
public class RecommendationTemplate : ITracked, IVersioned
{
    public int Id { get; set; }
    public string IndicatorCode { get; set; } = "";
    public string Text { get; set; } = "";

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>A school's recommendation on one indicator in a campaign: generated at compute time, editable.</summary>
public class SchoolRecommendation : ITracked, IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public MonitoringCampaign? Campaign { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public string IndicatorCode { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>Changed by a person: a new computation keeps the text instead of generating it again.</summary>
    public bool IsEdited { get; set; }

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>
/// Default templates and their filling. Placeholders: {показатель} (title), {баллы}, {максимум},
/// {недобор} (maximum − points). The wording follows Rosobrnadzor's warning: a recommendation
/// speaks of procedures and «признаки», never a verdict on people (docs/design.md#77-recommendations-and-wording).
/// </summary>
public static class RecommendationText
{
    public static readonly IReadOnlyList<string> Placeholders = ["{показатель}", "{баллы}", "{максимум}", "{недобор}"];

    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["P1"] = "«{показатель}»: {баллы} из {максимум}. Назначить ответственного за внесение форм в ФИС ОКО, "
                 + "сверять график загрузки еженедельно и проверять формы перед отправкой.",
        ["P2"] = "«{показатель}»: {баллы} из {максимум} (недобор {недобор}). Составить внутренний график получения "
                 + "материалов и загрузки протоколов с запасом по срокам, закрепить его приказом по ОО.",
        ["P3"] = "«{показатель}»: {баллы} из {максимум}. Провести анализ расхождения результатов ВПР с текущими "
                 + "отметками, обсудить критерии оценивания на методических объединениях, организовать перепроверку работ.",
        ["P4"] = "«{показатель}»: {баллы} из {максимум}. ОО в перечне с признаками необъективности: разработать "
                 + "и утвердить план мер по обеспечению объективности, пригласить независимых наблюдателей на все ВПР.",
        ["P5"] = "«{показатель}»: {баллы} из {максимум}. Обеспечить общественное наблюдение по всем предметам и во всех параллелях.",
        ["P6"] = "«{показатель}»: {баллы} из {максимум}. Выполнить качественный (содержательный) анализ результатов ВПР "
                 + "по предметам и заданиям, а не только статистический, и использовать его в планировании.",
        ["P7"] = "«{показатель}»: {баллы} из {максимум}. Разместить на сайте ОО информацию об объективности ВПР, график, "
                 + "локальный акт о проведении ВПР и опрос участников; направить педагогов на КПК по оценке качества образования.",
    };

    private const string Generic = "«{показатель}»: {баллы} из {максимум} (недобор {недобор}). Проанализировать причины и "
                                   + "запланировать меры по этому показателю.";

    /// <summary>The shipped template of an indicator (a generic one for codes the preset does not have).</summary>
    public static string Default(string indicatorCode) =>
        Defaults.TryGetValue(indicatorCode ?? "", out var text) ? text : Generic;

    public static string Fill(string template, IndicatorExplanation line)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(line);
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        return template
            .Replace("{показатель}", line.Title, StringComparison.Ordinal)
            .Replace("{баллы}", line.Points.ToString(ru), StringComparison.Ordinal)
            .Replace("{максимум}", line.Maximum.ToString(ru), StringComparison.Ordinal)
            .Replace("{недобор}", (line.Maximum - line.Points).ToString(ru), StringComparison.Ordinal);
    }
}
