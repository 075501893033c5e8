using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>What the shared campaign fields need: the values, the methodologies and the errors.</summary>
public sealed record CampaignFieldsView(CampaignForm Form, IReadOnlyList<SelectListItem> Methodologies, bool MethodologyEditable, ModelStateDictionary ModelState)
{
    public string Error(string key) =>
        ModelState.TryGetValue(key, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : "";
}
