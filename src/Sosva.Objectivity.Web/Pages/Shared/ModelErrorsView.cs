namespace Sosva.Objectivity.Web.Pages.Shared;

/// <summary>What _ModelErrors shows: every field's errors (<see cref="All"/>) or only the form's own.</summary>
public sealed record ModelErrorsView(bool All, string TestId = "errors");
