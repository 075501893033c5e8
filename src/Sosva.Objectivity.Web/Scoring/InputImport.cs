using Microsoft.Extensions.Options;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>Template download and import of a campaign's inputs: read, preview, save all or nothing.</summary>
public sealed class InputImport(AppDbContext db, IOptions<RoadmapImportOptions> options, DisplayFormat format)
{
    /// <summary>The largest file the import reads.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<IReadOnlyList<DirectorySchool>> SchoolsAsync(CancellationToken cancellationToken = default) =>
        await db.Schools.AsNoTracking().Where(s => s.IsActive).OrderByName()
            .Select(s => new DirectorySchool(s.Id, s.ShortName, s.FullName, s.Inn)).ToListAsync(cancellationToken);

    /// <summary>The template with the directory's schools and what is already entered (<see cref="InputTemplate.Write"/>).</summary>
    public async Task<(IReadOnlyList<DirectorySchool> Schools, IReadOnlyDictionary<(int SchoolId, string Code), IndicatorValue> Existing)> TemplateDataAsync(
        MonitoringCampaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var existing = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaign.Id)
            .ToDictionaryAsync(v => (v.SchoolId, v.IndicatorCode), cancellationToken);
        return (await SchoolsAsync(cancellationToken), existing);
    }

    /// <exception cref="UploadRefusedException">The file cannot be read at all.</exception>
    public async Task<ImportedInputs> ReadAsync(UploadedFile file, MonitoringCampaign campaign, Methodology methodology,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(campaign);
        if (file.Length > options.Value.MaxFileBytes)
            throw new UploadRefusedException(UploadMessages.TooLarge("", options.Value.MaxFileBytes));
        return InputTemplate.Read(file.Content, methodology, campaign.Year, format.Now().Year, await SchoolsAsync(cancellationToken), options.Value);
    }

    /// <summary>Saves every row's values over what is stored (one transaction); returns the number of values written.</summary>
    public async Task<int> SaveAsync(int campaignId, ImportedInputs imported, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (imported.Errors.Count > 0) throw new InvalidOperationException("An import with errors saves nothing.");
        var ids = imported.Rows.Select(r => r.SchoolId).ToList();
        var stored = await db.IndicatorValues.Where(v => v.CampaignId == campaignId && ids.Contains(v.SchoolId))
            .ToDictionaryAsync(v => (v.SchoolId, v.IndicatorCode), cancellationToken);
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
        await db.SaveChangesAsync(cancellationToken);
        return written;
    }
}
