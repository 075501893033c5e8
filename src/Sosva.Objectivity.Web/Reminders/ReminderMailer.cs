using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Reminders;

/// <summary>
/// Sends the reminder digests over SMTP with MailKit: one connection per run, one message per school.
/// A failure is logged and leaves the notifications unsent (the next run tries again); it never
/// breaks the job or the portal.
/// </summary>
public sealed class ReminderMailer(IOptions<SmtpOptions> smtp, IOptions<ReminderOptions> reminders, ILogger<ReminderMailer> logger)
{
    public const string Subject = "Напоминание о сроках отчётов по дорожной карте";

    public bool IsConfigured => smtp.Value.IsConfigured;

    /// <summary>Sends the digests; returns those the server accepted.</summary>
    public async Task<IReadOnlyList<ReminderDigest>> SendAsync(IReadOnlyList<ReminderDigest> digests, CancellationToken ct)
    {
        var o = smtp.Value;
        if (!o.IsConfigured || digests.Count == 0) return [];
        if (!MailboxAddress.TryParse(o.From ?? "", out var from))
        {
            logger.LogError("Smtp:From «{From}» is not an e-mail address; reminders are not e-mailed", o.From);
            return [];
        }
        from.Name = o.FromName;

        var sent = new List<ReminderDigest>();
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, o.Security, ct);
            if (!string.IsNullOrEmpty(o.User))
                await client.AuthenticateAsync(o.User, o.Password ?? "", ct);
            foreach (var digest in digests)
            {
                try
                {
                    await client.SendAsync(Compose(digest, from), ct);
                    sent.Add(digest);
                }
                catch (SmtpCommandException e)
                {
                    // One school's refused address must not hold back the others.
                    logger.LogWarning(e, "Reminder e-mail to {School} refused by the SMTP server: {Status}", digest.School, e.StatusCode);
                }
            }
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpProtocolException
                                      or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
                                      or SmtpCommandException)
        {
            logger.LogWarning(e, "Reminder e-mails: SMTP {Host}:{Port} failed after {Sent} of {Count} messages",
                o.Host, o.Port, sent.Count, digests.Count);
        }
        return sent;
    }

    internal MimeMessage Compose(ReminderDigest digest, MailboxAddress from)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        foreach (var to in digest.To)
            message.To.Add(new MailboxAddress(to.FullName, to.Email));
        message.Subject = $"{Subject}: {digest.School}";
        message.Body = new TextPart("plain") { Text = Body(digest, reminders.Value.PortalUrl) };
        return message;
    }

    /// <summary>The digest as plain text: overdue first, then what is due soon, each with its measure and date.</summary>
    public static string Body(ReminderDigest digest, string? portalUrl)
    {
        var baseUrl = string.IsNullOrWhiteSpace(portalUrl) ? null : portalUrl.TrimEnd('/');
        var text = new StringBuilder();
        text.Append("Здравствуйте!\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Портал «Объективность» напоминает о сроках отчётов об исполнении мероприятий ({digest.School}).\n");
        Part(NotificationKind.Overdue, "Контрольный срок прошёл, отчёт не отправлен:");
        Part(NotificationKind.DueSoon, "Контрольный срок наступает в ближайшие дни:");
        text.Append('\n');
        text.Append(baseUrl is null
            ? "Отчёты заполняются в портале, раздел «Мои мероприятия».\n"
            : $"Отчёты заполняются в портале, раздел «Мои мероприятия»: {baseUrl}/Reports/My\n");
        text.Append("\nПисьмо отправлено автоматически, отвечать на него не нужно.\n");
        return text.ToString();

        void Part(NotificationKind kind, string heading)
        {
            var items = digest.Items.Where(i => i.Kind == kind).ToList();
            if (items.Count == 0) return;
            text.Append('\n').Append(heading).Append('\n');
            foreach (var item in items)
            {
                var number = string.IsNullOrWhiteSpace(item.MeasureNumber) ? "" : item.MeasureNumber.Trim() + " ";
                text.Append(CultureInfo.InvariantCulture, $"— {number}{item.MeasureTitle.Trim()}\n");
                text.Append(CultureInfo.InvariantCulture, $"  срок: {DisplayFormat.Date(item.DueDate)}; дорожная карта: {item.RoadmapTitle.Trim()}\n");
                if (baseUrl is not null)
                    text.Append(CultureInfo.InvariantCulture, $"  {baseUrl}/Reports/Details/{item.ReportId}\n");
            }
        }
    }
}
