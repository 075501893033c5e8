using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(PasswordSignIn signIn, IOptions<SecurityOptions> security, IOptions<IdentityOptions> identity) : PageModel
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

        if (await signIn.SignInAsync(HttpContext, Input.UserName.Trim(), Input.Password, Input.RememberMe))
            return LocalRedirect(SafeReturnUrl);

        // One answer whatever the reason (unknown name, wrong password, lockout, an administrator's lock), so that
        // nobody can learn from this page which accounts exist; the reason is in the log
        // (docs/decisions/009-sign-in-guessing-and-lockout.md).
        ModelState.AddModelError("", $"Неверное имя пользователя или пароль. После {MaxFailedAttempts} неудачных попыток подряд вход " +
                                     $"с других компьютеров блокируется на {security.Value.LockoutMinutes} мин. Если пароль верный, " +
                                     "а войти не удаётся, обратитесь к администратору портала.");
        return Page();
    }

    private int MaxFailedAttempts => identity.Value.Lockout.MaxFailedAccessAttempts;

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
