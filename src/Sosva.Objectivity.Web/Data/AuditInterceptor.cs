using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Data;

/// <summary>
/// Stamps created/updated times and writes one <see cref="AuditEntry"/> per changed entity in the
/// same SaveChanges (same transaction), so no change lands without its audit record.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    // Never copy secrets into the audit log; only say that they changed.
    private static readonly HashSet<string> RedactedProperties =
    [
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp), nameof(IVersioned.Version),
    ];

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // Bookkeeping rows that are not changes made by people.
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<string>),
        typeof(IdentityUserLogin<string>), typeof(Notification),
        // 20 MB of file bytes do not belong in a log; the file's metadata row is audited.
        typeof(EvidenceContent),
        // Computed results are derived from audited inputs when a campaign is computed (an audited status change).
        typeof(SchoolResult),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Audit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext context)
    {
        // The interceptor runs before EF's own DetectChanges.
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var user = currentUser.Name;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Metadata.ClrType))
            .ToList();

        foreach (var entry in entries)
        {
            if (entry.Entity is ITracked tracked)
            {
                if (entry.State == EntityState.Added)
                {
                    tracked.CreatedAt = now;
                    tracked.CreatedBy = user;
                }
                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    tracked.UpdatedAt = now;
                    tracked.UpdatedBy = user;
                }
            }

            var changes = Describe(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;

            context.Add(new AuditEntry
            {
                Timestamp = now,
                UserName = user,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = JsonSerializer.Serialize(changes, JsonOptions),
            });
        }
    }

    private static Dictionary<string, Change> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, Change>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(ITracked.UpdatedAt) or nameof(ITracked.UpdatedBy)) continue;
            var redacted = RedactedProperties.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is not null && !redacted)
                        changes[name] = new Change(null, Format(property.CurrentValue));
                    break;
                case EntityState.Deleted:
                    if (property.OriginalValue is not null && !redacted)
                        changes[name] = new Change(Format(property.OriginalValue), null);
                    break;
                default:
                    if (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)) continue;
                    if (name == nameof(IVersioned.Version)) continue;
                    changes[name] = redacted
                        ? new Change("***", "*** (изменено)")
                        : new Change(Format(property.OriginalValue), Format(property.CurrentValue));
                    break;
            }
        }
        return changes;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IEnumerable<int> list => string.Join(", ", list),
        _ => value.ToString(),
    };

    /// <summary>One property's value before and after the change.</summary>
    public sealed record Change(string? Before, string? After);
}
