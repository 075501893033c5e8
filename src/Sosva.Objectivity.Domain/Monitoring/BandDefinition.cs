namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>A level of objectivity (уровень объективности) a total falls into.</summary>
/// <param name="Code">Stable code: «high», «sufficient», «low» in the default preset.</param>
/// <param name="Name">Russian name shown in the UI: «высокий», «достаточный», «низкий».</param>
/// <param name="MinimumTotal">
/// The lowest total of the band, inclusive; a band reaches up to the next band's minimum.
/// Null for the lowest band, which takes every smaller total, negative ones included.
/// </param>
public sealed record BandDefinition(string Code, string Name, int? MinimumTotal);
