using Serilog.Core;
using Serilog.Events;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// No logged value can start a log line or hide what it holds: every text property of every event (a user
/// name typed at sign-in, a request path, a query string) has its control and invisible characters written
/// as visible escapes («\r\n», «\u202E») before any sink sees it. A name such as
/// «x\r\n2026-… [INF] …: Sign-in succeeded for admin» is then logged on one line, as what it is. Message
/// templates are the code's own text; exceptions keep their multi-line stack traces.
/// </summary>
public sealed class LogValueEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var escaped = Escape(value);
            if (!ReferenceEquals(escaped, value)) (changed ??= []).Add(new LogEventProperty(name, escaped));
        }
        if (changed is null) return;
        foreach (var property in changed) logEvent.AddOrUpdateProperty(property);
    }

    /// <summary>The value with its text escaped; the same instance when nothing needed it.</summary>
    private static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var escaped = InvisibleCharacters.Escape(text);
                return ReferenceEquals(escaped, text) ? value : new ScalarValue(escaped);
            case ScalarValue { Value: char c } when InvisibleCharacters.IsInvisible(c):
                return new ScalarValue(InvisibleCharacters.Escape(c.ToString()));
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToList();
                return elements.Zip(sequence.Elements).All(p => ReferenceEquals(p.First, p.Second)) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new { p, v = Escape(p.Value) }).ToList();
                return properties.All(x => ReferenceEquals(x.v, x.p.Value)) ? value
                    : new StructureValue(properties.Select(x => new LogEventProperty(x.p.Name, x.v)), structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => new { k = (ScalarValue)Escape(e.Key), v = Escape(e.Value), e }).ToList();
                return entries.All(x => ReferenceEquals(x.k, x.e.Key) && ReferenceEquals(x.v, x.e.Value)) ? value
                    : new DictionaryValue(entries.Select(x => new KeyValuePair<ScalarValue, LogEventPropertyValue>(x.k, x.v)));
            default:
                return value;
        }
    }
}
