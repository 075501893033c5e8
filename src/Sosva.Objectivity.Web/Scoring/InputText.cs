using System.Globalization;
using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>Compact Russian texts of inputs for the data-entry grid.</summary>
public static class InputText
{
    /// <summary>«18 / 0 / 2», «5 из 6», the option's title, «4 из 5»; «—» when not filled.</summary>
    public static string Brief(IndicatorDefinition indicator, IndicatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is null || !value.IsComplete(indicator)) return "—";
        return indicator.Rule switch
        {
            TimelinessRule => string.Create(CultureInfo.InvariantCulture, $"{value.OnTimeCount} / {value.WithErrorsCount} / {value.LateCount}"),
            ConfirmationRule => string.Create(CultureInfo.InvariantCulture, $"{value.ConfirmedCount} из {value.ConfirmedCount + value.NotConfirmedCount}"),
            ChoiceRule choice => choice.Option(value.OptionCode!)?.Title ?? value.OptionCode!,
            ChecklistRule checklist => string.Create(CultureInfo.InvariantCulture,
                $"{checklist.Items.Count(i => value.CheckedItems.Contains(i.Code))} из {checklist.Items.Count}"),
            _ => "",
        };
    }

    /// <summary>P4's input as read from the bias lists: the years that matter to the campaign.</summary>
    public static string BiasYears(IndicatorDefinition indicator, int campaignYear, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var reference = indicator.ReferenceYear(campaignYear);
        var relevant = years.Where(y => y == reference || y == reference - 1).OrderDescending().ToList();
        return relevant.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"нет в перечнях {reference - 1}–{reference}")
            : "в перечне " + string.Join(", ", relevant.Select(y => y.ToString(CultureInfo.InvariantCulture)));
    }
}
