using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Reminders;

/// <summary>
/// Runs <see cref="ReminderJob"/> once a day after <see cref="ReminderOptions.RunAt"/> local time. It wakes
/// every <see cref="ReminderOptions.CheckIntervalMinutes"/> (a PeriodicTimer on the portal's clock), so a
/// portal started after that hour still runs the day's reminders. Every instance of the portal has a
/// scheduler; the job's advisory lock and its one-notification-per-report rule make that safe.
/// </summary>
public sealed class ReminderScheduler(
    IServiceScopeFactory scopes, IOptions<ReminderOptions> options, DisplayFormat format, TimeProvider clock,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (o.Enabled != true)
        {
            logger.LogInformation("Daily reminders are off in this instance (Reminders:Enabled)");
            return;
        }

        DateOnly? lastRun = null;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, o.CheckIntervalMinutes)), clock);
        do
        {
            var now = format.Now();
            var today = DateOnly.FromDateTime(now);
            if (lastRun == today || TimeOnly.FromDateTime(now) < o.RunAt) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(today, stoppingToken);
                // A run skipped for another instance's lock counts too: that instance did the day's work.
                lastRun = today;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed run (database down) is logged and tried again at the next tick; the portal goes on
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Daily reminders for {Today} failed; retrying at the next check", today);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
