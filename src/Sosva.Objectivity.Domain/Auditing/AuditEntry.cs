namespace Sosva.Objectivity.Domain.Auditing;

public enum AuditAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

/// <summary>One change of one entity: who, when, what, the values before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>User name, or «system» for the command line and background work.</summary>
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>JSON object of changed properties: <c>{"Prop": {"before": …, "after": …}}</c>.</summary>
    public string Changes { get; set; } = "{}";
}
