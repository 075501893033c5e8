using MailKit.Security;

namespace Sosva.Objectivity.Web.Reminders;

/// <summary>Configuration section «Reminders»: the daily job of docs/design.md#64-reminders.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>
    /// Run the daily job in this instance. Null (not configured): on, except in the «Testing»
    /// environment, where tests call <see cref="ReminderJob.RunOnceAsync"/> themselves.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Local time (Portal:TimeZone) after which the day's run happens.</summary>
    public TimeOnly RunAt { get; set; } = new(7, 0);

    /// <summary>How often the scheduler wakes to see whether today's run is due.</summary>
    public double CheckIntervalMinutes { get; set; } = 15;

    /// <summary>A reminder is due this many days before the checkpoint date.</summary>
    public int DaysBefore { get; set; } = 7;

    /// <summary>
    /// Address of the portal as principals reach it («https://objectivity.example.ru»), for the links in
    /// the e-mails; without it the e-mails name the page in words only.
    /// </summary>
    public string? PortalUrl { get; set; }
}

/// <summary>
/// Configuration section «Smtp». Without <see cref="Host"/> no e-mail is sent and nothing else changes:
/// notifications still appear in the portal (their EmailedAt stays empty).
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>
    /// MailKit's choice of TLS: Auto (SSL on connect for 465, STARTTLS when offered otherwise), StartTls
    /// (required), SslOnConnect, StartTlsWhenAvailable, None.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Login for SMTP authentication; none when empty. The password comes from a secret store, never the repository.</summary>
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>Sender address («noreply@uo.example.ru»); required when <see cref="Host"/> is set.</summary>
    public string? From { get; set; }
    public string FromName { get; set; } = "Портал «Объективность»";

    public int TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
