using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.Web.Pages.Account;

public class LogoutModel(SignInManager<AppUser> signIn, ILogger<LogoutModel> log) : PageModel
{
    public void OnGet()
    {
        // Signing out changes state, so it happens only on POST (the form in the menu); GET asks.
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity?.Name;
        await signIn.SignOutAsync();
        log.LogInformation("Signed out {UserName}", name);
        return RedirectToPage("/Account/Login");
    }
}
