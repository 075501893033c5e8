using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>The fields of a campaign, shared by the create and edit pages.</summary>
public sealed class CampaignForm
{
    [Display(Name = "Год кампании")]
    [Required(ErrorMessage = "Укажите год кампании.")]
    public int? Year { get; set; }

    [Display(Name = "Методика")]
    [Required(ErrorMessage = "Выберите методику.")]
    public int? MethodologyId { get; set; }

    [Display(Name = "Срок ввода данных")]
    public DateOnly? DataEntryDeadline { get; set; }

    [Display(Name = "Руководители ОО вносят самооценочные показатели своей школы")]
    public bool AllowPrincipalEntry { get; set; }

    public static CampaignForm From(MonitoringCampaign c) => new()
    {
        Year = c.Year, MethodologyId = c.MethodologyId, DataEntryDeadline = c.DataEntryDeadline, AllowPrincipalEntry = c.AllowPrincipalEntry,
    };

    /// <summary>Year within ВПР's years and not in the future; one campaign per year; a methodology that exists.</summary>
    public async Task ValidateAsync(AppDbContext db, ModelStateDictionary modelState, int thisYear, int? campaignId)
    {
        if (Year is { } year)
        {
            if (year > thisYear)
                modelState.AddModelError("Input.Year", $"Год {year} ещё не наступил: кампания проводится по итогам прошедших ВПР.");
            else if (year < MonitoringYears.First)
                modelState.AddModelError("Input.Year", $"ВПР проводятся с {MonitoringYears.First} года.");
            else if (await db.MonitoringCampaigns.AnyAsync(c => c.Year == year && c.Id != campaignId))
                modelState.AddModelError("Input.Year", $"Кампания за {year} год уже есть.");
        }
        if (MethodologyId is { } id && !await db.Methodologies.AnyAsync(m => m.Id == id))
            modelState.AddModelError("Input.MethodologyId", "Выберите методику из списка.");
        if (DataEntryDeadline is { } deadline && Year is { } y && deadline.Year < y)
            modelState.AddModelError("Input.DataEntryDeadline", "Срок ввода данных не может быть раньше года кампании.");
    }

    public void Apply(MonitoringCampaign campaign)
    {
        campaign.Year = Year!.Value;
        campaign.MethodologyId = MethodologyId!.Value;
        campaign.DataEntryDeadline = DataEntryDeadline;
        campaign.AllowPrincipalEntry = AllowPrincipalEntry;
    }

    public static async Task<List<SelectListItem>> MethodologyItemsAsync(AppDbContext db)
    {
        await MethodologyStore.EnsurePresetAsync(db);
        return (await db.Methodologies.AsNoTracking().OrderByDescending(m => m.IsPreset).ThenBy(m => m.Name).ThenBy(m => m.Version)
                .Select(m => new { m.Id, m.Name, m.Version, m.IsPreset }).ToListAsync())
            .Select(m => new SelectListItem($"{m.Name}, версия {m.Version}{(m.IsPreset ? " (исходная)" : "")}",
                m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }
}
