using Sosva.Objectivity.Domain.Common;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// A methodology version as stored by the portal. Never changed once saved: a modified methodology
/// is a new row (a copy), so a campaign computed with a version keeps exactly that version.
/// </summary>
public class StoredMethodology : ITracked
{
    public int Id { get; set; }

    /// <summary>Same as <see cref="Methodology.Name"/> of <see cref="Definition"/>, kept as a column for lists.</summary>
    public string Name { get; set; } = "";

    /// <summary>Same as <see cref="Methodology.Version"/>.</summary>
    public string Version { get; set; } = "";

    /// <summary>The methodology as <see cref="MethodologyJson"/>.</summary>
    public string Definition { get; set; } = "";

    /// <summary>Shipped with the portal (<see cref="Methodologies"/>), not made by a user.</summary>
    public bool IsPreset { get; set; }

    /// <summary>The methodology this one is a modified copy of.</summary>
    public int? BasedOnId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public Methodology ToMethodology() => MethodologyJson.Deserialize(Definition);

    public static StoredMethodology From(Methodology methodology, bool isPreset = false, int? basedOnId = null)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        return new StoredMethodology
        {
            Name = methodology.Name,
            Version = methodology.Version,
            Definition = MethodologyJson.Serialize(methodology),
            IsPreset = isPreset,
            BasedOnId = basedOnId,
        };
    }
}
