using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// A school on Rosobrnadzor's list of schools with signs of bias (перечень ОО с признаками
/// необъективности) of a year. Indicator P4 reads these; roadmaps may assign measures to them.
/// </summary>
public class BiasListEntry : ITracked
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The name as written in the list it came from (pasted or imported), when it differs from the directory's.</summary>
    public string? NameAsListed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
