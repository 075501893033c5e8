using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Pages.Schools;

/// <summary>The fields of a school as typed on the create and edit pages.</summary>
public sealed class SchoolForm
{
    [Required(ErrorMessage = "Введите полное наименование.")]
    [StringLength(500, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Полное наименование")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Введите краткое наименование.")]
    [StringLength(200, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Краткое наименование")]
    public string ShortName { get; set; } = "";

    [RegularExpression("^[0-9]{10}$", ErrorMessage = "ИНН организации — ровно 10 цифр.")]
    [Display(Name = "ИНН")]
    public string? Inn { get; set; }

    [StringLength(500, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Адрес")]
    public string? Address { get; set; }

    [StringLength(200, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Руководитель (ФИО)")]
    public string? PrincipalName { get; set; }

    [Display(Name = "Сельская школа")]
    public bool IsRural { get; set; }

    [Display(Name = "Малокомплектная")]
    public bool IsSmall { get; set; }

    [Display(Name = "Действующая")]
    public bool IsActive { get; set; } = true;

    public static SchoolForm From(School s) => new()
    {
        FullName = s.FullName, ShortName = s.ShortName, Inn = s.Inn, Address = s.Address,
        PrincipalName = s.PrincipalName, IsRural = s.IsRural, IsSmall = s.IsSmall, IsActive = s.IsActive,
    };

    public void ApplyTo(School s)
    {
        s.FullName = Clean(FullName)!;
        s.ShortName = Clean(ShortName)!;
        s.Inn = Clean(Inn);
        s.Address = Clean(Address);
        s.PrincipalName = Clean(PrincipalName);
        s.IsRural = IsRural;
        s.IsSmall = IsSmall;
        s.IsActive = IsActive;
    }

    /// <summary>Refuses a name another school already has (case and spacing ignored).</summary>
    public async Task ValidateUniqueAsync(AppDbContext db, ModelStateDictionary state, string prefix, int? exceptId)
    {
        var full = Clean(FullName) is { } f ? Like.Exactly(f) : null;
        var brief = Clean(ShortName) is { } b ? Like.Exactly(b) : null;
        var others = db.Schools.AsNoTracking().Where(s => s.Id != exceptId);
        if (full is not null && await others.AnyAsync(s => EF.Functions.ILike(s.FullName, full, Like.Escape)))
            state.AddModelError($"{prefix}.{nameof(FullName)}", "Школа с таким полным наименованием уже есть в справочнике.");
        if (brief is not null && await others.AnyAsync(s => EF.Functions.ILike(s.ShortName, brief, Like.Escape)))
            state.AddModelError($"{prefix}.{nameof(ShortName)}", "Школа с таким кратким наименованием уже есть в справочнике.");
    }

    /// <summary>Trims and folds runs of white space; empty becomes null.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
