namespace Sosva.Objectivity.Domain.Common;

/// <summary>One reason a state change was refused, in the Russian the page shows.</summary>
/// <param name="Reason">The sentence as the person reads it.</param>
/// <param name="Field">The entity property the reason is about (a page puts it beside that field), or null for the whole change.</param>
public sealed record Refusal(string Reason, string? Field = null);

/// <summary>
/// What a state change on an entity came to: done, or refused with its reasons; nothing changed when refused.
/// The rules sit on the entity and the page only loads, calls and saves (docs/design.md#11-code-layout-and-conventions).
/// </summary>
public sealed class TransitionResult
{
    private TransitionResult(IReadOnlyList<Refusal> refusals) => Refusals = refusals;

    public static TransitionResult Done { get; } = new([]);

    public static TransitionResult Refused(string reason, string? field = null) => new([new Refusal(reason, field)]);

    public static TransitionResult Refused(IReadOnlyList<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        return refusals.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(refusals)) : new([.. refusals]);
    }

    public IReadOnlyList<Refusal> Refusals { get; }

    public bool Succeeded => Refusals.Count == 0;

    /// <summary>The first reason, for pages that show one message; null when done.</summary>
    public string? Reason => Refusals.Count == 0 ? null : Refusals[0].Reason;
}
