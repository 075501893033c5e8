using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Hosting;

namespace Sosva.Objectivity.Web.Pages.Account;

public class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, DisplayFormat format, ILogger<LoginModel> log)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Введите имя пользователя.")]
        [Display(Name = "Имя пользователя")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Введите пароль.")]
        [DataType(DataType.Password)]
        [Display(Name = "Пароль")]
        public string Password { get; set; } = "";

        [Display(Name = "Запомнить меня")]
        public bool RememberMe { get; set; }
    }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var userName = Input.UserName.Trim();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("Sign-in succeeded for {UserName} from {RemoteIp}", userName, ip);
            return LocalRedirect(SafeReturnUrl);
        }

        if (result.IsLockedOut)
        {
            var user = await users.FindByNameAsync(userName);
            log.LogWarning("Sign-in refused for {UserName} from {RemoteIp}: locked out until {LockoutEnd}", userName, ip, user?.LockoutEnd);
            ModelState.AddModelError("", user?.LockoutEnd is { } end && end < DateTimeOffset.MaxValue.AddYears(-1)
                ? $"Учётная запись заблокирована после нескольких неудачных попыток входа до {format.DateTime(end)}. Попробуйте позже или обратитесь к администратору."
                : "Учётная запись заблокирована администратором. Обратитесь к администратору портала.");
            return Page();
        }

        log.LogWarning("Sign-in failed for {UserName} from {RemoteIp}: wrong user name or password", userName, ip);
        // One message for an unknown user and a wrong password, so names cannot be probed.
        ModelState.AddModelError("", "Неверное имя пользователя или пароль. После 5 неудачных попыток подряд вход блокируется на 15 минут.");
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
