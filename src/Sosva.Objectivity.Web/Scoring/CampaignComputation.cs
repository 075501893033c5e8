using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>
/// Computes a campaign: every active school's inputs (P4 from the bias lists) through
/// <see cref="ObjectivityScoring"/>, results and recommendations stored, status «рассчитан».
/// </summary>
public sealed class CampaignComputation(AppDbContext db, TimeProvider clock, ICurrentUser user)
{
    /// <summary>At most this many missing-data lines are listed; the rest are counted.</summary>
    private const int ListedProblems = 15;

    /// <summary>Null when computed; otherwise the Russian reasons nothing was computed.</summary>
    public async Task<IReadOnlyList<string>?> ComputeAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await db.MonitoringCampaigns.Include(c => c.Methodology).SingleAsync(c => c.Id == campaignId, ct);
        if (campaign.CanCompute() is { Succeeded: false } refused)
            return [.. refused.Refusals.Select(r => r.Reason)];
        var methodology = campaign.Methodology!.ToMethodology();

        var inputs = await LoadInputsAsync(campaign.Id, methodology, ct);
        if (inputs.Schools.Count == 0 && inputs.Problems.Count == 0)
            return ["В справочнике нет действующих школ."];
        if (inputs.Problems.Count > 0)
        {
            var lines = inputs.Problems.Take(ListedProblems).ToList();
            if (inputs.Problems.Count > ListedProblems)
            {
                var more = inputs.Problems.Count - ListedProblems;
                lines.Add($"…и ещё {more} {RussianText.Plural(more, "школа", "школы", "школ")}.");
            }
            return ["Не все данные заполнены — расчёт не выполнен:", .. lines];
        }

        var scores = ObjectivityScoring.Score(methodology, campaign.Year, inputs.Schools.Select(s => s.Inputs).ToList());
        var byName = inputs.Schools.ToDictionary(s => s.Inputs.School, StringComparer.Ordinal);
        var templates = await db.RecommendationTemplates.AsNoTracking().ToDictionaryAsync(t => t.IndicatorCode, t => t.Text, ct);
        var edited = await db.SchoolRecommendations.Where(r => r.CampaignId == campaign.Id && r.IsEdited)
            .Select(r => new { r.SchoolId, r.IndicatorCode }).ToListAsync(ct);
        var keep = edited.Select(r => (r.SchoolId, r.IndicatorCode)).ToHashSet();

        await db.SchoolResults.Where(r => r.CampaignId == campaign.Id).ExecuteDeleteAsync(ct);
        await db.SchoolRecommendations.Where(r => r.CampaignId == campaign.Id && !r.IsEdited).ExecuteDeleteAsync(ct);

        foreach (var score in scores)
        {
            var school = byName[score.School];
            var lines = ObjectivityScoring.Explain(methodology, campaign.Year, school.Inputs);
            db.SchoolResults.Add(new SchoolResult
            {
                CampaignId = campaign.Id,
                SchoolId = school.Id,
                Points = [.. methodology.Indicators.Select(i => score.Points[i.Code])],
                Explanations = [.. lines.Select(l => l.Explanation)],
                Total = score.Total,
                BandCode = score.BandCode,
                Rank = score.Rank,
            });
            foreach (var line in lines.Where(l => l.Points < l.Maximum && !keep.Contains((school.Id, l.Code))))
            {
                var template = templates.GetValueOrDefault(line.Code) ?? RecommendationText.Default(line.Code);
                db.SchoolRecommendations.Add(new SchoolRecommendation
                {
                    CampaignId = campaign.Id, SchoolId = school.Id, IndicatorCode = line.Code,
                    Text = RecommendationText.Fill(template, line),
                });
            }
        }

        if (campaign.MarkComputed(clock.GetUtcNow(), user.Name) is { Succeeded: false } late)
            return [.. late.Refusals.Select(r => r.Reason)];
        await db.SaveChangesAsync(ct);
        return null;
    }

    public sealed record SchoolData(int Id, SchoolInputs Inputs);

    public sealed record LoadedInputs(List<SchoolData> Schools, List<string> Problems);

    /// <summary>Every active school's inputs; a school with a missing or invalid value is a problem line instead.</summary>
    public async Task<LoadedInputs> LoadInputsAsync(int campaignId, Methodology methodology, CancellationToken ct = default)
    {
        var schools = await db.Schools.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.ShortName)
            .Select(s => new { s.Id, s.ShortName }).ToListAsync(ct);
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaignId).ToListAsync(ct))
            .ToLookup(v => v.SchoolId);
        var biasYears = (await db.BiasListEntries.AsNoTracking().Select(e => new { e.SchoolId, e.Year }).ToListAsync(ct))
            .ToLookup(e => e.SchoolId, e => e.Year);

        var result = new LoadedInputs([], []);
        foreach (var school in schools)
        {
            var mine = values[school.Id].ToDictionary(v => v.IndicatorCode, StringComparer.Ordinal);
            var dict = new Dictionary<string, IndicatorInput>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var indicator in methodology.Indicators)
            {
                if (indicator.InputKind == IndicatorInputKind.BiasListHistory)
                {
                    dict[indicator.Code] = new BiasListInput([.. biasYears[school.Id]]);
                    continue;
                }
                var input = mine.GetValueOrDefault(indicator.Code) is { } value && value.Validate(indicator).Count == 0
                    ? value.ToInput(indicator)
                    : null;
                if (input is null) missing.Add(indicator.Code);
                else dict[indicator.Code] = input;
            }
            if (missing.Count > 0)
                result.Problems.Add($"«{school.ShortName}»: нет данных по {string.Join(", ", missing)}.");
            else
                result.Schools.Add(new SchoolData(school.Id, new SchoolInputs(school.ShortName, dict)));
        }
        return result;
    }
}
