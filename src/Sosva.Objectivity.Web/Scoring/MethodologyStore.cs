using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>Stored methodology versions: the shipped preset is stored the first time it is needed.</summary>
public static class MethodologyStore
{
    /// <summary>The preset's row, added when missing (idempotent; called by the seeders and the campaign form).</summary>
    public static async Task<StoredMethodology> EnsurePresetAsync(AppDbContext db, CancellationToken ct = default)
    {
        var preset = Methodologies.KazachinskoLensky2023;
        var stored = await db.Methodologies.FirstOrDefaultAsync(m => m.IsPreset && m.Name == preset.Name && m.Version == preset.Version, ct);
        if (stored is not null) return stored;
        stored = StoredMethodology.From(preset, isPreset: true);
        db.Methodologies.Add(stored);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    /// <summary>The campaign's methodology, parsed.</summary>
    public static async Task<Methodology> ForCampaignAsync(AppDbContext db, int campaignId, CancellationToken ct = default)
    {
        var json = await db.MonitoringCampaigns.Where(c => c.Id == campaignId).Select(c => c.Methodology!.Definition).SingleAsync(ct);
        return MethodologyJson.Deserialize(json);
    }
}
