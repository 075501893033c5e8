namespace Sosva.Objectivity.Web.Pages.Shared;

/// <summary>The model of <c>_SchoolPicker</c>: the field's id and name, the chosen school and the page's picker.</summary>
public sealed record SchoolPickerField(string Id, string Name, int? Selected, SchoolPicker Picker, string EmptyText = "Все", bool Small = false)
{
    public string SelectClass => Small ? "form-select form-select-sm" : "form-select";

    public string InputClass => Small ? "form-control form-control-sm" : "form-control";
}
