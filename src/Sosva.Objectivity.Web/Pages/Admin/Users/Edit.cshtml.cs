using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Pages.Admin.Users;

/// <summary>An account: name, role and school; password reset; lock and unlock.</summary>
public class EditModel(AppDbContext db, UserManager<AppUser> users, UserAdministration admin, TimeProvider clock) : PageModel
{
    [BindProperty] public UserEditForm Input { get; set; } = new();

    [BindProperty]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "Пароль должен содержать не менее {2} символов.")]
    [DataType(DataType.Password)]
    [Display(Name = "Новый пароль")]
    public string? NewPassword { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public AppUser Account { get; private set; } = null!;
    public bool IsLocked { get; private set; }
    public bool IsSelf { get; private set; }
    public List<SelectListItem> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new UserEditForm
        {
            FullName = Account.FullName,
            Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? "",
            SchoolId = Account.SchoolId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        ModelState.Remove(nameof(NewPassword));
        if (!ModelState.IsValid) return Page();
        if (IsSelf && Input.Role != Security.Roles.Administrator)
        {
            ModelState.AddModelError("Input.Role", "Нельзя снять роль администратора с самого себя.");
            return Page();
        }
        var outcome = await admin.UpdateAsync(Account, Input.FullName, Input.Role, Input.SchoolId);
        if (!outcome.Succeeded)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            return Page();
        }
        StatusMessage = $"Изменения пользователя «{Account.UserName}» сохранены.";
        return RedirectToPage("/Admin/Users/Index");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await RestoreInputAsync();
        if (string.IsNullOrEmpty(NewPassword)) ModelState.AddModelError(nameof(NewPassword), "Введите новый пароль.");
        if (!ModelState.IsValid) return Page();
        var outcome = await admin.ResetPasswordAsync(Account, NewPassword!);
        if (!outcome.Succeeded)
        {
            foreach (var (_, message) in outcome.Errors) ModelState.AddModelError(nameof(NewPassword), message);
            return Page();
        }
        StatusMessage = $"Пароль пользователя «{Account.UserName}» изменён; его открытые сеансы будут завершены.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (IsSelf)
        {
            StatusMessage = "Нельзя заблокировать самого себя.";
            return RedirectToPage(new { id });
        }
        await admin.LockAsync(Account);
        StatusMessage = $"Пользователь «{Account.UserName}» заблокирован; его сеансы будут завершены.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await admin.UnlockAsync(Account);
        StatusMessage = $"Пользователь «{Account.UserName}» разблокирован.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null) return false;
        Account = account;
        IsLocked = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        IsSelf = users.GetUserId(User) == account.Id;
        Schools = await UserFormLists.SchoolItemsAsync(db);
        return true;
    }

    /// <summary>The password form does not post the account fields: show them as stored, without their errors.</summary>
    private async Task RestoreInputAsync()
    {
        // (Binding falls back to unprefixed keys when no "Input." field is posted, so keep only the password's state.)
        foreach (var key in ModelState.Keys.Where(k => k != nameof(NewPassword)).ToList())
            ModelState.Remove(key);
        Input = new UserEditForm
        {
            FullName = Account.FullName,
            Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? "",
            SchoolId = Account.SchoolId,
        };
    }
}
