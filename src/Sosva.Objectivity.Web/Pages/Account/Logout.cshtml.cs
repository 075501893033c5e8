using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Pages.Account;

public class LogoutModel(SignInManager<AppUser> signIn, SignedOutSessions sessions, ILogger<LogoutModel> log) : PageModel
{
    public void OnGet()
    {
        // Signing out changes state, so it happens only on POST (the form in the menu); GET asks.
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity?.Name;
        // Record the session as ended, so a copy of this cookie is refused from now on (decision 006).
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (current is { Succeeded: true, Principal: { } principal, Properties: { } ticket })
            await sessions.EndAsync(principal, ticket, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        log.LogInformation("Signed out {UserName}", name);
        return RedirectToPage("/Account/Login");
    }
}
