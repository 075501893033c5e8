namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>
/// The portal's clock in tests: the real time unless a test sets <see cref="Now"/>
/// (due dates, overdue marks and reminders depend on «today»). Reset before each test.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now?.ToUniversalTime() ?? base.GetUtcNow();

    /// <summary>Noon of <paramref name="date"/> in the portal's time zone (Yekaterinburg, UTC+5).</summary>
    public void SetToday(DateOnly date) => Now = new DateTimeOffset(date, new TimeOnly(12, 0), TimeSpan.FromHours(5));
}
