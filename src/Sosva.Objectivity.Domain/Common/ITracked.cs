namespace Sosva.Objectivity.Domain.Common;

/// <summary>
/// An entity whose creation and last change are stamped (by the data layer, never by page code).
/// </summary>
public interface ITracked
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

/// <summary>
/// An entity two people may edit at once. <see cref="Version"/> is the PostgreSQL row version
/// (<c>xmin</c>); a save made against an older version is refused.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}
