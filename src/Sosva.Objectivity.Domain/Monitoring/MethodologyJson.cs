using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>
/// A methodology as JSON, the form in which the portal stores it (one document per stored version):
/// rule kinds are told apart by a «kind» field, everything else is the records' own properties.
/// </summary>
public static class MethodologyJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        return JsonSerializer.Serialize(methodology, Options);
    }

    /// <exception cref="JsonException">Not a methodology document.</exception>
    public static Methodology Deserialize(string json) =>
        JsonSerializer.Deserialize<Methodology>(json, Options) ?? throw new JsonException("Пустое описание методики.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
