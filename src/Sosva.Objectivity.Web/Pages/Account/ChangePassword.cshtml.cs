using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Pages.Account;

public class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<ChangePasswordModel> log)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Введите текущий пароль.")]
        [DataType(DataType.Password)]
        [Display(Name = "Текущий пароль")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Введите новый пароль.")]
        [StringLength(100, MinimumLength = 8, ErrorMessage = "Пароль должен содержать не менее {2} символов.")]
        [DataType(DataType.Password)]
        [Display(Name = "Новый пароль")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Новый пароль ещё раз")]
        [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();

        var result = await users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            // All broken rules at once, next to the field they concern.
            foreach (var group in result.Errors.GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                         ? $"{nameof(Input)}.{nameof(InputModel.OldPassword)}"
                         : $"{nameof(Input)}.{nameof(InputModel.NewPassword)}"))
                ModelState.AddModelError(group.Key, string.Join(" ", group.Select(e => e.Description)));
            return Page();
        }

        // The security stamp changed: other sessions end at their next validation; keep this one.
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Password changed by {UserName}", user.UserName);
        StatusMessage = "Пароль изменён. Другие сеансы этой учётной записи будут завершены.";
        return RedirectToPage();
    }
}
