using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Pages.Monitoring.BiasLists;

/// <summary>
/// Adds schools to a year's bias list from pasted names or an xlsx (first column), matched to the
/// directory: exact names go in, a near match needs a tick, a name fitting several schools or none
/// refuses the whole list.
/// </summary>
[Authorize(Policy = Policies.Monitoring)]
public class ImportModel(AppDbContext db, InputImport inputs, BiasListImport lists, DisplayFormat format,
    ReportPlanner planner) : PageModel
{
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? Names { get; set; }
    [BindProperty] public List<int> Confirmed { get; set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<BiasListMatch>? Matches { get; private set; }

    public void OnGet(int? year) => Year = year ?? format.Now().Year - 1;

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        if (file is { Length: > 0 })
        {
            try
            {
                Names = string.Join('\n', await lists.ReadNamesAsync(file, HttpContext.RequestAborted));
            }
            catch (UploadRefusedException ex)
            {
                ModelState.AddModelError("file", ex.Message);
                return Page();
            }
        }
        if (!ValidYear() | string.IsNullOrWhiteSpace(Names))
        {
            if (string.IsNullOrWhiteSpace(Names)) ModelState.AddModelError(nameof(Names), "Вставьте названия школ (по одному в строке) или выберите файл.");
            return Page();
        }
        Matches = BiasListMatcher.Match(BiasListMatcher.SplitLines(Names), await inputs.SchoolsAsync(HttpContext.RequestAborted));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (!ValidYear()) return Page();
        Matches = BiasListMatcher.Match(BiasListMatcher.SplitLines(Names), await inputs.SchoolsAsync(HttpContext.RequestAborted));
        foreach (var m in Matches.Where(m => m.IsError)) ModelState.AddModelError("", m.Error!);
        foreach (var m in Matches.Where(m => m.Kind == MatchKind.Near && !Confirmed.Contains(m.Line)))
            ModelState.AddModelError("", $"Строка {m.Line}: подтвердите, что «{m.Name}» — это «{m.School!.ShortName}», или исправьте название.");
        if (Matches.Count == 0) ModelState.AddModelError(nameof(Names), "Нет названий школ.");
        if (!ModelState.IsValid) return Page();

        var year = Year!.Value;
        var present = await db.BiasListEntries.Where(e => e.Year == year).Select(e => e.SchoolId).ToListAsync(HttpContext.RequestAborted);
        var added = 0;
        foreach (var m in Matches.Where(m => !present.Contains(m.School!.Id)))
        {
            db.BiasListEntries.Add(new BiasListEntry
            {
                Year = year, SchoolId = m.School!.Id,
                NameAsListed = m.Kind == MatchKind.Exact && m.Name.Trim() == m.School.ShortName ? null : m.Name.Trim(),
            });
            added++;
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        // Measures for the schools «on the list» get (or lose) their reports.
        await planner.SyncAllAsync(HttpContext.RequestAborted);
        StatusMessage = $"В перечень {year} года добавлено школ: {added}" + (Matches.Count > added ? $" (ещё {Matches.Count - added} уже были в нём)." : ".");
        return RedirectToPage("/Monitoring/BiasLists/Index", new { year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int entryId)
    {
        var entry = await db.BiasListEntries.Include(e => e.School).FirstOrDefaultAsync(e => e.Id == entryId, HttpContext.RequestAborted);
        if (entry is null) return NotFound();
        db.BiasListEntries.Remove(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        // Measures for the schools «on the list» get (or lose) their reports.
        await planner.SyncAllAsync(HttpContext.RequestAborted);
        StatusMessage = $"«{entry.School!.ShortName}» убрана из перечня {entry.Year} года.";
        return RedirectToPage("/Monitoring/BiasLists/Index", new { year = entry.Year });
    }

    private bool ValidYear()
    {
        var thisYear = format.Now().Year;
        if (Year is null) ModelState.AddModelError(nameof(Year), "Укажите год перечня.");
        else if (Year > thisYear) ModelState.AddModelError(nameof(Year), $"{Year} год ещё не наступил.");
        else if (Year < MonitoringYears.First) ModelState.AddModelError(nameof(Year), $"Перечни составляются с {MonitoringYears.First} года.");
        return ModelState.IsValid;
    }
}
