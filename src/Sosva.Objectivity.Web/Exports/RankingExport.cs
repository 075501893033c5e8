using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Exports;

/// <summary>What the ranking exports print: the campaign, the rows as filtered on the page, the band chart.</summary>
public sealed record RankingExport(
    int Year,
    Methodology Methodology,
    bool IsPublished,
    int? PreviousYear,
    IReadOnlyList<RankingRow> Rows,
    IReadOnlyList<ChartBar> BandBars,
    string? FilterNote = null)
{
    public string Title => $"Рейтинг общеобразовательных организаций по уровню объективности результатов ВПР, {Year} год";

    public string FileTitle => $"Рейтинг объективности {Year}";
}
