using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Hosting;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Web.Monitoring;

/// <summary>Template download and import of a campaign's inputs: read, preview, save all or nothing.</summary>
public sealed class InputImport(AppDbContext db, IOptions<RoadmapImportOptions> options, DisplayFormat format)
{
    /// <summary>The largest file the import reads.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<IReadOnlyList<TemplateSchool>> SchoolsAsync() =>
        await db.Schools.AsNoTracking().Where(s => s.IsActive).OrderByName()
            .Select(s => new TemplateSchool(s.Id, s.ShortName, s.FullName, s.Inn)).ToListAsync();

    public async Task<byte[]> TemplateAsync(MonitoringCampaign campaign, Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var existing = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaign.Id)
            .ToDictionaryAsync(v => (v.SchoolId, v.IndicatorCode));
        using var buffer = new MemoryStream();
        InputTemplate.Write(methodology, campaign.Year, await SchoolsAsync(), existing, buffer);
        return buffer.ToArray();
    }

    /// <exception cref="ImportException">The file cannot be read at all.</exception>
    public async Task<ImportedInputs> ReadAsync(byte[] content, MonitoringCampaign campaign, Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (content.LongLength > options.Value.MaxFileBytes)
            throw new ImportException(ImportMessages.TooLarge("", options.Value.MaxFileBytes));
        return InputTemplate.Read(content, methodology, campaign.Year, format.Now().Year, await SchoolsAsync(), options.Value);
    }

    /// <summary>Saves every row's values over what is stored (one transaction); returns the number of values written.</summary>
    public async Task<int> SaveAsync(int campaignId, ImportedInputs imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (imported.Errors.Count > 0) throw new InvalidOperationException("An import with errors saves nothing.");
        var ids = imported.Rows.Select(r => r.SchoolId).ToList();
        var stored = await db.IndicatorValues.Where(v => v.CampaignId == campaignId && ids.Contains(v.SchoolId))
            .ToDictionaryAsync(v => (v.SchoolId, v.IndicatorCode));
        var written = 0;
        foreach (var row in imported.Rows)
        {
            foreach (var (code, value) in row.Values)
            {
                if (!stored.TryGetValue((row.SchoolId, code), out var target))
                {
                    target = new IndicatorValue { CampaignId = campaignId, SchoolId = row.SchoolId, IndicatorCode = code };
                    db.IndicatorValues.Add(target);
                }
                target.OnTimeCount = value.OnTimeCount;
                target.WithErrorsCount = value.WithErrorsCount;
                target.LateCount = value.LateCount;
                target.ConfirmedCount = value.ConfirmedCount;
                target.NotConfirmedCount = value.NotConfirmedCount;
                target.OptionCode = value.OptionCode;
                if (!target.CheckedItems.SequenceEqual(value.CheckedItems)) target.CheckedItems = [.. value.CheckedItems];
                written++;
            }
        }
        await db.SaveChangesAsync();
        return written;
    }
}
