using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>A message as the SMTP server received it: the envelope and the raw data (dot-unstuffed).</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, byte[] Data)
{
    public MimeKit.MimeMessage Parse() => MimeKit.MimeMessage.Load(new MemoryStream(Data));
}

/// <summary>
/// A real SMTP listener on loopback for the e-mail tests (RFC 5321, the plain subset a client needs:
/// greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT; no TLS, no AUTH). It stores every
/// message before answering 250, so a client that got its answer finds the message in <see cref="Messages"/>.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpTestServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    /// <summary>How many connections clients opened (one per job run that had something to send).</summary>
    public int Connections => _connections;

    private int _connections;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                // Latin-1 maps every byte to one char and back: 8-bit data survives unchanged.
                using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost test SMTP ready");
                string? from = null;
                var recipients = new List<string>();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost greets you");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "HELO":
                            await writer.WriteLineAsync("250 localhost");
                            break;
                        case "MAIL":
                            from = Address(line);
                            recipients.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "RCPT":
                            recipients.Add(Address(line));
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA":
                            if (from is null || recipients.Count == 0)
                            {
                                await writer.WriteLineAsync("503 Bad sequence of commands");
                                break;
                            }
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                                data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                            Messages.Enqueue(new ReceivedMail(from, [.. recipients], Encoding.Latin1.GetBytes(data.ToString())));
                            from = null;
                            recipients.Clear();
                            await writer.WriteLineAsync("250 OK: queued");
                            break;
                        case "RSET":
                            from = null;
                            recipients.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "NOOP":
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 Command not implemented");
                            break;
                    }
                }
            }
            catch (IOException)
            {
                // The client went away.
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>«MAIL FROM:&lt;a@b&gt; BODY=8BITMIME» → «a@b».</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
