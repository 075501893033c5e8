using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Sosva.Objectivity.Web.Pages.Admin.Users;

/// <summary>Lists for the role and school selectors of the user forms.</summary>
public static class UserFormLists
{
    public static IEnumerable<SelectListItem> RoleItems() =>
        Roles.All.Select(r => new SelectListItem(Roles.RussianName(r), r));

    public static Task<List<SelectListItem>> SchoolItemsAsync(AppDbContext db) => SchoolQueries.SelectItemsAsync(db);
}

/// <summary>A new account: the editable fields plus the login and the first password.</summary>
public sealed class UserCreateForm : UserEditForm
{
    [Required(ErrorMessage = "Введите имя пользователя.")]
    [StringLength(64, MinimumLength = 3, ErrorMessage = "От {2} до {1} символов.")]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Только латинские буквы, цифры и символы . _ @ + -")]
    [Display(Name = "Имя пользователя (логин)")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Введите пароль.")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "Пароль должен содержать не менее {2} символов.")]
    [DataType(DataType.Password)]
    [Display(Name = "Пароль")]
    public string Password { get; set; } = "";
}

/// <summary>What an administrator may change of an account.</summary>
public class UserEditForm
{
    [Required(ErrorMessage = "Введите ФИО.")]
    [StringLength(200, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "ФИО")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Выберите роль.")]
    [Display(Name = "Роль")]
    public string Role { get; set; } = "";

    [Display(Name = "Школа (для руководителя ОО)")]
    public int? SchoolId { get; set; }
}
